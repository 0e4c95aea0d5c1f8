using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Lookup16(ReadOnlySpan<double> table, Vector512Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        if (Avx512F.IsSupported)   // one two-source permute: the index's low 4 bits pick among 16 doubles
            return new(Avx512F.PermuteVar8x64x2(Vector512.LoadUnsafe(ref t), Bits(index), Vector512.LoadUnsafe(ref t, 8)));
        return new(Vector512.Create(Vector256Lanes.Lookup16(table, new(index.V.GetLower())).V, Vector256Lanes.Lookup16(table, new(index.V.GetUpper())).V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Lookup4(ReadOnlySpan<double> table, Vector512Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        if (Avx512F.IsSupported)   // the index's low 2 bits pick among the four doubles (the source holds them twice)
        {
            Vector256<double> four = Vector256.LoadUnsafe(ref t);
            return new(Avx512F.PermuteVar8x64x2(four.ToVector512Unsafe(), Bits(index) & Vector512.Create(3L), four.ToVector512Unsafe()));
        }
        return new(Vector512.Create(Vector256Lanes.Lookup4(table, new(index.V.GetLower())).V, Vector256Lanes.Lookup4(table, new(index.V.GetUpper())).V));
    }

    /// <summary>1/d: divided where <see cref="WideQuotient.Divides"/> (AMD), else AVX-512's estimate and two Newton
    /// steps (see <see cref="WideQuotient"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes ReciprocalForNarrow(Vector512Lanes d)
    {
        if (!Avx512F.IsSupported || WideQuotient.Divides) return new(Vector512<double>.One / d.V);
        Vector512<double> one = Vector512<double>.One;
        Vector512<double> y = Avx512F.Reciprocal14(d.V);                                       // |error| ≤ 2^-14
        // Newton steps y + y·(1 - d·y), the residual by one VFNMADD (no separate negation of d)
        y = Fused.MultiplyAdd(y, Avx512F.FusedMultiplyAddNegated(d.V, y, one), y);             // ≤ 2^-28
        return new(Fused.MultiplyAdd(y, Avx512F.FusedMultiplyAddNegated(d.V, y, one), y));     // ≤ 2^-52 + rounding
    }

    /// <summary>n/d: divided where <see cref="WideQuotient.Divides"/> (AMD), else n times
    /// <see cref="ReciprocalForNarrow"/>(d).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes DivideForNarrow(Vector512Lanes n, Vector512Lanes d)
        => Avx512F.IsSupported && !WideQuotient.Divides ? new(n.V * ReciprocalForNarrow(d).V) : new(n.V / d.V);
}
