#!/usr/bin/env bash
# Lists the kernel loops that the JIT's inlining budget left with calls, on every instruction level this machine can
# show. Past the budget, lane operations become calls and a kernel runs several times slower (51–158 ns instead of
# 6–8 ns for SiLU′ in double), with the same results, so only the listing shows it. Run after changing a kernel or a driver;
# it prints nothing but "no calls" when every loop is call-free.
#   bash scripts/check-inlining.sh            # every function, float and double, every level (2–4 minutes)
#   bash scripts/check-inlining.sh silu float # one function and type
# Calls that are meant to stay are not counted: the rare paths kept out of line on purpose (the software FMA for an
# out-of-range lane, the double kernel's expansion around SiLU′'s zero (the float one is inlined), the float fix-up)
# and the drivers' own tail methods (their names, one a line, in scripts/allowed-calls.txt, which the suite's test
# reads too). On an AVX-512 machine it reads the 512-bit loops with each of the two quotients the float kernels take
# there (a division on AMD, the reciprocal estimate elsewhere; SIGMOID_AVX512_QUOTIENT forces one), and two shapes
# only such machines have: AVX-512 instructions on 256-bit vectors (.NET's default on Intel's Skylake-X to Cascade
# Lake) and on 128-bit vectors.
# The suite's HotLoopInliningTests checks the same in one process a level.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jit-listing.sh
functions=${1:-$all_functions}
types=${2:-float,double}
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
found=0
levels=("avx2:DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0" "128:DOTNET_PreferredVectorBitWidth=128 DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0" "nofma:DOTNET_EnableAVX2=0")
if grep -qw avx512vl /proc/cpuinfo 2>/dev/null; then
  levels=("avx512-divide:SIGMOID_AVX512_QUOTIENT=divide" "avx512-estimate:SIGMOID_AVX512_QUOTIENT=estimate" "avx512-at-256:DOTNET_PreferredVectorBitWidth=256" "avx512-at-128:DOTNET_PreferredVectorBitWidth=128" "${levels[@]}")
fi
for level in "${levels[@]}"; do
  name=${level%%:*}; switches=${level#*:}
  for f in ${functions//,/ }; do
    for t in ${types//,/ }; do
      rm -f "$listing"
      jit_listing "$listing" '*Main* *Tail*' "$switches" "$f" "$t"
      [ -f "$listing" ] || continue
      calls=$(grep 'call ' "$listing" | grep -v -F -f scripts/allowed-calls.txt || true)
      if [ -n "$calls" ]; then
        found=1
        echo "$name $f $t: $(printf '%s\n' "$calls" | wc -l) calls, e.g. $(printf '%s\n' "$calls" | head -1 | sed 's/^ *call *//' | cut -c1-120)"
      fi
    done
  done
done
[ "$found" = 0 ] && echo "no calls"
exit 0
