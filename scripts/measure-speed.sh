#!/usr/bin/env bash
# The speed tables of the README and docs/speed-measurements.md, measured in one go on a quiet machine:
#   1. σ, float and double, n = 4,096 / 262,144 / 16,777,216, on every instruction level this machine can show
#      (sigmoid bench --levels all, full harness: median of 15);
#   2. every function of the family on AVX2 against its TensorPrimitives composition (bench --levels avx2 --quick);
#   3. SiLU, its derivative and its backward pass on every level (--quick).
# About 15 minutes on a 2-core AMD EPYC. Run it with nothing else on the machine: the tables say when and under what
# load average they were taken. It rewrites the blocks between the "speed-levels" markers in README.md and
# docs/speed-measurements.md and keeps the raw JSON under artifacts/speed/.
#   bash scripts/measure-speed.sh              # pins the benchmark to the last core (taskset), if there is one
#   SPEED_CPU=0 bash scripts/measure-speed.sh  # another core
#   SPEED_REUSE=1 bash scripts/measure-speed.sh  # rewrite the tables from the last run's artifacts/speed/ only
# The tables go between the "speed-levels" markers when this machine has AVX-512 (it can show every level), and
# between the "speed-levels-avx2" markers when it has AVX2 but no AVX-512 (its native level is the one most x86
# machines have), so the README keeps one table of each kind of machine.
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/speed
mkdir -p "$out"
dotnet build src/Sigmoid.Cli -c Release -v q -nologo >/dev/null
cpu=${SPEED_CPU:-$(( $(nproc) - 1 ))}
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c "$cpu")
sigmoid() { "${pin[@]}" dotnet src/Sigmoid.Cli/bin/Release/net10.0/sigmoid.dll "$@"; }

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
if [ "${SPEED_REUSE:-0}" = 1 ]; then
  read -r started finished load_before load_after < <(tr '\n' ' ' < "$out/stamp.txt") || true
  started=${started//_/ }; finished=${finished//_/ }
else
echo "1/3 σ on every level (about 10 minutes)"
sigmoid bench --levels all --functions sigmoid --types float,double --sizes 4096,262144,16777216 --json > "$out/sigmoid-levels.txt"
echo "2/3 the family on AVX2 (about 1 minute)"
sigmoid bench --levels avx2 --quick --types float,double --json > "$out/family-avx2.txt"
echo "3/3 SiLU on every level (about 2 minutes)"
sigmoid bench --levels all --quick --functions silu,silu-derivative,silu-backward --types float,double --sizes 4096,262144 --json > "$out/silu-levels.txt"
finished=$(date -u '+%H:%M UTC')
load_after=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
printf '%s\n' "${started// /_}" "${finished// /_}" "$load_before" "$load_after" > "$out/stamp.txt"
fi

python3 - "$out" "$started" "$finished" "$load_before" "$load_after" <<'PY'
import json, re, sys
out, started, finished, load0, load1 = sys.argv[1:6]

def levels(path):
    """[(level name, parsed JSON)] from the output of `sigmoid bench --levels … --json`."""
    text = open(path, encoding="utf-8").read()
    parts = re.split(r"^## level (\S+): .*$", text, flags=re.M)
    return [(parts[i], json.loads(parts[i + 1])) for i in range(1, len(parts), 2)]

def rows(doc, **match):
    return [r for r in doc["rows"] if r["threads"] == 1 and all(r[k] == v for k, v in match.items())]

def ns(v): return f"{v:.3g}" if v < 10 else f"{v:.1f}"
def size(n): return f"{n:,}"

sig = levels(f"{out}/sigmoid-levels.txt")
machine = sig[0][1]["machine"]
has_avx512 = any(name == "avx512" for name, _ in sig)
marker = "speed-levels" if has_avx512 else "speed-levels-avx2"
kind = "AVX-512" if has_avx512 else "AVX2, no AVX-512"
stamp = (f"{machine['cpu']} ({kind}), {machine['runtime']}, {machine['os']}, pinned to one core; "
         f"{started} – {finished}, load average {load0} before and {load1} after")

# σ per level: ours, TP, naive loop, and the ratio to TP
lines = [f"σ, one thread, ns per element ({stamp}; `scripts/measure-speed.sh`):", "",
         "| level | type | n | Sigmoid.Logistic | TensorPrimitives | naive loop | speed vs TP |", "|---|---|--:|--:|--:|--:|--:|"]
for name, doc in sig:
    for t in ("float", "double"):
        for n in sorted({r["size"] for r in rows(doc, type=t)}):
            by = {r["contender"]: r for r in rows(doc, type=t, size=n)}
            lib, tp, naive = by.get("library"), by.get("tensorPrimitives"), by.get("naiveLoop")
            if not lib: continue
            ratio = lib.get("speedVsTensorPrimitives")
            lines.append(f"| {name} | {t} | {size(n)} | {ns(lib['nsPerElement'])} | {ns(tp['nsPerElement']) if tp else '—'} | "
                         f"{ns(naive['nsPerElement']) if naive else '—'} | {'**%.2f×**' % ratio if ratio else '—'} |")
readme_block = "\n".join(lines)

def ratio_table(docs, title):
    fams = []
    for name, doc in docs:
        for r in rows(doc, contender="library"):
            key = (name, r["function"], r["type"])
            if key not in [k for k, _ in fams]: fams.append((key, {}))
            dict(fams)[key][r["size"]] = r.get("speedVsTensorPrimitives")
    sizes = sorted({n for _, d in fams for n in d})
    t = [title, "", "| level | function | type | " + " | ".join(size(n) for n in sizes) + " |",
         "|---|---|---|" + "--:|" * len(sizes)]
    for (lv, f, ty), d in fams:
        t.append(f"| {lv} | {f} | {ty} | " + " | ".join(("%.2f×" % d[n]) if d.get(n) else "—" for n in sizes) + " |")
    return "\n".join(t)

docs_block = "\n\n".join([
    readme_block,
    ratio_table(levels(f"{out}/family-avx2.txt"), "Every function on AVX2 (`bench --levels avx2 --quick`), the library's speed against its TensorPrimitives peer or composition, one thread:"),
    ratio_table(levels(f"{out}/silu-levels.txt"), "SiLU on every level (`bench --levels all --quick`), against `x * Sigmoid(x)` and the compositions for its gradient, one thread:"),
])

def replace(path, block):
    text = open(path, encoding="utf-8").read()
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    if begin not in text: sys.exit(f"{path}: no {begin} marker")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(path, "w", encoding="utf-8").write(f"{head}{begin}\n{block}\n{end}{tail}")

replace("README.md", readme_block)
replace("docs/speed-measurements.md", docs_block)
print(readme_block)
PY
echo "README.md and docs/speed-measurements.md updated; raw output in $out/"
