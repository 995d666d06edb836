#!/usr/bin/env bash
# Every speed figure of docs/performance.md in one run, one step after the other, each headed by the time and the
# load average (run it on an otherwise idle machine; times are only as good as the machine is quiet):
#   1. the engine in process (BenchmarkDotNet: typical block, whole message, 300 fields, 1 MB block);
#   2. the CLI published with Native AOT: start-up (hyperfine) and throughput with the marginal cost per message;
#   3. the CLI side by side with rspamd and SpamAssassin on the real corpus (benchmarks/peers/compare.sh);
#   4. the API in the Production configuration (benchmarks/api-throughput.sh);
#   5. the API side by side with rspamd over HTTP (benchmarks/peers/http-compare.sh).
#   benchmarks/speed-report.sh [LOG]      (default /tmp/outlookguard-speed.txt; everything printed is also written there)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log=${1:-/tmp/outlookguard-speed.txt}
work=$(mktemp -d /tmp/outlookguard-speed.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
exec > >(tee "$log") 2>&1
step() { echo; echo "## $1 ($(date -u +%Y-%m-%dT%H:%M:%SZ), load $(cut -d' ' -f1-3 /proc/loadavg))"; }
cd "$root"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

step "engine, in process"
dotnet run -c Release --project benchmarks/OutlookGuard.Benchmarks -- --job short --inProcess --warmupCount 10 --iterationCount 15 \
  --filter '*ParseAnalyzeBenchmarks.Typical*' '*ParseAnalyzeBenchmarks.Large*' '*ParseAnalyzeBenchmarks.OneMegabyte*' | grep -E '^\|'

step "CLI published with Native AOT"
dotnet publish src/OutlookGuard.Cli -c Release -r linux-x64 -o "$work/cli" -v q -nologo >/dev/null
ls -l "$work/cli/outlookguard" | awk '{print "executable: " $5 " bytes"}'
hyperfine -N -w 3 -r 20 "$work/cli/outlookguard analyze samples/colleague-reply-to-gmail.eml --policy samples/policy.json" 2>&1 | grep -E 'Time|User|Range'

step "CLI throughput (Native AOT)"
OUTLOOKGUARD_CLI="$work/cli/outlookguard" bash benchmarks/cli-throughput.sh 10000

step "CLI side by side with rspamd and SpamAssassin (Native AOT)"
OUTLOOKGUARD_CLI="$work/cli/outlookguard" bash benchmarks/peers/compare.sh

step "API, Production configuration"
bash benchmarks/api-throughput.sh 10 20 8

step "API side by side with rspamd over HTTP"
bash benchmarks/peers/http-compare.sh 10 8 2

step "done"
