#!/usr/bin/env bash
# Throughput of the API as tenants run it: Production configuration (one JwtBearer scheme validating an RS256 token
# against the discovery document and JWKS of a local issuer over HTTPS, Graph source), on loopback, with wrk.
#   1. POST /api/analysis with the header block of samples/colleague-reply-to-gmail.eml (and a 500-character preview);
#   2. GET /api/messages/{id}/analysis for one message: the first request reads it through the local Graph stand-in
#      (On-Behalf-Of exchange included), every later one is answered from the verdict cache.
# The requests cycle through 64 users' tokens of one tenant, and the per-user rate limits are raised (a user at full
# speed would otherwise be refused 429; benchmarks/api-load.sh measures the default limits). Each step is warmed
# first (tiered compilation reaches its optimized code only after some seconds of load). Prints req/s, p50/p99,
# errors, the CPU time the API process used per request (independent of what else runs on the machine), and the load
# average.
#   benchmarks/api-throughput.sh [SECONDS] [WARMUP_SECONDS] [CONNECTIONS]     (defaults: 10, 20, 8)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
warmup=${2:-20}
connections=${3:-8}
# shellcheck source=lib/production-api.sh
. "$root/benchmarks/lib/production-api.sh"
work=$(mktemp -d)
trap 'og_cleanup; rm -rf "$work"' EXIT

og_setup "$root" "$work"
og_start_api
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
echo "API in Production, rate limits raised; body $(stat -c %s "$work/body.json") bytes; c=$connections, ${seconds}s per step after ${warmup}s of warm-up"
og_wrk "warm-up POST" "$og_post_url" "$work/post.lua" "$connections" "$warmup" "$og_api_pid" >/dev/null
og_wrk "POST /api/analysis" "$og_post_url" "$work/post.lua" "$connections" "$seconds" "$og_api_pid"
og_wrk "warm-up GET" "$og_get_url" "$work/get.lua" "$connections" "$warmup" "$og_api_pid" >/dev/null
og_wrk "GET .../analysis (cached)" "$og_get_url" "$work/get.lua" "$connections" "$seconds" "$og_api_pid"
echo "server errors logged: $(grep -c 'fail:' "$work/api.log" || true)"
