#!/usr/bin/env bash
# Lists the kernel loops that the JIT's inlining budget left with calls, on every instruction level this machine can
# show. Past the budget, lane operations become calls and a kernel runs several times slower (51–158 ns instead of
# 6–8 ns for SiLU′ in double), with the same results — so no test sees it. Run after changing a kernel or a driver;
# it prints nothing but "no calls" when every loop is call-free.
#   bash scripts/check-inlining.sh            # every function, float and double, four levels (about 2 minutes)
#   bash scripts/check-inlining.sh silu float # one function and type
# Calls that are meant to stay are not counted: the rare paths kept out of line on purpose (the software FMA for an
# out-of-range lane, the double kernel's expansion around SiLU′'s zero (the float one is inlined), SiLU's e^-16 factor beyond 704, the float fix-up) and the
# drivers' own tail methods.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Sigmoid.Cli -c Release -v q -nologo >/dev/null
dll=src/Sigmoid.Cli/bin/Release/net10.0/sigmoid.dll
functions=${1:-sigmoid,sigmoid-derivative,logit,log-sigmoid,softplus,bce-with-logits,bce-gradient,backward-from-output,backward-from-input,silu,silu-derivative,silu-backward}
types=${2:-float,double}
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
found=0
for level in "avx512:" "avx2:DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0" "128:DOTNET_PreferredVectorBitWidth=128" "nofma:DOTNET_EnableAVX2=0"; do
  name=${level%%:*}; switches=${level#*:}
  for f in ${functions//,/ }; do
    for t in ${types//,/ }; do
      rm -f "$listing"
      env $switches DOTNET_TieredCompilation=0 DOTNET_ReadyToRun=0 DOTNET_JitStdOutFile="$listing" DOTNET_JitDisasm='*Main* *Tail*' \
        dotnet "$dll" bench --quick --functions "$f" --types "$t" --sizes 4096 >/dev/null 2>&1 || true
      [ -f "$listing" ] || continue
      calls=$(grep 'call ' "$listing" | grep -v 'CORINFO\|LaneDispatch\|ExactFma\|NearZero\[\|BeyondSubnormalScaling\|FixFloat\|LastFloat\|LastDouble\|TailFloat\|TailDouble\|MainFloat\|MainDouble\|LabCommandLine' || true)
      if [ -n "$calls" ]; then
        found=1
        echo "$name $f $t: $(printf '%s\n' "$calls" | wc -l) calls, e.g. $(printf '%s\n' "$calls" | head -1 | sed 's/^ *call *//' | cut -c1-120)"
      fi
    done
  done
done
[ "$found" = 0 ] && echo "no calls"
exit 0
