// OutlookGuard: the API on Linux App Service, its managed identity, Key Vault (RBAC), Application
// Insights and an optional Redis cache. Deploy per environment with a parameters file:
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/parameters/prod.bicepparam
// The app registration is separate (identity.bicep or register-app.sh): its client id comes back here
// as apiClientId. No secret lives in this file or in a parameters file.
targetScope = 'resourceGroup'

@description('Environment name, part of every resource name.')
@allowed([
  'dev'
  'prod'
])
param environmentName string

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'outlookguard'

@description('App Service plan SKU.')
param appServiceSkuName string = 'B1'

@description('App Service instances.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Application (client) id of the OutlookGuard API registration. Empty on the first deployment, before the registration exists; the API does not start outside Development until it is set.')
param apiClientId string = ''

@description('Entra tenant whose tokens the API accepts: a tenant id (single-tenant), organizations (multi-tenant, with allowedTenants), or empty for the deployment\'s own tenant.')
param entraTenantId string = ''

@description('Multi-tenant only: the tenant ids whose users may call the API.')
param allowedTenants string[] = []

@description('Audience of the managed identity token used as the On-Behalf-Of client assertion: api://AzureADTokenExchange (public cloud), api://AzureADTokenExchangeUSGov, api://AzureADTokenExchangeChina.')
param clientAssertionAudience string = 'api://AzureADTokenExchange'

@description('Use a client secret stored in Key Vault as secret AzureAd--ClientSecret instead of the federated credential (a fallback; the federated credential needs no stored secret).')
param useClientSecretFromKeyVault bool = false

@description('Deploy Azure Cache for Redis and point ConnectionStrings:Redis at it (needed with more than one instance).')
param deployRedis bool = false

@description('With deployRedis: thumbprint of the Key Vault certificate keyRingCertificateName, which encrypts the API\'s Data Protection key ring in Redis (docs/rollout.md makes it). The API does not start with Redis outside Development without it.')
param keyRingCertificateThumbprint string = ''

@description('With deployRedis: name of that certificate in the deployment\'s Key Vault.')
param keyRingCertificateName string = 'DataProtection-KeyRing'

@description('Redis SKU when deployRedis is true.')
@allowed([
  'Basic'
  'Standard'
])
param redisSkuName string = 'Basic'

@description('The policy lists (Guard section): each key is a GuardPolicy list, each value its entries.')
param guardLists guardListsType = {}

@description('Per-rule overrides (Guard:Rules): rule id -> { Enabled, Severity }.')
param guardRules object = {}

@description('Path of a MaxMind GeoLite2/GeoIP2 Country database on the app (for example under /home); empty to run without geolocation.')
param geoIpCountryDatabasePath string = ''

@description('Days logs are kept.')
param logRetentionInDays int = 30

@description('Tags for every resource.')
param tags object = {}

@description('The Guard policy lists the API reads (names of OutlookGuard.Core GuardPolicy).')
type guardListsType = {
  InternalDomains: string[]?
  ProtectedNames: string[]?
  ProtectedDomains: string[]?
  TrustedReplyToDomains: string[]?
  FreemailDomains: string[]?
  TrustedAuthServIds: string[]?
  GatewayHosts: string[]?
}

var suffix = uniqueString(resourceGroup().id, environmentName)
var baseName = '${namePrefix}-${environmentName}'
var allTags = union(tags, {
  application: 'OutlookGuard'
  environment: environmentName
})

module identity 'modules/managedIdentity.bicep' = {
  name: 'identity'
  params: {
    name: '${baseName}-id'
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: baseName
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
  }
}

module vault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: 'og${environmentName}${suffix}'
    location: location
    tags: allTags
    readerPrincipalId: identity.outputs.principalId
    softDeleteRetentionInDays: environmentName == 'prod' ? 90 : 7
  }
}

var redisSecretName = 'ConnectionStrings--Redis'

module redis 'modules/redis.bicep' = if (deployRedis) {
  name: 'redis'
  params: {
    name: '${baseName}-${suffix}'
    location: location
    tags: allTags
    skuName: redisSkuName
    keyVaultName: vault.outputs.name
    secretName: redisSecretName
  }
}

