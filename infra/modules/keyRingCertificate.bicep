// The certificate that encrypts the API's Data Protection key ring (kept in Redis with the verdict cache), imported
// from Key Vault into the App Service plan. App Service then mounts it for the app as
// /var/ssl/private/{thumbprint}.p12 (WEBSITE_LOAD_CERTIFICATES), which the API reads as DataProtection:CertificatePath.
// The certificate itself is made in Key Vault once (docs/rollout.md); Key Vault renews it, and App Service picks the
// new version up.

@description('Name of the App Service certificate resource.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the Key Vault holding the certificate.')
param keyVaultName string

@description('Name of the certificate in that Key Vault.')
param certificateName string

@description('Resource id of the App Service plan the app runs on.')
param serverFarmId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource certificate 'Microsoft.Web/certificates@2024-04-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    keyVaultId: vault.id
    keyVaultSecretName: certificateName
    serverFarmId: serverFarmId
  }
}

@description('The imported certificate\'s thumbprint.')
output thumbprint string = certificate.properties.thumbprint
