#!/usr/bin/env bash
# Packs the Sigmoid package into a temporary feed, then builds and runs an app that uses it (tests/Consumer) for
# .NET 8, 9 and 10, as a user outside this repository would. Needs only the .NET 10 SDK: the .NET 8 and 9 apps are
# built self-contained, their runtimes and launchers coming from NuGet. Prints one line per framework, "consumer net8.0: passed"
# or "consumer net8.0: failed", and exits 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A version of its own for each run, so that no package of an earlier run in the NuGet cache stands in for this one.
version="0.1.0-consumer.$(date -u +%Y%m%d%H%M%S).$$"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! dotnet pack src/Sigmoid.Core -c Release -o "$work/feed" -p:Version="$version" -p:IncludeSymbols=false \
     --artifacts-path "$work/pack" >"$work/pack.log" 2>&1; then
  cat "$work/pack.log" >&2
  for tfm in net8.0 net9.0 net10.0; do echo "consumer $tfm: failed (the package did not pack)"; done
  exit 1
fi

failed=0
for tfm in net8.0 net9.0 net10.0; do
  log="$work/$tfm.log"
  if dotnet build tests/Consumer -c Release -f "$tfm" --use-current-runtime --self-contained \
       -p:SigmoidVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed" \
       --artifacts-path "$work/$tfm" -o "$work/$tfm/out" >"$log" 2>&1 \
     && "$work/$tfm/out/Consumer" >>"$log" 2>&1; then
    echo "consumer $tfm: passed ($(tail -1 "$log"))"
  else
    cat "$log" >&2
    echo "consumer $tfm: failed"
    failed=1
  fi
done
exit $failed
