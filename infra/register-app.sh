#!/usr/bin/env bash
# Registers OutlookGuard in Microsoft Entra ID with the Azure CLI: the same result as identity.bicep,
# step by step. Run it signed in (az login) as an Application Administrator of the tenant, after the first
# deployment of main.bicep (it needs the host and the managed identity).
#
#   infra/register-app.sh --host https://<web app>.azurewebsites.net --mi-principal-id <guid> [--multi-tenant] [--name OutlookGuard]
#   infra/register-app.sh ... --dry-run      # prints every call and body, calls nothing
#
# Creates (or updates, when an application with the display name exists): the access_as_user scope on
# api://<client id>, the SPA redirect brk-multihub://<host> that Nested App Authentication needs, delegated
# Microsoft Graph Mail.Read, openid, profile, offline_access, the Guard.Admin app role, the federated identity
# credential trusting the managed identity (On-Behalf-Of without a stored secret), and the service principal.
set -euo pipefail

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

host="" mi="" audience="AzureADMyOrg" name="OutlookGuard" dry=false assertion_audience="api://AzureADTokenExchange"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --host) host=${2:-}; shift 2 ;;
    --mi-principal-id) mi=${2:-}; shift 2 ;;
    --multi-tenant) audience="AzureADMultipleOrgs"; shift ;;
    --name) name=${2:-}; shift 2 ;;
    --assertion-audience) assertion_audience=${2:-}; shift 2 ;;
    --dry-run) dry=true; shift ;;
    -h|--help) usage ;;
    *) echo "register-app.sh: unknown argument '$1'" >&2; usage ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$host" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?/?$ ]]; then
  echo "register-app.sh: --host must be the https origin of the API, e.g. https://outlookguard-prod-abc.azurewebsites.net" >&2
  exit 2
fi
if [[ ! "$mi" =~ $guid ]]; then
  echo "register-app.sh: --mi-principal-id must be the managed identity's principal (object) id, a GUID (main.bicep output managedIdentityPrincipalId)" >&2
  exit 2
fi
host=${host%/}
host_name=${host#https://}

# Fixed ids: the same in identity.bicep, so both paths describe one registration.
scope_id="6427326f-1f9e-48bb-a937-ab73d015ac6e"
role_id="b5f3d27a-7a3e-4b5f-8787-cb4c51e552f6"
graph_app="00000003-0000-0000-c000-000000000000"
mail_read="570282fd-fa5c-430d-a7fd-fc8dc98a9dca"
openid="37f7f235-527c-4136-accd-4a02d197296e"
profile="14dad69e-099b-42c9-810b-d002981feec1"
offline_access="7427e0e9-2fba-42fe-b0c0-848c9e6a8182"

az_run() {
  if $dry; then
    printf 'az'; printf ' %q' "$@"; printf '\n'
  else
    az "$@"
  fi
}

az_value() { # a call whose output is needed; placeholders in a dry run
  if $dry; then
    { printf 'az'; printf ' %q' "${@:2}"; printf '\n'; } >&2
    echo "$1"
  else
    az "${@:2}"
  fi
}

echo "== 1. Application '$name' ($audience)"
app_id=$(az_value "" ad app list --display-name "$name" --query "[0].appId" -o tsv)
if [[ -z "$app_id" ]]; then
  app_id=$(az_value "00000000-0000-0000-0000-0000000000a1" ad app create --display-name "$name" --sign-in-audience "$audience" --query appId -o tsv)
fi
object_id=$(az_value "00000000-0000-0000-0000-0000000000b1" ad app show --id "$app_id" --query id -o tsv)
tenant_id=$(az_value "00000000-0000-0000-0000-0000000000c1" account show --query tenantId -o tsv)
graph=$(az_value "https://graph.microsoft.com/" cloud show --query endpoints.microsoftGraphResourceId -o tsv)
login=$(az_value "https://login.microsoftonline.com/" cloud show --query endpoints.activeDirectory -o tsv)
graph=${graph%/}
login=${login%/}

echo "== 2. Expose api://$app_id/access_as_user, v2 tokens, the Guard.Admin role, redirect URIs"
body=$(cat <<JSON
{
  "signInAudience": "$audience",
  "identifierUris": ["api://$app_id"],
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": [{
      "id": "$scope_id", "value": "access_as_user", "type": "User", "isEnabled": true,
      "adminConsentDisplayName": "Check messages with OutlookGuard",
      "adminConsentDescription": "Lets the OutlookGuard add-in analyse the headers of the message the signed-in user has open.",
      "userConsentDisplayName": "Check your messages with OutlookGuard",
      "userConsentDescription": "Lets OutlookGuard analyse the headers of the message you have open."
    }]
  },
  "appRoles": [{
    "id": "$role_id", "value": "Guard.Admin", "displayName": "OutlookGuard administrator",
    "description": "May read the effective OutlookGuard policy (GET /api/policy).",
    "allowedMemberTypes": ["User"], "isEnabled": true
  }],
  "spa": { "redirectUris": ["brk-multihub://$host_name"] },
  "web": {
    "redirectUris": ["$host/support.html"],
    "implicitGrantSettings": { "enableAccessTokenIssuance": false, "enableIdTokenIssuance": false }
  }
}
JSON
)
az_run rest --method PATCH --uri "$graph/v1.0/applications/$object_id" --headers "Content-Type=application/json" --body "$body"

echo "== 3. Delegated permissions: Microsoft Graph Mail.Read, openid, profile, offline_access; OutlookGuard access_as_user"
body=$(cat <<JSON
{
  "requiredResourceAccess": [
    { "resourceAppId": "$graph_app", "resourceAccess": [
      { "id": "$mail_read", "type": "Scope" }, { "id": "$openid", "type": "Scope" },
      { "id": "$profile", "type": "Scope" }, { "id": "$offline_access", "type": "Scope" } ] },
    { "resourceAppId": "$app_id", "resourceAccess": [ { "id": "$scope_id", "type": "Scope" } ] }
  ]
}
JSON
)
az_run rest --method PATCH --uri "$graph/v1.0/applications/$object_id" --headers "Content-Type=application/json" --body "$body"

echo "== 4. Federated identity credential: the managed identity $mi is the On-Behalf-Of client assertion"
existing=$(az_value "" ad app federated-credential list --id "$app_id" --query "[?name=='api-managed-identity'].name" -o tsv)
if [[ -z "$existing" ]]; then
  az_run ad app federated-credential create --id "$app_id" --parameters "{\"name\":\"api-managed-identity\",\"issuer\":\"$login/$tenant_id/v2.0\",\"subject\":\"$mi\",\"audiences\":[\"$assertion_audience\"],\"description\":\"OutlookGuard API managed identity (On-Behalf-Of client assertion)\"}"
fi

echo "== 5. Service principal"
sp=$(az_value "" ad sp list --filter "appId eq '$app_id'" --query "[0].id" -o tsv)
if [[ -z "$sp" ]]; then
  az_run ad sp create --id "$app_id" --query id -o tsv
fi

cat <<DONE

Registered. Next:
  1. Deploy again with the client id:
       OUTLOOKGUARD_API_CLIENT_ID=$app_id az deployment group create -g <resource group> -f infra/main.bicep -p infra/parameters/<env>.bicepparam
  2. Grant admin consent (Global Administrator or Privileged Role Administrator), either
       az ad app permission admin-consent --id $app_id
     or open (for another tenant, put its tenant id in place of $tenant_id):
       $login/$tenant_id/adminconsent?client_id=$app_id&redirect_uri=$host/support.html
  3. Generate the manifest:
       outlookguard manifest --host $host --client-id $app_id --out manifest.xml
DONE
