// Production: two instances behind App Service's load balancer share verdicts and On-Behalf-Of tokens
// through Redis. The client id and the policy lists come from the environment so no tenant's values are
// committed:
//   OUTLOOKGUARD_API_CLIENT_ID=<application id>   (empty on the very first deployment)
//   OUTLOOKGUARD_TENANT_ID=organizations  OUTLOOKGUARD_ALLOWED_TENANTS='<tenant id>,<tenant id>'   (multi-tenant only)
//   OUTLOOKGUARD_INTERNAL_DOMAINS='contoso.com,contoso.co.jp'   (comma-separated)
//   OUTLOOKGUARD_PROTECTED_NAMES='Megan Bowen,Nestor Wilke'
//   OUTLOOKGUARD_TRUSTED_REPLY_TO_DOMAINS='zendesk.com'
//   OUTLOOKGUARD_KEYRING_CERT_THUMBPRINT=<thumbprint of the Key Vault certificate DataProtection-KeyRing (docs/rollout.md)>
using '../main.bicep'

param environmentName = 'prod'
param appServiceSkuName = 'P1v3'
param instanceCount = 2
param apiClientId = readEnvironmentVariable('OUTLOOKGUARD_API_CLIENT_ID', '')
param entraTenantId = readEnvironmentVariable('OUTLOOKGUARD_TENANT_ID', '')
param allowedTenants = map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_ALLOWED_TENANTS', ''), ','), t => !empty(trim(t))), t => trim(t))
param deployRedis = true
param redisSkuName = 'Standard'
param keyRingCertificateThumbprint = readEnvironmentVariable('OUTLOOKGUARD_KEYRING_CERT_THUMBPRINT', '')
param logRetentionInDays = 90
param guardLists = {
  InternalDomains: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_INTERNAL_DOMAINS', ''), ','), d => !empty(trim(d))), d => trim(d))
  ProtectedNames: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_PROTECTED_NAMES', ''), ','), n => !empty(trim(n))), n => trim(n))
  TrustedReplyToDomains: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_TRUSTED_REPLY_TO_DOMAINS', ''), ','), d => !empty(trim(d))), d => trim(d))
}
