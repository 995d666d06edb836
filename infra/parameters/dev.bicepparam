// Development: one small instance, in-memory caches. The client id and the policy lists come from the
// environment so no tenant's values are committed (see prod.bicepparam for the variable names).
using '../main.bicep'

param environmentName = 'dev'
param appServiceSkuName = 'B1'
param instanceCount = 1
param apiClientId = readEnvironmentVariable('OUTLOOKGUARD_API_CLIENT_ID', '')
param entraTenantId = readEnvironmentVariable('OUTLOOKGUARD_TENANT_ID', '')
param allowedTenants = map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_ALLOWED_TENANTS', ''), ','), t => !empty(trim(t))), t => trim(t))
param deployRedis = false
param logRetentionInDays = 30
param guardLists = {
  InternalDomains: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_INTERNAL_DOMAINS', ''), ','), d => !empty(trim(d))), d => trim(d))
  ProtectedNames: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_PROTECTED_NAMES', ''), ','), n => !empty(trim(n))), n => trim(n))
  TrustedReplyToDomains: map(filter(split(readEnvironmentVariable('OUTLOOKGUARD_TRUSTED_REPLY_TO_DOMAINS', ''), ','), d => !empty(trim(d))), d => trim(d))
}
