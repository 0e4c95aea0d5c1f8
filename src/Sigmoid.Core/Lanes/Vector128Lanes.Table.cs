using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    /// <summary>
    /// Two indexed loads (two lane moves, two loads, one insert), as cheap as a gather on x86 and what ARM64 does
    /// without TBL; nothing here needs more than SSE4.1 or AdvSimd.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Lookup16(ReadOnlySpan<double> table, Vector128Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        Vector128<long> i = Bits(index) & Vector128.Create(15L);
        return new(Vector128.Create(Unsafe.Add(ref t, (nint)i.ToScalar()), Unsafe.Add(ref t, (nint)i.GetElement(1))));
    }

    /// <summary>Two indexed loads, as <see cref="Lookup16"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Lookup4(ReadOnlySpan<double> table, Vector128Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        Vector128<long> i = Bits(index) & Vector128.Create(3L);
        return new(Vector128.Create(Unsafe.Add(ref t, (nint)i.ToScalar()), Unsafe.Add(ref t, (nint)i.GetElement(1))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ReciprocalForNarrow(Vector128Lanes d)
    {
        if (!Avx512F.VL.IsSupported) return new(Vector128<double>.One / d.V);
        Vector128<double> one = Vector128<double>.One;
        Vector128<double> y = Avx512F.VL.Reciprocal14(d.V);
        y = Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y);
        return new(Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes DivideForNarrow(Vector128Lanes n, Vector128Lanes d)
        => Avx512F.VL.IsSupported ? new(n.V * ReciprocalForNarrow(d).V) : new(n.V / d.V);
}
