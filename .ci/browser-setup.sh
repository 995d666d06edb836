#!/usr/bin/env bash
# What the taskpane's browser tests need beyond the .NET SDK: Debian's Chromium (Playwright drives it through
# ExecutablePath; no browser is downloaded), a CJK font (Debian's fonts-noto-cjk, so Japanese screenshots show
# Japanese glyphs, not boxes), and the npm packages: MSAL.js (the API's build copies it into its wwwroot/lib), the
# Fluent 2 web components, tokens and icons that esbuild bundles into dist/fluent.js (copied to wwwroot/lib too),
# and axe-core (the accessibility checker the tests inject).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | head -n 1 || true

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
(cd src/OutlookGuard.Taskpane && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
