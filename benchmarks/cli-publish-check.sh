#!/usr/bin/env bash
# Publishes the CLI as the README says (Native AOT, one executable), fails on any publish warning, then runs the
# published executable and `dotnet outlookguard.dll` (the framework-dependent build) on the same inputs and fails
# on any difference in standard output, standard error or exit code:
#   every analyze input (samples, the test messages) in text and JSON, English and Japanese; a folder; the mailbox
#   history; the GeoIP lookup on MaxMind's test database; rules, policy validate, reply-check, manifest.
#   benchmarks/cli-publish-check.sh [RID]      (default: linux-x64; the executable goes to out/)
# OUTLOOKGUARD_PUBLISHED: an executable already published, to compare without publishing again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rid=${1:-linux-x64}

dotnet build -c Release src/OutlookGuard.Cli -v q -nologo >/dev/null
dll=(dotnet "$root/src/OutlookGuard.Cli/bin/Release/net10.0/outlookguard.dll")

if [ -n "${OUTLOOKGUARD_PUBLISHED:-}" ]; then
  exe=$OUTLOOKGUARD_PUBLISHED
else
  log=$(mktemp)
  start=$(date +%s)
  dotnet publish src/OutlookGuard.Cli -c Release -r "$rid" -o out -nologo >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  warnings=$(grep -E ': warning [A-Z]+[0-9]+' "$log" | sort -u || true)
  if [ -n "$warnings" ]; then
    echo "publish warnings:" >&2
    echo "$warnings" >&2
    exit 1
  fi
  echo "published out/outlookguard in $(( $(date +%s) - start )) s, 0 warnings, $(stat -c %s out/outlookguard) bytes"
  rm -f "$log"
  exe=out/outlookguard
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
same=0
differ=0

# Runs one command line with both builds; any difference in stdout, stderr or exit code is printed and counted.
compare() {
  local a b
  a=$("${dll[@]}" "$@" >"$work/a.out" 2>"$work/a.err"; echo $?) || true
  b=$("$exe" "$@" >"$work/b.out" 2>"$work/b.err"; echo $?) || true
  if [ "$a" = "$b" ] && cmp -s "$work/a.out" "$work/b.out" && cmp -s "$work/a.err" "$work/b.err"; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "DIFFERENT (exit $a vs $b): $*"
    diff "$work/a.out" "$work/b.out" | head -5 || true
    diff "$work/a.err" "$work/b.err" | head -5 || true
  fi
}

mapfile -t messages < <(find samples tests/OutlookGuard.Core.Tests/TestData -type f \( -name '*.eml' -o -name '*.txt' \) \
  -not -path 'samples/colleague-mailbox/*' | sort)
for lang in en ja; do
  for format in text json; do
    for message in "${messages[@]}"; do
      compare analyze "$message" --policy samples/policy.json --format "$format" --lang "$lang"
    done
    compare analyze samples --policy samples/policy.json --format "$format" --lang "$lang"
    compare analyze samples/colleague-reply-to-gmail.eml --mailbox samples/colleague-mailbox --policy samples/policy.json --format "$format" --lang "$lang"
    compare reply-check samples/colleague-reply-to-gmail.eml --to 'Haruto <haruto.tanaka.ceo@gmail.com>' --policy samples/policy.json --format "$format" --lang "$lang"
  done
done

# GeoIP: a Postfix-style hop from an address in MaxMind's test database (81.2.69.142/31 is GB).
printf 'Received: from mail.example.net (mail.example.net [81.2.69.142])\n\tby mx.contoso.example (Postfix) with ESMTPS id 4AH9CbTq\n\tfor <yui.sato@contoso.example>; Tue, 17 Nov 2026 09:12:41 +0000 (UTC)\nFrom: a@example.net\nSubject: hello\n\n' >"$work/geoip.eml"
for format in text json; do
  compare analyze "$work/geoip.eml" --format "$format" --lang en --geoip tests/OutlookGuard.GeoIp.Tests/TestData/GeoLite2-Country-Test.mmdb
done
compare analyze "$work/geoip.eml" --geoip tests/OutlookGuard.GeoIp.Tests/TestData/GeoLite2-ASN-Test.mmdb
grep -q '"country":"GB"' <("$exe" analyze "$work/geoip.eml" --format json --geoip tests/OutlookGuard.GeoIp.Tests/TestData/GeoLite2-Country-Test.mmdb) \
  || { echo "the published executable found no country in the GeoIP test database" >&2; differ=$((differ + 1)); }

for format in text json markdown; do
  compare rules --format "$format"
done
compare policy validate samples/policy.json
compare manifest --host https://guard.contoso.example --client-id 00000000-0000-0000-0000-000000000001
compare manifest --host https://guard.contoso.example --client-id 00000000-0000-0000-0000-000000000001 --format json
compare analyze does-not-exist.eml
compare --help

echo "$same passed, $differ failed"
[ "$differ" -eq 0 ]
