#!/usr/bin/env bash
# Side by side, in one run, on the same messages: OutlookGuard's CLI, rspamd (warm daemon, rspamc batch) and
# Apache SpamAssassin (warm spamd, spamc per message). Prints each engine's cost per message, in wall time and in
# CPU time, the ratios to OutlookGuard, the load average before and after, and per message which Reply-To /
# free-mail / spoof symbols the peers fired next to OutlookGuard's findings. Everything stays on loopback.
#
#   benchmarks/peers/compare.sh [REPEAT]
#
# REPEAT (default 200): copies of the corpus in OutlookGuard's batch. Environment:
#   RSPAMD_REPEAT  copies in rspamd's batch (default 60)      SA_REPEAT  copies for SpamAssassin (default 2)
#   RUNS           rounds; each round times every engine in turn, the median round is reported (default 3)
#   CORPUS         real (default: delivered mail only) or all (also fixtures, RFC examples, constructed messages);
#                  benchmarks/peers/corpus.tsv lists them
#   POLICY         OutlookGuard's policy (default: the golden corpus's, written for these messages)
#   OUTLOOKGUARD_CLI  the command to time, e.g. a published executable (README, "Publish as a single
#                  executable"); default: the Release build run with `dotnet`
#   PEERS_DIR      the peer configuration: rspamd-local/ (offline rspamd settings); default ../shared/peers
#                  beside the repository
#   KEEP           set: keep the work folder (batches, daemon logs, outputs) and print its path
#
# OutlookGuard: the marginal cost per message, (batch - one message) / (batch size - 1): the process start-up
# and the one message's work are subtracted; what remains still holds the JIT's work during the batch. "Steady":
# the same folder given three times to one process, (three batches - one batch) / (2 x batch size), once the
# code is compiled for good. rspamd: the same formula around rspamc, against a warm daemon with
# two normal workers and rspamc -n 2 (two messages in flight, as OutlookGuard's CLI keeps both cores busy).
# SpamAssassin: a warm spamd with two children, spamc per message, two at a time (xargs -P 2); wall time
# divided by the messages (spamc's own start-up, about a millisecond, is included).
# Every engine writes its usual report to a file: OutlookGuard its text report (--lang en), rspamc its text
# summary, spamc the score. CPU per message: user + system time of the CLI; of rspamc or the spamc processes plus the daemon's
# process tree (from /proc) over the same interval.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeat=${1:-200}
rs_repeat=${RSPAMD_REPEAT:-60}
sa_repeat=${SA_REPEAT:-2}
runs=${RUNS:-3}
corpus=${CORPUS:-real}
policy=${POLICY:-$root/tests/OutlookGuard.Core.Tests/TestData/golden/policy.json}
peers=${PEERS_DIR:-$root/../shared/peers}

fail() { echo "compare.sh: $*" >&2; exit 1; }
for v in "$repeat" "$rs_repeat" "$sa_repeat" "$runs"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || fail "REPEAT, RSPAMD_REPEAT, SA_REPEAT and RUNS are positive integers (got '$v')"
done
[[ "$corpus" == real || "$corpus" == all ]] || fail "CORPUS is real or all (got '$corpus')"
[ -f "$policy" ] || fail "no policy file $policy"
[ -d "$peers/rspamd-local/local.d" ] || fail "needs the offline rspamd configuration (a folder with rspamd-local/local.d
  and rspamd-local/maps, kept outside the repository in shared/peers); not found at $peers: set PEERS_DIR"

missing=()
for c in spamd spamc rspamd rspamc bc python3; do command -v "$c" >/dev/null || missing+=("$c"); done
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages for: ${missing[*]}" >&2
  [ "$(id -u)" -eq 0 ] || fail "needs spamassassin spamd spamc rspamd time bc (Debian packages); run as root to install them"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends spamassassin spamd spamc rspamd time bc >/dev/null
fi
id debian-spamd >/dev/null 2>&1 || fail "spamd runs as the user debian-spamd, which the spamd package creates; not found"
id _rspamd >/dev/null 2>&1 || fail "rspamd runs as the user _rspamd, which the rspamd package creates; not found"

