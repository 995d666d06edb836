# Sourced by the throughput scripts: the API in its Production configuration on loopback, behind a local issuer.
#   og_setup ROOT WORK        build the API into WORK/api, start benchmarks/local-cloud.py (Entra ID and Graph stand-in
#                             over HTTPS), write WORK/body.json and the wrk scripts WORK/post.lua and WORK/get.lua
#   og_start_api [VAR=VALUE]  start it (ASPNETCORE_ENVIRONMENT=Production, real token validation against the local
#                             issuer's discovery document and JWKS, Graph source, logging at Warning) with the rate
#                             limits raised so a user at full speed is not refused 429; check POST and GET answer 200
#   og_wrk LABEL URL LUA CONNECTIONS SECONDS PID
#                             one bounded wrk run; prints requests, req/s, p50/p99/max (ms), errors, non-2xx, the CPU
#                             time the process PID used per request (µs, from /proc) and the load average
#   og_users_lua FILE         wrk Lua cycling each connection's requests through the tokens in FILE (one a line)
#   og_wait_healthy PORT      wait (at most 60 s) until an API on 127.0.0.1:PORT answers /healthz
#   og_cleanup                stop what og_setup and og_start_api started (by process id)
# Needs: dotnet, python3, openssl, curl, wrk (Debian package; installed when missing).

og_api_pid=""
og_cloud_pid=""

og_setup() {
  og_root=$1
  og_work=$2
  command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
  dotnet build -c Release "$og_root/src/OutlookGuard.Api" -o "$og_work/api" -v q -nologo >/dev/null
  og_eml="$og_root/samples/colleague-reply-to-gmail.eml"
  mkdir -p "$og_work/cloud"
  python3 "$og_root/benchmarks/local-cloud.py" "$og_work/cloud" "$og_eml" >"$og_work/cloud.log" 2>&1 &
  og_cloud_pid=$!
  for _ in $(seq 1 60); do [ -s "$og_work/cloud/port" ] && break; sleep 0.5; done
  [ -s "$og_work/cloud/port" ] || { echo "the local issuer did not start; its log:"; cat "$og_work/cloud.log"; return 1; }
  og_token=$(cat "$og_work/cloud/token")
  # The header block as the taskpane sends it (Office.js getAllInternetHeadersAsync), with a 500-character preview.
  python3 - "$og_eml" "$og_work/body.json" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding="utf-8", errors="replace").read().replace("\r\n", "\n")
headers = raw.split("\n\n", 1)[0].replace("\n", "\r\n")
json.dump({"internetHeaders": headers, "bodyPreview": "x" * 500}, open(sys.argv[2], "w"))
PY
  local result='done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end'
  # Each connection's requests cycle through the users' tokens (one per user, as MSAL reuses a token until it
  # expires), so the per-user rate limit sees many users; the requests are formatted once, in init.
  local users
  users=$(og_users_lua "$og_work/cloud/tokens")
  cat >"$og_work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$og_work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
$users
$result
LUA
  cat >"$og_work/get.lua" <<LUA
$users
$result
LUA
  # Any id in the shape Office.js convertToRestId returns; the local Graph answers the sample for it.
  og_message_id="AAMkAGI2TG93AAAuAAAAAAAiQ8W967B7TKBjgx9rVEURAQAiIsqMbYjsT5e-T7KzowPTAAAAAAEMAAA="
  og_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  og_post_url="http://127.0.0.1:$og_port/api/analysis"
  og_get_url="http://127.0.0.1:$og_port/api/messages/$og_message_id/analysis"
}

og_start_api() {
  # shellcheck disable=SC2046 # one VAR=VALUE per line of settings.env, none with spaces
  env $(cat "$og_work/cloud/settings.env") ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$og_port" \
    Logging__LogLevel__Default=Warning \
    RateLimiting__PerUserBurst=100000 RateLimiting__PerUserPerMinute=60000 RateLimiting__ConcurrentRequests=10000 \
    "$@" dotnet "$og_work/api/OutlookGuard.Api.dll" >"$og_work/api.log" 2>&1 &
  og_api_pid=$!
  og_wait_healthy "$og_port"
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $og_token" -H 'Content-Type: application/json' \
    --data-binary @"$og_work/body.json" "$og_post_url" \
    && curl -fs -o /dev/null -H "Authorization: Bearer $og_token" "$og_get_url" \
    || { echo "the API did not answer 200; its log:"; cat "$og_work/api.log"; return 1; }
}

og_users_lua() { # TOKENS_FILE: wrk Lua that cycles each connection's requests through the tokens (one per line)
  cat <<LUA
local tokens = {}
for line in io.lines("$1") do tokens[#tokens + 1] = line end
local requests, next_request = {}, 0
function init(args)
  for i, token in ipairs(tokens) do
    wrk.headers["Authorization"] = "Bearer " .. token
    requests[i] = wrk.format()
  end
end
function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
LUA
}

og_wait_healthy() { # PORT: until /healthz answers, at most 60 s
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
}

og_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

og_wrk() { # LABEL URL LUA CONNECTIONS SECONDS PID
  local before after line requests
  before=$(og_cpu_ticks "$6")
  line=$(wrk -t2 -c"$4" -d"$5s" --timeout 10s -s "$3" "$2" | grep '^RESULT')
  after=$(og_cpu_ticks "$6")
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  printf '%-34s %s cpu_us_per_request=%s load=%s\n' "$1" "${line#RESULT }" \
    "$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", n ? t * 1e6 / hz / n : 0 }')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

og_cleanup() {
  [ -n "$og_api_pid" ] && kill "$og_api_pid" 2>/dev/null && wait "$og_api_pid" 2>/dev/null
  [ -n "$og_cloud_pid" ] && kill "$og_cloud_pid" 2>/dev/null && wait "$og_cloud_pid" 2>/dev/null
  og_api_pid=""
  og_cloud_pid=""
}