// App settings: the API's configuration keys with ':' written as '__'.
var identitySettings = {
  AzureAd__Instance: environment().authentication.loginEndpoint
  AzureAd__TenantId: empty(entraTenantId) ? tenant().tenantId : entraTenantId
  AzureAd__ClientId: apiClientId
}

// The API accepts exactly one On-Behalf-Of credential: the federated one (default) or the Key Vault secret.
var federatedCredentialSettings = useClientSecretFromKeyVault
  ? {}
  : {
      AzureAd__ManagedIdentityClientId: identity.outputs.clientId
      AzureAd__ClientAssertionAudience: clientAssertionAudience
    }

var allowedTenantSettings = reduce(range(0, length(allowedTenants)), {}, (acc, i) => union(acc, {
  'AzureAd__AllowedTenants__${i}': allowedTenants[i]
}))

var secretSettings = useClientSecretFromKeyVault
  ? {
      AzureAd__ClientSecret: '@Microsoft.KeyVault(VaultName=${vault.outputs.name};SecretName=AzureAd--ClientSecret)'
    }
  : {}

var hostingSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  Graph__BaseUrl: '${environment().graph}v1.0'
  Mailbox__Source: 'Graph'
}

var redisSettings = deployRedis
  ? {
      ConnectionStrings__Redis: '@Microsoft.KeyVault(VaultName=${vault.outputs.name};SecretName=${redisSecretName})'
    }
  : {}

// App Service mounts the Key Vault certificate at /var/ssl/private/{thumbprint}.p12 (Linux) for the API.
var keyRingSettings = deployRedis
  ? {
      WEBSITE_LOAD_CERTIFICATES: keyRingCertificateThumbprint
      DataProtection__CertificatePath: '/var/ssl/private/${keyRingCertificateThumbprint}.p12'
    }
  : {}

var geoIpSettings = empty(geoIpCountryDatabasePath)
  ? {}
  : {
      GeoIp__CountryDatabasePath: geoIpCountryDatabasePath
    }

var guardListSettings = reduce(items(guardLists), {}, (acc, list) => union(acc, reduce(range(0, length(list.value ?? [])), {}, (entries, i) => union(entries, {
  'Guard__${list.key}__${i}': list.value![i]
}))))

var guardRuleSettings = reduce(items(guardRules), {}, (acc, rule) => union(acc, reduce(items(rule.value), {}, (props, prop) => union(props, {
  'Guard__Rules__${rule.key}__${prop.key}': string(prop.value)
}))))

module app 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    name: '${baseName}-${suffix}'
    location: location
    tags: allTags
    skuName: appServiceSkuName
    instanceCount: instanceCount
    identityId: identity.outputs.id
    healthCheckPath: '/readyz'
    appSettings: union(identitySettings, federatedCredentialSettings, allowedTenantSettings, secretSettings, hostingSettings, redisSettings, keyRingSettings, geoIpSettings, guardListSettings, guardRuleSettings)
  }
  dependsOn: [
    redis
  ]
}

module keyRingCertificate 'modules/keyRingCertificate.bicep' = if (deployRedis) {
  name: 'keyRingCertificate'
  params: {
    name: '${baseName}-keyring-${suffix}'
    location: location
    tags: allTags
    keyVaultName: vault.outputs.name
    certificateName: keyRingCertificateName
    serverFarmId: app.outputs.planId
  }
}

@description('The API host: pass it to register-app.sh and to outlookguard manifest --host.')
output host string = 'https://${app.outputs.hostName}'

@description('The web app name, for az webapp deploy.')
output webAppName string = app.outputs.name

@description('Client id of the managed identity (the API reads it as AzureAd:ManagedIdentityClientId).')
output managedIdentityClientId string = identity.outputs.clientId

@description('Object (principal) id of the managed identity: the subject of the federated identity credential.')
output managedIdentityPrincipalId string = identity.outputs.principalId

@description('Thumbprint of the key-ring certificate App Service imported (empty without Redis); it must equal keyRingCertificateThumbprint.')
output keyRingCertificateThumbprint string = deployRedis ? keyRingCertificate!.outputs.thumbprint : ''

@description('Key Vault name, for secrets such as AzureAd--ClientSecret.')
output keyVaultName string = vault.outputs.name
