#!/usr/bin/env bash
# Side by side over HTTP, in one run, on the same machine and the same message (samples/colleague-reply-to-gmail.eml):
# wrk against OutlookGuard's POST /api/analysis (Production configuration as benchmarks/api-throughput.sh runs it: an
# RS256 token validated against a local issuer, rate limits raised; the body is the message's header block, as the
# taskpane sends it) and against rspamd's /checkv2 (the whole .eml, with `Hostname: unknown` as rspamc --hostname
# unknown sends it; the offline, loopback-only rspamd of the shared peer configuration). Both are warmed first, then
# measured with the same connections and duration. Prints req/s, p50/p99, the CPU time each server used per request,
# the ratios, and the load average before and after (the machine may be shared). Everything stays on loopback.
#   benchmarks/peers/http-compare.sh [SECONDS] [CONNECTIONS] [ROUNDS]   (defaults: 10, 8, 1; rounds alternate the two)
# Needs the peer configuration (PEERS_DIR, default ../shared/peers beside the repository, else /work/shared/peers:
# rspamd.sh and rspamd-local/), which starts rspamd on 127.0.0.1:11333; installs wrk and rspamd when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-10}
connections=${2:-8}
rounds=${3:-1}
warmup=20
peers=${PEERS_DIR:-$root/../shared/peers}
[ -d "$peers" ] || peers=/work/shared/peers
[ -f "$peers/rspamd.sh" ] || { echo "the peer configuration is missing: set PEERS_DIR to a folder with rspamd.sh and rspamd-local/" >&2; exit 2; }
command -v rspamd >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rspamd >/dev/null; }
# shellcheck source=../lib/production-api.sh
. "$root/benchmarks/lib/production-api.sh"
work=$(mktemp -d /tmp/outlookguard-http.XXXXXX)
rspamd_run="$work/rspamd"
rspamd_url="http://127.0.0.1:11333/checkv2"
cleanup() {
  og_cleanup
  RSPAMD_RUN="$rspamd_run" bash "$peers/rspamd.sh" stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 60); do listening 11333 || break; sleep 1; done
listening 11333 && { echo "another rspamd holds 127.0.0.1:11333 (still after 60 s): stop it first" >&2; exit 1; }

og_setup "$root" "$work"
og_start_api
RSPAMD_RUN="$rspamd_run" bash "$peers/rspamd.sh" start >"$work/rspamd-start.log" 2>&1 \
  || { echo "rspamd did not start:" >&2; cat "$work/rspamd-start.log" >&2; exit 1; }
rspamd_main=$(cat "$rspamd_run/run/rspamd.pid")
rspamd_normal=$(ps -o args= --ppid "$rspamd_main" | grep -c 'normal process' || true)
[ "$rspamd_normal" -gt 0 ] || { echo "the rspamd started here has no scanning worker (is another rspamd on 127.0.0.1:11333?)" >&2; exit 1; }
cat >"$work/checkv2.lua" <<LUA
wrk.method = "POST"
wrk.headers["Hostname"] = "unknown"
local f = io.open("$og_eml", "rb"); wrk.body = f:read("*a"); f:close()
$(sed -n '/^done = function/,/^end/p' "$work/post.lua")
LUA
curl -fs -o "$work/rspamd.json" -X POST -H 'Hostname: unknown' --data-binary @"$og_eml" "$rspamd_url" \
  || { echo "rspamd did not answer /checkv2; see $rspamd_run/log" >&2; exit 1; }

# CPU of the rspamd main process and its workers together.
rspamd_ticks() { local t=0 p; for p in $rspamd_main $(ps -o pid= --ppid "$rspamd_main"); do t=$((t + $(og_cpu_ticks "$p"))); done; echo "$t"; }
rspamd_wrk() { # LABEL SECONDS
  local before after line requests
  before=$(rspamd_ticks)
  line=$(wrk -t2 -c"$connections" -d"$2s" --timeout 10s -s "$work/checkv2.lua" "$rspamd_url" | grep '^RESULT')
  after=$(rspamd_ticks)
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  printf '%-34s %s cpu_us_per_request=%s load=%s\n' "$1" "${line#RESULT }" \
    "$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", n ? t * 1e6 / hz / n : 0 }')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2); $(rspamd --version 2>/dev/null | head -1)"
echo "message: $(basename "$og_eml") ($(stat -c %s "$og_eml") bytes to rspamd, $(stat -c %s "$work/body.json") bytes of JSON to OutlookGuard); rspamd scanning (normal) workers: $rspamd_normal"
echo "rspamd symbols on it: $(python3 -c 'import json,sys; print(" ".join(sorted(json.load(open(sys.argv[1]))["symbols"])))' "$work/rspamd.json")"
echo "c=$connections, ${seconds}s per run after ${warmup}s of warm-up each"
og_wrk "warm-up OutlookGuard" "$og_post_url" "$work/post.lua" "$connections" "$warmup" "$og_api_pid" >/dev/null
rspamd_wrk "warm-up rspamd" "$warmup" >/dev/null
: >"$work/results"
for round in $(seq 1 "$rounds"); do
  og_wrk "OutlookGuard POST /api/analysis" "$og_post_url" "$work/post.lua" "$connections" "$seconds" "$og_api_pid" | tee -a "$work/results"
  rspamd_wrk "rspamd /checkv2" "$seconds" | tee -a "$work/results"
done
awk '
  { for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) v[kv[1]] = kv[2] }
  /^OutlookGuard/ { og += v["rps"]; ogp99 += v["p99_ms"]; ogcpu += v["cpu_us_per_request"]; n++ }
  /^rspamd/ { rs += v["rps"]; rsp99 += v["p99_ms"]; rscpu += v["cpu_us_per_request"] }
  END { printf "ratio (mean of %d round(s)): OutlookGuard %.0f req/s / rspamd %.0f req/s = %.1fx; p99 %.2f ms vs %.2f ms\n",
               n, og / n, rs / n, rs ? og / rs : 0, ogp99 / n, rsp99 / n
        printf "server CPU per request: OutlookGuard %.0f us, rspamd %.0f us = %.1fx less\n",
               ogcpu / n, rscpu / n, ogcpu ? rscpu / ogcpu : 0 }' "$work/results"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server errors logged by the API: $(grep -c 'fail:' "$work/api.log" || true)"
