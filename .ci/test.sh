#!/usr/bin/env bash
# Runs every OutlookGuard test. The README's test command and CI's .ci/run both call this script,
# so whatever the tests need beyond the .NET 10 SDK is installed here, never by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian Chromium and the taskpane's npm packages for tests/OutlookGuard.Browser.Tests.
bash .ci/browser-setup.sh
# A Debian redis-server, which the scale-out tests start on loopback themselves.
bash .ci/redis-setup.sh
# Microsoft's manifest validator, which tests/OutlookGuard.Manifest.Tests runs on the unified manifest.
bash .ci/manifest-tools-setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
dotnet test OutlookGuard.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line over every test assembly: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"

# The Bicep templates: compiled and linted with the real Bicep compiler, zero errors and warnings.
bash infra/build.sh || status=$?
exit "$status"
