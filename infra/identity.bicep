// The OutlookGuard app registration as code (Microsoft Graph Bicep extension; needs Application.ReadWrite.All
// or Application Administrator). CI does not compile this file: the extension is fetched from its registry
// at build time, which the offline build cannot reach. register-app.sh does the same with the Azure CLI.
//
// Two passes, because an application cannot name its own appId in the same deployment:
//   1. az deployment group create -g <rg> -f infra/identity.bicep -p host=<host> managedIdentityPrincipalId=<id>
//   2. the same with apiAppId=<clientId output of pass 1>: sets api://<appId> and the self-permission.
extension microsoftGraphV1

@description('The API host from main.bicep (https://...).')
param host string

@description('Object (principal) id of the API\'s managed identity (main.bicep output managedIdentityPrincipalId).')
param managedIdentityPrincipalId string

@description('AzureADMyOrg (single-tenant, this tenant only) or AzureADMultipleOrgs (multi-tenant; each tenant admin consents).')
@allowed([
  'AzureADMyOrg'
  'AzureADMultipleOrgs'
])
param signInAudience string = 'AzureADMyOrg'

@description('Display name in Entra ID and on the consent page.')
param displayName string = 'OutlookGuard'

@description('Stable key of the registration for the Graph extension.')
param uniqueName string = 'outlookguard-api'

@description('Second pass: the appId (client id) from the first pass. Empty on the first pass.')
param apiAppId string = ''

@description('Audience of the managed identity assertion: api://AzureADTokenExchange (public cloud).')
param clientAssertionAudience string = 'api://AzureADTokenExchange'

var graphAppId = '00000003-0000-0000-c000-000000000000'
var accessAsUserScopeId = '6427326f-1f9e-48bb-a937-ab73d015ac6e'
var adminRoleId = 'b5f3d27a-7a3e-4b5f-8787-cb4c51e552f6'
var hostName = split(replace(host, 'https://', ''), '/')[0]

// Microsoft Graph delegated permissions (ids are the same in every tenant).
var graphScopes = [
  '570282fd-fa5c-430d-a7fd-fc8dc98a9dca' // Mail.Read
  '37f7f235-527c-4136-accd-4a02d197296e' // openid
  '14dad69e-099b-42c9-810b-d002981feec1' // profile
  '7427e0e9-2fba-42fe-b0c0-848c9e6a8182' // offline_access
]

var graphScopeAccess = [for scope in graphScopes: {
  id: scope
  type: 'Scope'
}]

var graphAccess = {
  resourceAppId: graphAppId
  resourceAccess: graphScopeAccess
}

var selfAccess = {
  resourceAppId: apiAppId
  resourceAccess: [
    {
      id: accessAsUserScopeId
      type: 'Scope'
    }
  ]
}

resource app 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: signInAudience
  identifierUris: empty(apiAppId) ? [] : ['api://${apiAppId}']
  api: {
    requestedAccessTokenVersion: 2
    oauth2PermissionScopes: [
      {
        id: accessAsUserScopeId
        value: 'access_as_user'
        type: 'User'
        isEnabled: true
        adminConsentDisplayName: 'Check messages with OutlookGuard'
        adminConsentDescription: 'Lets the OutlookGuard add-in analyse the headers of the message the signed-in user has open.'
        userConsentDisplayName: 'Check your messages with OutlookGuard'
        userConsentDescription: 'Lets OutlookGuard analyse the headers of the message you have open.'
      }
    ]
  }
  // Nested App Authentication in Outlook redirects to brk-multihub://<add-in host>.
  spa: {
    redirectUris: [
      'brk-multihub://${hostName}'
    ]
  }
  // Where the admin-consent page returns to.
  web: {
    redirectUris: [
      'https://${hostName}/support.html'
    ]
    implicitGrantSettings: {
      enableAccessTokenIssuance: false
      enableIdTokenIssuance: false
    }
  }
  requiredResourceAccess: empty(apiAppId) ? [graphAccess] : [graphAccess, selfAccess]
  appRoles: [
    {
      id: adminRoleId
      value: 'Guard.Admin'
      displayName: 'OutlookGuard administrator'
      description: 'May read the effective OutlookGuard policy (GET /api/policy).'
      allowedMemberTypes: [
        'User'
      ]
      isEnabled: true
    }
  ]
}

// The On-Behalf-Of client credential without a stored secret: the managed identity's token is the assertion.
resource managedIdentityCredential 'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0' = {
  name: '${app.uniqueName}/api-managed-identity'
  description: 'The OutlookGuard API\'s managed identity, used as the client assertion for On-Behalf-Of.'
  issuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
  subject: managedIdentityPrincipalId
  audiences: [
    clientAssertionAudience
  ]
}

resource servicePrincipal 'Microsoft.Graph/servicePrincipals@v1.0' = {
  appId: app.appId
}

@description('The application (client) id: main.bicep apiClientId, outlookguard manifest --client-id.')
output clientId string = app.appId

@description('Open as a Global Administrator or Privileged Role Administrator of each tenant to grant admin consent.')
output adminConsentUrl string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/adminconsent?client_id=${app.appId}&redirect_uri=https://${hostName}/support.html'

@description('The service principal\'s object id (for app role assignments of Guard.Admin).')
output servicePrincipalId string = servicePrincipal.id