work=$(mktemp -d /tmp/outlookguard-peers.XXXXXX)
chmod 755 "$work"   # the daemons' users (debian-spamd, _rspamd) reach their folders inside it
spamd_pid_file="$work/spamd.pid"
rs_run="$work/rspamd"
cleanup() {
  local pid
  for pid in "$(cat "$spamd_pid_file" 2>/dev/null || true)" "$(cat "$rs_run/run/rspamd.pid" 2>/dev/null || true)"; do
    [ -n "$pid" ] || continue
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load)

# The corpus, and the batches: copies of it.
mkdir -p "$work/one" "$work/og" "$work/rs" "$work/sa" "$work/out"
grep -v '^#' "$root/benchmarks/peers/corpus.tsv" | awk -F'\t' -v c="$corpus" 'NF >= 3 && (c == "all" || $2 == "real")' \
  >"$work/corpus.tsv"
while IFS=$'\t' read -r path _; do
  [ -f "$root/$path" ] || fail "corpus.tsv names $path, which does not exist"
  cp "$root/$path" "$work/one/"
done <"$work/corpus.tsv"
n=$(find "$work/one" -type f | wc -l)
[ "$n" -eq "$(wc -l <"$work/corpus.tsv")" ] || fail "two corpus files share a name"
copies() { local i; for i in $(seq 1 "$2"); do for f in "$work"/one/*; do cp "$f" "$1/$i-$(basename "$f")"; done; done; }
copies "$work/og" "$repeat"
copies "$work/rs" "$rs_repeat"
copies "$work/sa" "$sa_repeat"
og_batch=$((n * repeat)); rs_batch=$((n * rs_repeat)); sa_batch=$((n * sa_repeat))
first=$(find "$work/one" -type f | sort | head -1)

if [ -n "${OUTLOOKGUARD_CLI:-}" ]; then
  read -r -a cli <<<"$OUTLOOKGUARD_CLI"
else
  dotnet build -c Release "$root/src/OutlookGuard.Cli" -v q -nologo >/dev/null
  cli=(dotnet "$root/src/OutlookGuard.Cli/bin/Release/net10.0/outlookguard.dll")
fi
"${cli[@]}" --help >/dev/null 2>&1 || fail "cannot run: ${cli[*]}"
og() { timeout 600 "${cli[@]}" analyze "$@" --policy "$policy" --lang en; }

# rspamd: the shared offline configuration, plus two normal workers and free loopback ports.
rs_port=$(free_port); rs_ctl=$(free_port); rs_proxy=$(free_port)
mkdir -p "$rs_run"/{conf,db,run,log,tmp}
cp -r "$peers/rspamd-local/." "$rs_run/conf/"
chmod -R u+w "$rs_run/conf"
grep -rl '@CONF@\|@RUN@' "$rs_run/conf" | xargs -r sed -i "s#@CONF@#$rs_run/conf#g; s#@RUN@#$rs_run#g"
printf 'count = 2;\nbind_socket = "127.0.0.1:%s";\n' "$rs_port" >"$rs_run/conf/override.d/worker-normal.inc"
printf 'bind_socket = "127.0.0.1:%s";\n' "$rs_ctl" >"$rs_run/conf/override.d/worker-controller.inc"
printf 'bind_socket = "127.0.0.1:%s";\n' "$rs_proxy" >"$rs_run/conf/override.d/worker-proxy.inc"
chown -R _rspamd:_rspamd "$rs_run"
rspamd -c /etc/rspamd/rspamd.conf -u _rspamd -g _rspamd --var=LOCAL_CONFDIR="$rs_run/conf" \
  --var=DBDIR="$rs_run/db" --var=RUNDIR="$rs_run/run" --var=LOGDIR="$rs_run/log" >"$work/rspamd.start" 2>&1 \
  || { cat "$work/rspamd.start" >&2; fail "rspamd did not start"; }
rc() { timeout 900 rspamc -h "127.0.0.1:$rs_port" --hostname unknown -t 60 "$@"; }

# SpamAssassin: local tests only (no DNS, no Bayes), two children, loopback.
sa_port=$(free_port)
mkdir -p "$work/spamd-home" && chown debian-spamd "$work/spamd-home"
spamd -L -x --cf='use_bayes 0' --cf='dns_available no' -u debian-spamd -H "$work/spamd-home" \
  -i "127.0.0.1:$sa_port" -A 127.0.0.1 -m 2 -r "$spamd_pid_file" -s "$work/spamd.log" -d \
  || { tail -20 "$work/spamd.log" >&2 2>/dev/null; fail "spamd did not start (log above)"; }
sc() { spamc -d 127.0.0.1 -p "$sa_port" -t 60 "$@"; }

# Bounded waits for both daemons: rules compile at start (SpamAssassin's take the longest).
for _ in $(seq 1 120); do [ -s "$rs_run/run/rspamd.pid" ] && rspamc -h "127.0.0.1:$rs_ctl" stat >/dev/null 2>&1 && break; sleep 0.5; done
rspamc -h "127.0.0.1:$rs_ctl" stat >/dev/null 2>&1 || { tail -20 "$rs_run"/log/* >&2 2>/dev/null; fail "rspamd did not answer on 127.0.0.1:$rs_ctl within 60 s (log above)"; }
for _ in $(seq 1 240); do sc -K >/dev/null 2>&1 && break; sleep 0.5; done
sc -K >/dev/null 2>&1 || { tail -20 "$work/spamd.log" >&2 2>/dev/null; fail "spamd did not answer on 127.0.0.1:$sa_port within 120 s (log above)"; }
# rspamd compiles its regexps for hyperscan in a helper after start; warm means both workers loaded them.
for _ in $(seq 1 240); do
  [ "$(grep -c '(normal).*hyperscan database .* has been loaded' "$rs_run/log/rspamd.log" 2>/dev/null || true)" -ge 2 ] && break; sleep 0.5
done
grep -q '(normal).*hyperscan database .* has been loaded' "$rs_run/log/rspamd.log" 2>/dev/null \
  || echo "compare.sh: rspamd's workers did not load the hyperscan database within 120 s; timing it as it is" >&2
spamd_pid=$(cat "$spamd_pid_file"); rspamd_pid=$(cat "$rs_run/run/rspamd.pid")

# Warm-up and the symbols for the table: every corpus message through each engine once.
og "$work/one" --format json >"$work/og.jsonl" 2>"$work/og.err" || true
rc -n 2 -j "$work"/one/* >"$work/rspamd.json" 2>/dev/null || fail "rspamc failed against the warm daemon"
for f in "$work"/one/*; do sc -y <"$f" >"$work/out/$(basename "$f").sa" 2>/dev/null || echo "(no answer)" >"$work/out/$(basename "$f").sa"; done

# CPU clock ticks of a process and its descendants (live ones, plus the reaped ones counted in cutime/cstime).
tree_ticks() {
  python3 - "$1" <<'PY'
import os, sys
procs = {}
for p in os.listdir("/proc"):
    if p.isdigit():
        try:
            f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        procs[int(p)] = (int(f[1]), sum(int(x) for x in f[11:15]))
todo, total, seen = [int(sys.argv[1])], 0, set()
while todo:
    pid = todo.pop()
    if pid in seen or pid not in procs:
        continue
    seen.add(pid); total += procs[pid][1]
    todo += [c for c, (ppid, _) in procs.items() if ppid == pid]
print(total)
PY
}
hz=$(getconf CLK_TCK)
# timed NAME DAEMON_PID COMMAND...: appends "NAME wall_s cpu_s" (the command's user + system, plus the daemon tree's).
timed() {
  local name=$1 daemon=$2; shift 2
  local before=0 after=0
  [ "$daemon" = - ] || before=$(tree_ticks "$daemon")
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/last.out" 2>"$work/last.err" || true
  [ "$daemon" = - ] || after=$(tree_ticks "$daemon")
  read -r wall user sys < <(tail -1 "$work/time")   # a non-zero exit adds a line before it
  echo "$name $wall $(echo "$user + $sys + ($after - $before) / $hz" | bc -l)" >>"$work/times"
}
check() { # check NAME EXPECTED ACTUAL: every message of a batch must have been analyzed
  [ "$2" -eq "$3" ] || { tail -5 "$work/last.err" >&2; fail "$1: $3 of $2 messages answered"; }
}

for round in $(seq 1 "$runs"); do
  timed og_one - "${cli[@]}" analyze "$first" --policy "$policy" --lang en
  timed og_batch - "${cli[@]}" analyze "$work/og" --policy "$policy" --lang en
  check "OutlookGuard, round $round" "$og_batch" "$(grep -oP '^\d+(?= messages: .*; 0 unreadable$)' "$work/last.out" || echo 0)"
  timed og_batch3 - "${cli[@]}" analyze "$work/og" "$work/og" "$work/og" --policy "$policy" --lang en
  check "OutlookGuard, round $round" "$((3 * og_batch))" "$(grep -oP '^\d+(?= messages: .*; 0 unreadable$)' "$work/last.out" || echo 0)"
  timed rs_one "$rspamd_pid" rspamc -h "127.0.0.1:$rs_port" --hostname unknown -t 60 -n 2 "$first"
  timed rs_batch "$rspamd_pid" rspamc -h "127.0.0.1:$rs_port" --hostname unknown -t 60 -n 2 "$work"/rs/*
  check "rspamd, round $round" "$rs_batch" "$(grep -c '^Results for file' "$work/last.out" || true)"
  timed sa_batch "$spamd_pid" bash -c 'ls "$1"/* | xargs -P 2 -I{} sh -c "spamc -d 127.0.0.1 -p $2 -t 60 -x -c <\"\$1\"" _ {}' _ "$work/sa" "$sa_port"
  check "SpamAssassin, round $round" "$sa_batch" "$(grep -c '/' "$work/last.out" || true)"
done
load_after=$(load)

echo "machine: $(nproc) cores (shared), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average (1, 5, 15 min): before $load_before; after $load_after"
echo "engines: OutlookGuard ${cli[*]}; $(rspamd --version 2>/dev/null | head -1 | xargs); SpamAssassin $(spamassassin --version 2>/dev/null | awk '/version/{print $3; exit}')"
echo "corpus ($corpus): $n messages ($(cut -f2,3 "$work/corpus.tsv" | sort | uniq -c | awk '{printf "%s%s %s %s", s, $1, $2, $3; s=", "}'))"
echo "batches: OutlookGuard $og_batch ($repeat copies), rspamd $rs_batch ($rs_repeat copies, 2 workers, rspamc -n 2), SpamAssassin $sa_batch ($sa_repeat copies, spamd -m 2, spamc two at a time); $runs rounds"
echo
python3 - "$work/times" "$og_batch" "$rs_batch" "$sa_batch" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, cpu = line.split()
    rows.setdefault(name, []).append((float(wall), float(cpu)))
og_n, rs_n, sa_n = (int(x) for x in sys.argv[2:5])
def marginal(one, batch, count, i):
    return [(b[i] - o[i]) / (count - 1) for o, b in zip(rows[one], rows[batch])]
series = {
    "OutlookGuard CLI, marginal (batch - one) / messages": (marginal("og_one", "og_batch", og_n, 0), marginal("og_one", "og_batch", og_n, 1)),
    "OutlookGuard CLI, steady (3 batches - 1) / messages": (marginal("og_batch", "og_batch3", 2 * og_n + 1, 0), marginal("og_batch", "og_batch3", 2 * og_n + 1, 1)),
    "rspamd, rspamc batch -> warm daemon, marginal": (marginal("rs_one", "rs_batch", rs_n, 0), marginal("rs_one", "rs_batch", rs_n, 1)),
    "SpamAssassin, spamc -> warm spamd": ([w / sa_n for w, _ in rows["sa_batch"]], [c / sa_n for _, c in rows["sa_batch"]]),
}
print(f"{'engine (median of rounds; min-max)':54} {'wall ms/message':>24} {'CPU ms/message':>24}   ratio to OutlookGuard's marginal: wall, CPU")
ours = None
for label, (wall, cpu) in series.items():
    w, c = statistics.median(wall), statistics.median(cpu)
    ours = ours or (w, c)
    span = lambda xs: f"{statistics.median(xs) * 1e3:8.3f} ({min(xs) * 1e3:.3f}-{max(xs) * 1e3:.3f})"
    ratio = f"{w / ours[0]:9.1f}x {c / ours[1]:9.1f}x" if label.startswith(("rspamd", "SpamAssassin")) else ""
    print(f"{label:54} {span(wall):>24} {span(cpu):>24} {ratio}")
start = statistics.median(o[0] for o in rows["og_one"])
print(f"\nOutlookGuard one message (start-up included): {start * 1e3:.0f} ms wall; rspamc one message: "
      f"{statistics.median(o[0] for o in rows['rs_one']) * 1e3:.1f} ms wall")
for one, batch, knob, who in (("og_one", "og_batch", "REPEAT", "OutlookGuard"), ("rs_one", "rs_batch", "RSPAMD_REPEAT", "rspamd")):
    b, o = statistics.median(x[0] for x in rows[batch]), statistics.median(x[0] for x in rows[one])
    if b < max(2.0, 3 * o):
        print(f"warning: the {who} batch took {b:.2f} s against {o:.2f} s for one message: too short to subtract the "
              f"start-up reliably; raise {knob}")
rs = [statistics.median(marginal("rs_one", "rs_batch", rs_n, i)) for i in (0, 1)]
for label, one, batch, count in (("marginal", "og_one", "og_batch", og_n), ("steady", "og_batch", "og_batch3", 2 * og_n + 1)):
    w, c = (rs[i] / statistics.median(marginal(one, batch, count, i)) for i in (0, 1))
    print(f"goal, OutlookGuard ({label}) at least 50x cheaper per message than rspamd: {w:.1f}x wall, {c:.1f}x CPU -> "
          f"{'met' if min(w, c) >= 50 else 'missed'}")
PY
echo
python3 - "$work" <<'PY'
import json, os, re, sys
work = sys.argv[1]
theme = re.compile(r"REPLYTO|REPTO|FREEM|SPOOF|FORGED|FROM_NEQ|DOM_NEQ|HEADER_FROM_DIFF", re.I)
recipients = re.compile(r"(_TO|_CC|ENVRCPT)$|^HAS_REPLYTO$")   # about the recipients, or only that a Reply-To exists
shown = lambda s: theme.search(s) and not recipients.search(s)
ours = {}
for line in open(os.path.join(work, "og.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    ours[os.path.basename(r["source"])] = (r.get("verdict", "error"), sorted({f["ruleId"] for f in r.get("findings", []) if f.get("severity") != "info"}))
kinds = {os.path.basename(l.split("\t")[0]): l.split("\t")[2] for l in open(os.path.join(work, "corpus.tsv"), encoding="utf-8")}
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
                rs[os.path.basename(key)] = sorted(s for s in value["symbols"] if shown(s))
print("Reply-To / free-mail / spoof symbols per message; OutlookGuard: verdict and the rules above info")
print(f"{'message':44} {'kind':5} {'OutlookGuard':58} {'SpamAssassin':38} rspamd")
for name in sorted(kinds):
    sa_path = os.path.join(work, "out", name + ".sa")
    sa = sorted(s for s in open(sa_path).read().strip().split(",") if shown(s)) if os.path.exists(sa_path) else ["(no answer)"]
    verdict, rules = ours.get(name, ("(no answer)", []))
    short = name.removeprefix("eml_analyzer__").removeprefix("plain_emails__")
    print(f"{short[:44]:44} {kinds[name]:5} {(verdict + ': ' + ','.join(rules)).rstrip(': ')[:58]:58} {','.join(sa)[:38] or '-':38} {','.join(rs.get(name, ['(no answer)'])) or '-'}")
PY
