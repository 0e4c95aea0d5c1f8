#!/usr/bin/env bash
# Instructions per element of the library's hot loop and of its TensorPrimitives peer, every function, float and
# double, on every instruction level this machine can show — counted in the JIT's own disassembly
# (DOTNET_JitDisasm), so the counts are exact and repeatable, under load too, unlike timings.
#   bash scripts/count-instructions.sh                 # every function and level (about 2 minutes)
#   bash scripts/count-instructions.sh silu double     # one function and type
# How it counts: the library's kernel loop (the driver's Main… loop, or its one-vector Tail… loop where that is the
# main loop) and each TensorPrimitives pass's Vectorized128/256/512 loop, along the shortest path through the loop
# body (the branches to rare fix-ups and special values are not taken), with the instructions of every method the
# loop calls added along the callee's own shortest path to its return (TensorPrimitives calls VectorMath.ExpSingle,
# LogDouble, … out of line), divided by the elements the path stores. A composition is the sum of its passes (see
# src/Sigmoid.Cli/Bench/Peers.cs; Multiply runs twice in the backward passes). The naive loop is not counted: its
# work is in the C library's exp and log, outside the JIT.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jit-listing.sh
functions=${1:-$all_functions}
types=${2:-float,double}
levels=("avx2:DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0" "128:DOTNET_PreferredVectorBitWidth=128 DOTNET_EnableAVX512=0" "nofma:DOTNET_EnableAVX2=0")
grep -qw avx512f /proc/cpuinfo && levels=("avx512:" "${levels[@]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for level in "${levels[@]}"; do
  name=${level%%:*}; switches=${level#*:}
  for f in ${functions//,/ }; do
    for t in ${types//,/ }; do
      jit_listing "$work/$name~$t~$f.txt" '*Driver:* *Vectorized128* *Vectorized256* *Vectorized512* *VectorMath:*' "$switches" "$f" "$t"
    done
  done
done
python3 - "$work" <<'PY'
import heapq, os, re, sys

def parse(path):
    """Method name -> list of (label, [instructions]) blocks, data sections left out."""
    methods = {}
    for listing in re.split(r'; Assembly listing for method ', open(path).read())[1:]:
        name = listing.split('\n')[0].split(' (')[0]
        blocks, block = [], None
        for line in listing.split('\n'):
            s = line.strip()
            label = re.match(r'^(G_M\d+_IG\d+):', s)
            if label:
                block = (label.group(1), []); blocks.append(block); continue
            if s.startswith('RWD'):
                block = None; continue
            if block and re.match(r'^[a-z]', s) and not re.match(r'^(dd|dq|db|dw|align)\b', s):
                block[1].append(s.split(';')[0].strip())
        methods[name] = blocks
    return methods

def successors(blocks):
    index = {b[0]: i for i, b in enumerate(blocks)}
    result = []
    for i, (_, code) in enumerate(blocks):
        last, nxt = (code[-1] if code else ''), []
        if last.startswith('j'):
            target = last.split()[-1]
            if target in index: nxt.append(index[target])
            if not last.startswith('jmp') and i + 1 < len(blocks): nxt.append(i + 1)
        elif not (last.startswith('ret') or last.startswith('int3') or 'THROW' in last.upper()) and i + 1 < len(blocks):
            nxt.append(i + 1)
        result.append(nxt)
    return index, result

def shortest(weights, nxt, start, done, allowed=lambda j: True, carried=None):
    """Cheapest path from start to a block for which done(block) holds: its cost and the sum of carried along it."""
    carried = carried or {}
    dist, extra, queue = {start: weights[start]}, {start: carried.get(start, 0)}, [(weights[start], start)]
    while queue:
        d, i = heapq.heappop(queue)
        if d > dist[i]: continue
        if done(i): return d, extra[i]
        for j in nxt[i]:
            if allowed(j) and d + weights[j] < dist.get(j, float('inf')):
                dist[j], extra[j] = d + weights[j], extra[i] + carried.get(j, 0)
                heapq.heappush(queue, (dist[j], j))
    return None, 0

class Counter:
    def __init__(self, methods): self.methods, self.memo = methods, {}
    def cost(self, instruction, depth):
        call = re.match(r'call\s+\[(.*)\]$', instruction)
        if call and depth < 4:
            for name in self.methods:
                if call.group(1).startswith(name): return 1 + self.callee(name, depth + 1)
        return 1
    def callee(self, name, depth):
        if name not in self.memo:
            blocks = self.methods[name]; _, nxt = successors(blocks)
            weights = [sum(self.cost(x, depth) for x in code) for _, code in blocks]
            d, _ = shortest(weights, nxt, 0, lambda i: bool(blocks[i][1]) and blocks[i][1][-1].startswith('ret'))
            self.memo[name] = d or 0
        return self.memo[name]
    def loop(self, name, element_size):
        """(instructions, elements stored) along the cheapest turn of the method's outermost loop, or None."""
        blocks = self.methods[name]; index, nxt = successors(blocks)
        span = None
        for i, (_, code) in enumerate(blocks):
            for x in code:
                if x.startswith('j') and x.split()[-1] in index:
                    h = index[x.split()[-1]]
                    if h <= i and (span is None or i - h > span[1] - span[0]): span = (h, i)
        if span is None: return None
        h, e = span
        weights = {k: sum(self.cost(x, 0) for x in blocks[k][1]) for k in range(h, e + 1)}
        stores = {k: sum(stored(x, element_size) for x in blocks[k][1]) for k in range(h, e + 1)}
        d, elements = shortest(weights, nxt, h, lambda i: i == e, lambda j: h < j <= e, stores)
        return None if d is None else (d, elements)

def stored(instruction, element_size):
    m = re.match(r'v?mov(?:ups|upd|dqu\d*|aps|apd|q|sd|ss|lps|lpd|d)\s+(ymmword|xmmword|zmmword|qword|dword)\s+ptr\s+\[([^\]]*)\],', instruction)
    if not m or m.group(2).startswith(('rsp', 'rbp')): return 0   # spills and arguments on the stack
    return {'zmmword': 64, 'ymmword': 32, 'xmmword': 16, 'qword': 8, 'dword': 4}[m.group(1)] // element_size

twice = {'backward-from-output': 'Multiply', 'backward-from-input': 'Multiply', 'silu-backward': 'Multiply'}
print('| level | function | type | library | library loop | TensorPrimitives | its passes |')
print('|---|---|---|--:|---|--:|---|')
files = sorted(os.listdir(sys.argv[1]), key=lambda f: (['avx512', 'avx2', '128', 'nofma'].index(f.split('~')[0]), f))
for file in files:
    level, type_, function = file[:-4].split('~')
    size = 4 if type_ == 'float' else 8
    methods = parse(os.path.join(sys.argv[1], file)); counter = Counter(methods)
    ours, passes = None, []
    width = {'avx512': 'Vectorized512', 'avx2': 'Vectorized256'}.get(level, 'Vectorized128')
    for name in methods:
        if name.startswith('Sigmoid.Drivers.'):
            short = name.split('[')[0].split(':')[1]
            rank = 0 if short.startswith('Main') else 1 if short.startswith('Tail') else None
            counted = counter.loop(name, size) if rank is not None else None
            if counted and counted[1]:
                per = counted[0] / counted[1]
                if ours is None or rank < ours[0] or (rank == ours[0] and per > ours[1]): ours = (rank, per, short, *counted)
        elif 'TensorPrimitives' in name and width in name:
            counted = counter.loop(name, size)
            if counted and counted[1]:
                op = '+'.join(o.replace('Operator', '') for o in re.findall(r'TensorPrimitives\+(\w+)`1', name) if o != 'IdentityOperator')
                passes.append((op, counted[0] / counted[1] * (2 if twice.get(function) == op else 1), 2 if twice.get(function) == op else 1))
    tp = sum(p[1] for p in passes)
    library = f'{ours[1]:.1f}' if ours else '—'
    loop = f'{ours[2]}: {ours[3]} per {ours[4]}' if ours else ''
    detail = ', '.join(f'{op}{" ×2" if n == 2 else ""} {v:.1f}' for op, v, n in passes)
    print(f'| {level} | {function} | {type_} | {library} | {loop} | {tp:.1f} | {detail} |')
PY
