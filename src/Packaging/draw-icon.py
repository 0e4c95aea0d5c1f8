#!/usr/bin/env python3
# Draws the package icon: the logistic curve on a rounded square, 128x128 RGBA, antialiased by 4x4 supersampling.
import math, struct, zlib
N, S = 128, 4
bg = (32, 64, 112); curve = (255, 196, 64); axis = (120, 150, 190)
def inside_rounded(x, y, r=20):
    cx = min(max(x, r), N - r); cy = min(max(y, r), N - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def sigma(t): return 1 / (1 + math.exp(-t))
# curve y(x): x in [8,120] maps t in [-6,6]; y in [104,24]
def curve_dist(x, y):
    best = 1e9
    for i in range(0, 561):
        px = 8 + i * 0.2; t = (px - 64) / 56 * 6; py = 104 - 80 * sigma(t)
        d = (px - x) ** 2 + (py - y) ** 2
        if d < best: best = d
    return math.sqrt(best)
rows = []
for j in range(N):
    row = bytearray([0])
    for i in range(N):
        acc = [0.0, 0.0, 0.0, 0.0]
        for sj in range(S):
            for si in range(S):
                x = i + (si + 0.5) / S; y = j + (sj + 0.5) / S
                if not inside_rounded(x, y): continue
                c = bg
                if abs(y - 64) < 0.8 or abs(x - 64) < 0.8: c = axis
                if abs(x - 64) < 3 and abs(y - 64) < 3 and (x - 64) ** 2 + (y - 64) ** 2 < 9: c = curve
                acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        # curve on top, antialiased by distance (computed once per pixel centre)
        a = acc[3] / (S * S)
        r, g, b = (acc[0] / max(acc[3] / 255, 1e-9), acc[1] / max(acc[3] / 255, 1e-9), acc[2] / max(acc[3] / 255, 1e-9)) if acc[3] else (0, 0, 0)
        if a > 0:
            d = curve_dist(i + 0.5, j + 0.5)
            w = min(max(5.0 - d, 0.0), 1.0)
            r, g, b = r + (curve[0] - r) * w, g + (curve[1] - g) * w, b + (curve[2] - b) * w
        row += bytes([int(round(r)), int(round(g)), int(round(b)), int(round(a))])
    rows.append(bytes(row))
def chunk(kind, data): return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
open(__import__("os").path.join(__import__("os").path.dirname(__file__), "icon.png"), "wb").write(png)
print(len(png))
