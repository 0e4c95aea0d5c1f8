#!/usr/bin/env bash
# Runs the whole test suite, then the package consumers (scripts/consumers.sh), and ends with one line
# "N passed, N failed".
# On a fresh Debian machine (as root) it first installs what the tests need: Chromium for the browser tests and
# the DejaVu fonts the plots render with.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "warning: missing ${need[*]} (install them as root); the tests that need them will fail" >&2
  fi
fi

results="TestResults/run-$$"
rm -rf "$results"
dotnet test Sigmoid.slnx -c Release --logger trx --results-directory "$results" 2>&1
status=$?

# Count from the TRX files (one per test assembly): <Counters total=".." passed=".." failed=".." ...>
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -oE '<Counters [^>]*' "$trx" | grep -oE ' passed="[0-9]+"' | grep -oE '[0-9]+')
  f=$(grep -oE '<Counters [^>]*' "$trx" | grep -oE ' failed="[0-9]+"' | grep -oE '[0-9]+')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before any test could report
  echo "dotnet test exited with $status before reporting a failure (build error or crashed test host?)" >&2
fi

# The Sigmoid package as an app outside the repository uses it, on .NET 8, 9 and 10: one result per framework.
consumers=$(bash scripts/consumers.sh 2>&1)
consumers_status=$?
echo "$consumers"
cp=$(grep -c '^consumer [^ ]*: passed' <<<"$consumers")
cf=$(grep -c '^consumer [^ ]*: failed' <<<"$consumers")
if [ "$consumers_status" -ne 0 ] && [ "$cf" -eq 0 ]; then cf=1; fi
passed=$((passed + cp)); failed=$((failed + cf))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
