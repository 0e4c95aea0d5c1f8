using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Min(Vector128Lanes a, Vector128Lanes limit)
    {
        if (Sse2.IsSupported) return new(Sse2.Min(limit.V, a.V));   // MINPD: a NaN second operand is returned
        return new(Vector128.ConditionalSelect(Vector128.LessThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Max(Vector128Lanes a, Vector128Lanes limit)
    {
        if (Sse2.IsSupported) return new(Sse2.Max(limit.V, a.V));   // MAXPD: a NaN second operand is returned
        return new(Vector128.ConditionalSelect(Vector128.GreaterThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes SelectLessThan(Vector128Lanes a, Vector128Lanes b, Vector128Lanes ifTrue, Vector128Lanes ifFalse)
        => Select(new(Vector128.LessThan(a.V, b.V)), ifTrue, ifFalse);

    public static bool HasScaleInstruction => Avx512F.VL.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ScaleByPowerOfTwoFloor(Vector128Lanes v, Vector128Lanes n)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(v.V, n.V)) : ScaleByPowerOfTwoFloorBits(v, n);

    /// <summary>The body of <see cref="ScaleByPowerOfTwoFloor"/> without AVX-512, apart so that the lane operation's IL
    /// stays small for the JIT's inlining budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128Lanes ScaleByPowerOfTwoFloorBits(Vector128Lanes v, Vector128Lanes n)
    {
        // 2^h·2^(f-h) with f = ⌊n⌋, h = ⌊f/2⌋: each factor's bits are (e + 1023) << 52, read from the low mantissa
        // bits of e + 1.5·2^52 + 1023 (the shift drops the rest). No 64-bit arithmetic shift, which x86 lacks below AVX-512.
        Vector128<double> f = Vector128.Floor(n.V), h = Vector128.Floor(f * Vector128.Create(0.5));
        Vector128<double> bias = Vector128.Create(6755399441055744.0 + 1023);
        Vector128<double> s1 = Vector128.ShiftLeft((h + bias).AsInt64(), 52).AsDouble();
        Vector128<double> s2 = Vector128.ShiftLeft((f - h + bias).AsInt64(), 52).AsDouble();
        return new(v.V * s1 * s2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(Vector128Lanes a, Vector128Lanes b) => Vector128.LessThanAny(Bits(a), Bits(b));
}
