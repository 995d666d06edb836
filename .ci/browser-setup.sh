#!/usr/bin/env bash
# What the taskpane's browser tests need beyond the .NET SDK: Debian's Chromium (Playwright drives it through
# ExecutablePath; no browser is downloaded) and the npm packages MSAL.js (the API's build copies it into its
# wwwroot/lib) and axe-core (the accessibility checker the tests inject).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | head -n 1 || true

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
(cd src/OutlookGuard.Taskpane && npm ci --no-audit --no-fund --loglevel=error)
