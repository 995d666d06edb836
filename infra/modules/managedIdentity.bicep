// The API's user-assigned managed identity: reads Key Vault secrets and is the client assertion of the
// On-Behalf-Of exchange (a federated identity credential on the app registration trusts it).

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
