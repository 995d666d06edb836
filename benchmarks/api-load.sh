#!/usr/bin/env bash
# Load and soak of the API on loopback with wrk (Debian package): POST /api/analysis with the header block of
# samples/colleague-reply-to-gmail.eml, development tokens (Development, Folder source, HS256 tokens made here).
#   1. the default rate limits: one token as fast as 8 connections go -> how many 429s;
#   2. throughput with the limits raised, 64 users: concurrency 1, 8 and 32;
#   3. a soak at concurrency 16 with the RSS sampled every 10 s.
# Prints req/s, p50/p95/p99, errors and non-2xx, RSS before/after and the load average (the machine may be shared).
#   benchmarks/api-load.sh [STEP_SECONDS] [SOAK_SECONDS]      (defaults: 10, 60; every wrk run is bounded by them)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
step=${1:-10}
soak=${2:-60}
# shellcheck source=lib/production-api.sh
. "$root/benchmarks/lib/production-api.sh"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

work=$(mktemp -d)
out="$work/api"
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release "$root/src/OutlookGuard.Api" -o "$out" -v q -nologo >/dev/null

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
audience="outlookguard-load"
# 64 development users' tokens (sub load-user-N, which the development scheme takes as the user id): the first alone
# for the default-limits step, all of them for the raised-limits steps and the soak, so that no user runs out.
KEY="$key" AUD="$audience" python3 - >"$work/tokens" <<'PY'
import base64, hashlib, hmac, json, os, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "load"}).encode())
now = int(time.time())
for user in range(64):
    body = b64(json.dumps({"sub": f"load-user-{user}", "scope": "access_as_user", "iss": "dotnet-user-jwts",
                           "aud": os.environ["AUD"], "nbf": now, "iat": now, "exp": now + 3600}).encode())
    sig = hmac.new(base64.b64decode(os.environ["KEY"]), f"{head}.{body}".encode(), hashlib.sha256).digest()
    print(f"{head}.{body}.{b64(sig)}")
PY
token=$(head -1 "$work/tokens")
python3 - "$root/samples/colleague-reply-to-gmail.eml" "$work/body.json" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding="utf-8", errors="replace").read().replace("\r\n", "\n")
headers = raw.split("\n\n", 1)[0].replace("\n", "\r\n")
json.dump({"internetHeaders": headers, "bodyPreview": "x" * 500}, open(sys.argv[2], "w"))
PY
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
LUA
{ cat "$work/post.lua"; og_users_lua "$work/tokens"; } >"$work/post-users.lua"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port/api/analysis"

start_api() { # extra environment as arguments
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Mailbox__Source=Folder Mailbox__Folder="$root/samples" AzureAd__ClientId= \
    Logging__LogLevel__Default=Warning \
    Authentication__Schemes__Bearer__ValidIssuer=dotnet-user-jwts \
    Authentication__Schemes__Bearer__ValidAudiences__0="$audience" \
    Authentication__Schemes__Bearer__SigningKeys__0__Id=load \
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer=dotnet-user-jwts \
    Authentication__Schemes__Bearer__SigningKeys__0__Value="$key" \
    Authentication__Schemes__Bearer__SigningKeys__0__Length=32 \
    "$@" dotnet "$out/OutlookGuard.Api.dll" >"$work/api.log" 2>&1 &
  api_pid=$!
  og_wait_healthy "$port"
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url" \
    || { echo "the API did not answer 200; its log:"; cat "$work/api.log"; exit 1; }
}
stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""; }
rss() { echo "scale=1; $(ps -o rss= -p "$api_pid") / 1024" | bc; }
load() { cut -d' ' -f1 /proc/loadavg; }
run() { # label threads connections seconds [lua]
  local before; before=$(rss)
  local line; line=$(wrk -t"$2" -c"$3" -d"$4s" --timeout 10s -s "${5:-$work/post.lua}" "$url" | grep '^RESULT')
  printf '%-26s %s rss_before_mb=%s rss_after_mb=%s load=%s\n' "$1" "${line#RESULT }" "$before" "$(rss)" "$(load)"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
echo "body: $(stat -c %s "$work/body.json") bytes; step ${step}s, soak ${soak}s"

start_api
run "default limits, c=8" 2 8 "$step"
stop_api

start_api RateLimiting__PerUserBurst=100000 RateLimiting__PerUserPerMinute=60000 RateLimiting__ConcurrentRequests=10000
run "limits raised, c=1" 1 1 "$step" "$work/post-users.lua"
run "limits raised, c=8" 2 8 "$step" "$work/post-users.lua"
run "limits raised, c=32" 2 32 "$step" "$work/post-users.lua"
( for _ in $(seq 10 10 "$soak"); do sleep 10; ps -o rss= -p "$api_pid" | awk '{printf "%.1f ", $1/1024}'; done ) >"$work/rss.txt" &
sampler=$!
run "soak, c=16" 2 16 "$soak" "$work/post-users.lua"
wait "$sampler" 2>/dev/null || true
echo "soak RSS every 10 s (MB): $(cat "$work/rss.txt")"
echo "server errors logged: $(grep -c 'fail:' "$work/api.log" || true)"
stop_api
