#!/usr/bin/env bash
# Deploys OutlookGuard in one command: the Azure resources (main.bicep with the environment's parameters
# file), then the API (npm ci for the taskpane's MSAL.js, dotnet publish, zip deploy). Needs the Azure CLI signed
# in (az login), the .NET 10 SDK, npm and zip. Re-run it after every change; it is idempotent.
#
#   infra/deploy.sh <resource group> <dev|prod> [location]
#   OUTLOOKGUARD_API_CLIENT_ID=<client id> infra/deploy.sh <resource group> <dev|prod>   # after register-app.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 2 || ! "$2" =~ ^(dev|prod)$ ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
group=$1 env=$2 location=${3:-}

if [[ -n "$location" ]]; then
  az group create --name "$group" --location "$location" --output none
fi

echo "== Azure resources ($env) in $group"
az deployment group create --resource-group "$group" --name "outlookguard-$env" \
  --template-file infra/main.bicep --parameters "infra/parameters/$env.bicepparam" --output none
output() { az deployment group show --resource-group "$group" --name "outlookguard-$env" --query "properties.outputs.$1.value" --output tsv; }
host=$(output host)
web_app=$(output webAppName)

echo "== API to $web_app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd src/OutlookGuard.Taskpane && npm ci --no-audit --no-fund --loglevel=error)
dotnet publish src/OutlookGuard.Api/OutlookGuard.Api.csproj --configuration Release --output "$work/app" --nologo
(cd "$work/app" && zip -qr "$work/app.zip" .)
az webapp deploy --resource-group "$group" --name "$web_app" --src-path "$work/app.zip" --type zip --output none

cat <<DONE

Deployed: $host
  managed identity principal id: $(output managedIdentityPrincipalId)
  readiness:                     $host/readyz
Not registered yet? infra/register-app.sh --host $host --mi-principal-id $(output managedIdentityPrincipalId)
DONE
