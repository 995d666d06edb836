// Optional Azure Cache for Redis shared by every API instance (verdict and On-Behalf-Of token caches).
// Its connection string is written to Key Vault here, from the keys Azure generates, and the API reads it
// through a Key Vault reference: it never appears in a template, a parameters file or an output.

@description('Cache name (globally unique).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Basic (no SLA) or Standard (replicated).')
@allowed([
  'Basic'
  'Standard'
])
param skuName string

@description('Name of the Key Vault that receives the connection string.')
param keyVaultName string

@description('Name of the Key Vault secret holding the connection string.')
param secretName string

resource cache 'Microsoft.Cache/redis@2024-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: 'C'
      capacity: 0
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisVersion: '6'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    value: '${cache.properties.hostName}:${cache.properties.sslPort},password=${cache.listKeys().primaryKey},ssl=True,abortConnect=False'
    contentType: 'StackExchange.Redis connection string'
  }
}

output secretUri string = connectionString.properties.secretUri
