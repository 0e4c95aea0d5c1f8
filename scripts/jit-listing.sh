# Sourced by check-inlining.sh and count-instructions.sh, which read the JIT's code for the kernels: builds the CLI,
# names every family function once, and writes the JIT's listing of one bench run.
dotnet build src/Sigmoid.Cli -c Release -v q -nologo >/dev/null
dll=src/Sigmoid.Cli/bin/Release/net10.0/sigmoid.dll
all_functions=sigmoid,sigmoid-derivative,logit,log-sigmoid,softplus,bce-with-logits,bce-gradient,backward-from-output,backward-from-input,silu,silu-derivative,silu-backward

# jit_listing FILE PATTERNS SWITCHES FUNCTION TYPE: into FILE, the JIT's listing of the methods matching PATTERNS
# (DOTNET_JitDisasm syntax) while the bench runs FUNCTION over TYPE at 4,096 elements in this process with the
# environment SWITCHES, tiered compilation and ReadyToRun off (so every method is compiled once, fully optimised).
jit_listing() {
  local file=$1 patterns=$2 switches=$3 function=$4 type=$5
  env $switches DOTNET_TieredCompilation=0 DOTNET_ReadyToRun=0 DOTNET_JitStdOutFile="$file" DOTNET_JitDisasm="$patterns" \
    dotnet "$dll" bench --in-process --quick --functions "$function" --types "$type" --sizes 4096 >/dev/null 2>&1 || true
}
