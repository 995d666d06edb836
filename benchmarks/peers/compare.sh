#!/usr/bin/env bash
# Side by side, in one run, on the same messages: OutlookGuard, Apache SpamAssassin (warm spamd) and rspamd
# (warm daemon, batch). Prints each engine's cost per message, the ratios, and per message which of their
# Reply-To / free-mail / spoof symbols fired next to OutlookGuard's findings. Everything stays on loopback.
#   benchmarks/peers/compare.sh [REPEAT]     REPEAT: copies of each sample for the batch timings (default 50)
# Installs spamassassin, spamd, spamc and rspamd (Debian packages) when missing; needs root for that.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeat=${1:-50}
peers=${PEERS_DIR:-$root/../shared/peers}
[ -d "$peers" ] || peers=/work/shared/peers
work=$(mktemp -d /tmp/outlookguard-peers.XXXXXX)
spamd_pid="$work/spamd.pid"

if ! command -v spamd >/dev/null || ! command -v spamc >/dev/null || ! command -v rspamc >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends spamassassin spamd spamc rspamd >/dev/null
fi

cleanup() {
  [ -s "$spamd_pid" ] && kill -TERM "$(cat "$spamd_pid")" 2>/dev/null || true
  RSPAMD_RUN="$work/rspamd" bash "$peers/rspamd.sh" stop 2>/dev/null || true
}
trap cleanup EXIT

# The messages: the product samples and the real, attributed test messages.
mkdir -p "$work/one" "$work/many"
for f in "$root"/samples/*.eml "$root"/samples/*.txt "$root"/tests/OutlookGuard.Core.Tests/TestData/parser/*.eml; do
  name=$(basename "$f"); cp "$f" "$work/one/${name%.*}.eml"
done
n=$(ls "$work/one" | wc -l)
for i in $(seq 1 "$repeat"); do for f in "$work"/one/*.eml; do cp "$f" "$work/many/$i-$(basename "$f")"; done; done
batch=$((n * repeat))

dotnet build -c Release "$root/src/OutlookGuard.Cli" -v q -nologo >/dev/null
cli="$root/src/OutlookGuard.Cli/bin/Release/net10.0/outlookguard.dll"
now() { date +%s.%N; }

# OutlookGuard: one process over the batch folder (start-up included), and the findings per sample.
t0=$(now); dotnet "$cli" analyze "$work/many" --policy "$root/samples/policy.json" --format json >/dev/null 2>&1 || true; t1=$(now)
og=$(echo "($t1 - $t0) / $batch" | bc -l)
dotnet "$cli" analyze "$work/one" --policy "$root/samples/policy.json" --format json --lang en >"$work/og.jsonl" 2>/dev/null || true

# SpamAssassin: warm spamd on loopback, spamc per message, local tests only.
spamd -L -x --cf='use_bayes 0' --cf='dns_available no' -u debian-spamd -H "$(mktemp -d)" \
  -i 127.0.0.1:7830 -A 127.0.0.1 -m 2 -r "$spamd_pid" -d
for _ in $(seq 1 120); do spamc -d 127.0.0.1 -p 7830 -K >/dev/null 2>&1 && break; sleep 0.5; done
for f in "$work"/one/*.eml; do spamc -d 127.0.0.1 -p 7830 -y <"$f" >"$f.sa" 2>/dev/null || true; done
t0=$(now); for f in "$work"/one/*.eml; do spamc -d 127.0.0.1 -p 7830 -y <"$f" >/dev/null 2>&1 || true; done; t1=$(now)
sa=$(echo "($t1 - $t0) / $n" | bc -l)

# rspamd: warm daemon on loopback (the shared offline configuration), rspamc in batch.
RSPAMD_RUN="$work/rspamd" bash "$peers/rspamd.sh" start
rspamc -h 127.0.0.1:11333 --hostname unknown -n 1 -j "$work"/one/*.eml >"$work/rspamd.json" 2>/dev/null || true
t0=$(now); rspamc -h 127.0.0.1:11333 --hostname unknown -n 2 "$work"/many/*.eml >/dev/null 2>&1 || true; t1=$(now)
rs=$(echo "($t1 - $t0) / $batch" | bc -l)

echo "machine: $(nproc) cores (shared), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "messages: $n samples; batch runs over $batch ($repeat copies each); SpamAssassin per message over the $n samples"
printf 'OutlookGuard CLI batch       %10.3f ms/message\n' "$(echo "$og * 1000" | bc -l)"
printf 'SpamAssassin spamc->spamd    %10.3f ms/message  (%.0fx OutlookGuard)\n' "$(echo "$sa * 1000" | bc -l)" "$(echo "$sa / $og" | bc -l)"
printf 'rspamd rspamc batch          %10.3f ms/message  (%.0fx OutlookGuard)\n' "$(echo "$rs * 1000" | bc -l)" "$(echo "$rs / $og" | bc -l)"
echo
python3 - "$work" <<'PY'
import json, os, re, sys
work = sys.argv[1]
theme = re.compile(r"REPLYTO|REPTO|FREEM|SPOOF|FORGED|FROM_NEQ|DOM_NEQ|HEADER_FROM_DIFF", re.I)
ours = {}
for line in open(os.path.join(work, "og.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    ours[os.path.basename(r["source"])] = (r.get("verdict", "error"), sorted({f["ruleId"] for f in r.get("findings", [])}))
rs = {}
text = open(os.path.join(work, "rspamd.json"), encoding="utf-8", errors="replace").read()
decoder, i = json.JSONDecoder(), 0
while True:
    i = text.find("{", i)
    if i < 0:
        break
    try:
        obj, end = decoder.raw_decode(text, i)
    except ValueError:
        i += 1
        continue
    i = end
    if isinstance(obj, dict):
        for key, value in ([(obj.get("filename"), obj)] if "symbols" in obj else obj.items()):
            if isinstance(value, dict) and "symbols" in value and key:
                rs[os.path.basename(key)] = sorted(s for s in value["symbols"] if theme.search(s))
print(f"{'message':38} {'OutlookGuard':70} {'SpamAssassin':40} rspamd")
for name in sorted(ours):
    sa_path = os.path.join(work, "one", name + ".sa")
    sa = sorted(s for s in open(sa_path).read().strip().split(",") if theme.search(s)) if os.path.exists(sa_path) else ["(no answer)"]
    verdict, rules = ours[name]
    print(f"{name[:38]:38} {(verdict + ': ' + ','.join(rules))[:70]:70} {','.join(sa)[:40] or '-':40} {','.join(rs.get(name, ['(no answer)'])) or '-'}")
PY
