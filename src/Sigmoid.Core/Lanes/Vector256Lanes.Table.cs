using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    /// <summary>
    /// Four 32-bit permutes (VPERMPS, one per quarter of the table, the index's low 2 bits picking the pair of
    /// 32-bit halves) and a two-level blend on index bits 2 and 3: 12 simple instructions, steadier than
    /// VGATHERQPD, which is microcoded and slow on AMD.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Lookup16(ReadOnlySpan<double> table, Vector256Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        Vector256<long> i = Bits(index);
        if (Avx2.IsSupported)
        {
            // VPERMPS reads the low 3 bits of each 32-bit index: 2·(j mod 4) from the low half of 2i, copied to both
            // halves of the lane (VPSHUFD), the high one made odd.
            Vector256<int> halves = Avx2.Shuffle(Vector256.ShiftLeft(i, 1).AsInt32(), 0b10_10_00_00) | Vector256.Create(0, 1, 0, 1, 0, 1, 0, 1);
            Vector256<double> q0 = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref t).AsSingle(), halves).AsDouble();
            Vector256<double> q1 = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref t, 4).AsSingle(), halves).AsDouble();
            Vector256<double> q2 = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref t, 8).AsSingle(), halves).AsDouble();
            Vector256<double> q3 = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref t, 12).AsSingle(), halves).AsDouble();
            Vector256<double> bit2 = Vector256.ShiftLeft(i, 61).AsDouble(), bit3 = Vector256.ShiftLeft(i, 60).AsDouble();
            return new(Avx.BlendVariable(Avx.BlendVariable(q0, q1, bit2), Avx.BlendVariable(q2, q3, bit2), bit3));
        }
        return new(Vector256.Create(Vector128Lanes.Lookup16(table, new(index.V.GetLower())).V, Vector128Lanes.Lookup16(table, new(index.V.GetUpper())).V));
    }

    /// <summary>One VPERMPS: the four doubles are the eight 32-bit halves of one register, picked as in
    /// <see cref="Lookup16"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Lookup4(ReadOnlySpan<double> table, Vector256Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        if (Avx2.IsSupported)
        {
            Vector256<int> halves = Avx2.Shuffle(Vector256.ShiftLeft(Bits(index), 1).AsInt32(), 0b10_10_00_00) | Vector256.Create(0, 1, 0, 1, 0, 1, 0, 1);
            return new(Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref t).AsSingle(), halves).AsDouble());
        }
        return new(Vector256.Create(Vector128Lanes.Lookup4(table, new(index.V.GetLower())).V, Vector128Lanes.Lookup4(table, new(index.V.GetUpper())).V));
    }

    /// <summary>The correctly rounded 1/d, also where AVX-512 offers a 14-bit estimate: that estimate and its two
    /// Newton steps made σ's float loop (two interleaved pairs) overrun the JIT's inlining budget on AVX-512 machines
    /// limited to 256-bit vectors (.NET's default on Intel's Skylake-X to Cascade Lake), its lane operations left as
    /// calls, twice as slow; with the division those machines run the code every AVX2 machine runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ReciprocalForNarrow(Vector256Lanes d) => new(Vector256<double>.One / d.V);

    /// <summary>n/d correctly rounded, for the reason given at <see cref="ReciprocalForNarrow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes DivideForNarrow(Vector256Lanes n, Vector256Lanes d) => new(n.V / d.V);
}
