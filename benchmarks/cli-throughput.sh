#!/usr/bin/env bash
# Times `outlookguard analyze` over a generated folder of messages: messages per second and peak RSS,
# for text and for --format json output, and the start-up: one message analyzed by a fresh process, best of 5.
#   benchmarks/cli-throughput.sh [COUNT] [FOLDER]      (defaults: 10000, /tmp/outlookguard-corpus)
# OUTLOOKGUARD_CLI: the command to time, e.g. a published executable (README, "Publish as a single
# executable"); default: the framework-dependent build, run with `dotnet`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
corpus=${2:-/tmp/outlookguard-corpus}
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }

dotnet build -c Release "$root/benchmarks/OutlookGuard.Benchmarks" -v q -nologo >/dev/null
gen="$root/benchmarks/OutlookGuard.Benchmarks/bin/Release/net10.0/OutlookGuard.Benchmarks.dll"
if [ -n "${OUTLOOKGUARD_CLI:-}" ]; then
  read -r -a cli <<<"$OUTLOOKGUARD_CLI"
else
  dotnet build -c Release "$root/src/OutlookGuard.Cli" -v q -nologo >/dev/null
  cli=(dotnet "$root/src/OutlookGuard.Cli/bin/Release/net10.0/outlookguard.dll")
fi

if [ "$(find "$corpus" -name '*.eml' 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$corpus"
  dotnet "$gen" generate --count "$count" --out "$corpus"
fi

"${cli[@]}" --help >/dev/null 2>&1 || { echo "cannot run: ${cli[*]}" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uptime | sed 's/.*load/load/')"
echo "cli: ${cli[*]}"

best=""
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "${cli[@]}" analyze "$root/samples/colleague-reply-to-gmail.eml" --policy "$root/samples/policy.json" --lang en >/dev/null || true
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
printf 'start-up: one message, best of 5: %d ms\n' "$best"

for format in text json; do
  out=$(mktemp); log=$(mktemp)
  /usr/bin/time -v "${cli[@]}" analyze "$corpus" --policy "$root/samples/policy.json" --format "$format" --lang en >"$out" 2>"$log" || true
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$log")
  cpu=$(awk -F': ' '/Percent of CPU/{print $2}' "$log")
  # On a shared machine the wall time follows the CPU the process was granted; messages per CPU-second do not.
  cpusecs=$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$log")
  errors=$(grep -c '^outlookguard: ' "$log" || true)
  printf '%-5s %6d messages  %7.2f s  %8.0f msg/s  CPU %s  %7.2f CPU-s  %8.0f msg/CPU-s  peak RSS %6.1f MB  failed %s  output %s bytes\n' \
    "$format" "$count" "$secs" "$(echo "$count / $secs" | bc -l)" "$cpu" "$cpusecs" "$(echo "$count / $cpusecs" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)" "$errors" "$(stat -c %s "$out")"
  rm -f "$out" "$log"
done
