// Linux App Service running the .NET 10 API (which also serves the taskpane and the add-in icons).
// HTTPS only, TLS 1.2+, no FTP or basic-auth publishing, the user-assigned identity for Key Vault
// references, and the readiness probe as App Service's health check.

@description('Web app name (globally unique: it becomes <name>.azurewebsites.net).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('App Service plan SKU, e.g. B1 (dev) or P1v3 (prod).')
param skuName string

@description('Instances of the plan; the API is stateless, so more than one needs only the shared cache.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('App settings (configuration keys with __ for :) the API reads.')
param appSettings object

@description('Path App Service probes to take an unhealthy instance out of rotation.')
param healthCheckPath string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: !startsWith(skuName, 'F') && !startsWith(skuName, 'D')
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: healthCheckPath
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output planId string = plan.id
output hostName string = site.properties.defaultHostName
