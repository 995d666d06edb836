#!/usr/bin/env bash
# Installs the Redis server the API's scale-out tests start on loopback (Debian package redis-server).
# The tests start and stop their own instances; the system service is not needed.
set -euo pipefail
if [ -x /usr/bin/redis-server ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends redis-server
# Debian starts the service on install where a service manager runs; the tests use their own ports.
if command -v service >/dev/null 2>&1; then
  service redis-server stop >/dev/null 2>&1 || true
fi
