#!/usr/bin/env bash
# Times `outlookguard analyze` over a generated folder of messages: messages per second and peak RSS,
# for text and for --format json output, and the start-up: one message analyzed by a fresh process, best of 5.
# The marginal cost per message is (time for COUNT messages - time for 1) / (COUNT - 1), in wall time and in CPU
# time (user + system, all threads), with "time for 1" the best of 5 runs over one file of the same folder.
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

# Wall seconds and CPU-seconds of one run over one file of the folder, best of 5 (each minimum on its own).
one_message() {
  local first best_wall="" best_cpu="" start wall cpu log
  first=$(find "$corpus" -name '*.eml' | sort | sed -n 1p)
  log=$(mktemp)
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$log" "${cli[@]}" analyze "$first" --policy "$root/samples/policy.json" --format "$1" --lang en >/dev/null || true
    wall=$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)
    cpu=$(awk '{print $1 + $2}' "$log")
    if [ -z "$best_wall" ] || (( $(echo "$wall < $best_wall" | bc -l) )); then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || (( $(echo "$cpu < $best_cpu" | bc -l) )); then best_cpu=$cpu; fi
  done
  rm -f "$log"
  echo "$best_wall $best_cpu"
}

for format in text json; do
  read -r one_secs one_cpusecs < <(one_message "$format")
  out=$(mktemp); log=$(mktemp)
  start=$(date +%s%N)
  /usr/bin/time -v "${cli[@]}" analyze "$corpus" --policy "$root/samples/policy.json" --format "$format" --lang en >"$out" 2>"$log" || true
  secs=$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$log")
  cpu=$(awk -F': ' '/Percent of CPU/{print $2}' "$log")
  # On a shared machine the wall time follows the CPU the process was granted; messages per CPU-second do not.
  cpusecs=$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$log")
  errors=$(grep -c '^outlookguard: ' "$log" || true)
  printf '%-5s %6d messages  %7.2f s  %8.0f msg/s  CPU %s  %7.2f CPU-s  %8.0f msg/CPU-s  peak RSS %6.1f MB  failed %s  output %s bytes\n' \
    "$format" "$count" "$secs" "$(echo "$count / $secs" | bc -l)" "$cpu" "$cpusecs" "$(echo "$count / $cpusecs" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)" "$errors" "$(stat -c %s "$out")"
  printf '%-5s marginal per message: %6.1f us wall, %6.1f us CPU  (1 message: %.3f s wall, %.2f CPU-s)\n' \
    "$format" "$(echo "($secs - $one_secs) * 1000000 / ($count - 1)" | bc -l)" "$(echo "($cpusecs - $one_cpusecs) * 1000000 / ($count - 1)" | bc -l)" \
    "$one_secs" "$one_cpusecs"
  rm -f "$out" "$log"
done
echo "after: $(uptime | sed 's/.*load/load/')"
