#!/usr/bin/env bash
# Compiles and lints the Bicep templates offline with the real Bicep compiler (NuGet package
# Azure.Bicep.CommandLine.linux-x64, restored by tools/BicepTool.csproj), failing on any error or warning.
# identity.bicep is skipped: the Microsoft Graph extension it uses is fetched from its registry when compiled.
# Also checks that every app setting main.bicep writes is a configuration key the code reads.
set -euo pipefail
cd "$(dirname "$0")"

version=0.49.2
dotnet restore tools/BicepTool.csproj --nologo -v quiet >/dev/null
bicep="tools/packages/azure.bicep.commandline.linux-x64/${version}/tools/bicep"
chmod +x "$bicep"
echo "infra: $("$bicep" --version)"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

problems=0
# Runs one bicep command; any diagnostic (error or warning) or a non-zero exit fails the build.
check() {
  local log="$out/log" status=0
  "$bicep" "$@" >"$log" 2>&1 || status=$?
  if [[ $status -ne 0 ]] || grep -Eq ': (Error|Warning) ' "$log"; then
    echo "FAIL: bicep $* (exit $status)"
    sed 's/^/  /' "$log"
    problems=$((problems + 1))
  fi
}

# Compile from a copy, so the generated JSON never lands in the source tree. identity.bicep is not copied.
src="$out/src"
mkdir -p "$src"
cp -r main.bicep modules parameters bicepconfig.json "$src/"
files=(main.bicep modules/*.bicep)
params=(parameters/*.bicepparam)

# The detector itself must see a warning, or a clean run proves nothing.
mkdir -p "$out/selfcheck"
cp bicepconfig.json "$out/selfcheck/"
printf "param unused string\nparam location string = 'westeurope'\noutput where string = location\n" >"$out/selfcheck/bad.bicep"
selfcheck=$("$bicep" lint --pattern "$out/selfcheck/*.bicep" 2>&1 || true)
if ! grep -q 'no-unused-params' <<<"$selfcheck"; then
  echo "FAIL: bicep lint did not report an unused parameter: the lint check cannot be trusted"
  exit 1
fi

check build --pattern "$src/**/*.bicep"
check lint --pattern "$src/**/*.bicep"
check build-params --pattern "$src/parameters/*.bicepparam"
check lint --pattern "$src/parameters/*.bicepparam"

# The scripts parse, and the registration script's dry run describes the NAA redirect and the federated credential.
for script in deploy.sh register-app.sh; do
  bash -n "$script" || { echo "FAIL: $script does not parse"; problems=$((problems + 1)); }
done
dry=$(bash register-app.sh --host https://guard.contoso.com --mi-principal-id 11111111-2222-3333-4444-555555555555 --dry-run 2>&1) || {
  echo "FAIL: register-app.sh --dry-run failed"; problems=$((problems + 1)); }
for expected in 'brk-multihub://guard.contoso.com' 'access_as_user' 'Guard.Admin' 'federated-credential create' '570282fd-fa5c-430d-a7fd-fc8dc98a9dca'; do
  grep -qF -- "$expected" <<<"$dry" || { echo "FAIL: register-app.sh --dry-run does not mention $expected"; problems=$((problems + 1)); }
done

# Every app setting Section__Key in main.bicep must be a property of the class bound to that section.
settings=$(grep -Eo "^\s+'?[A-Za-z]+__[A-Za-z]+" main.bicep | tr -d " '" | sort -u)
unverified=()
for setting in $settings; do
  section=${setting%%__*}
  key=${setting#*__}
  case "$section" in
    Guard) classes=$(grep -rl --include='GuardPolicy.cs' 'class GuardPolicy' ../src 2>/dev/null || true) ;;
    ConnectionStrings)
      if grep -rqE --include='*.cs' "GetConnectionString\(\"${key}\"\)|\"ConnectionStrings:${key}\"" ../src 2>/dev/null; then
        continue
      fi
      unverified+=("$section:$key")
      continue
      ;;
    *) classes=$(grep -rlE --include='*.cs' "SectionName = \"${section}\"|BindConfiguration\(\"${section}\"\)" ../src 2>/dev/null || true) ;;
  esac
  if [[ -z "$classes" ]]; then
    unverified+=("$section:$key")
  elif ! grep -qE "public [^=]+ ${key} \{" $classes; then
    echo "FAIL: main.bicep sets ${setting}, but no property ${key} is bound to section ${section} ($(echo $classes | tr '\n' ' '))"
    problems=$((problems + 1))
  fi
done

checked=$((${#files[@]} + ${#params[@]}))
if [[ ${#unverified[@]} -gt 0 ]]; then
  echo "infra: app settings whose section has no options class in this source tree (not verified): ${unverified[*]}"
fi
if [[ $problems -gt 0 ]]; then
  echo "infra: ${problems} problem(s) in ${checked} Bicep files"
  exit 1
fi
echo "infra: ${checked} Bicep files built and linted (identity.bicep skipped: Graph extension), 0 errors, 0 warnings"
