#!/usr/bin/env bash
# Microsoft's manifest validator (npm office-addin-manifest) for tests/OutlookGuard.Manifest.Tests: it checks the
# unified manifest (JSON) against the schema bundled in the package, offline.
set -euo pipefail
cd "$(dirname "$0")/.."

(cd manifest/tools && npm ci --no-audit --no-fund --loglevel=error)
