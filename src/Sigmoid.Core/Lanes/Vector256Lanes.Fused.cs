using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Min(Vector256Lanes a, Vector256Lanes limit)
    {
        if (Avx.IsSupported) return new(Avx.Min(limit.V, a.V));   // MINPD: a NaN second operand is returned
        return new(Vector256.ConditionalSelect(Vector256.LessThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Max(Vector256Lanes a, Vector256Lanes limit)
    {
        if (Avx.IsSupported) return new(Avx.Max(limit.V, a.V));   // MAXPD: a NaN second operand is returned
        return new(Vector256.ConditionalSelect(Vector256.GreaterThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes SelectLessThan(Vector256Lanes a, Vector256Lanes b, Vector256Lanes ifTrue, Vector256Lanes ifFalse)
        => Select(new(Vector256.LessThan(a.V, b.V)), ifTrue, ifFalse);

    public static bool HasScaleInstruction => Avx512F.VL.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ScaleByPowerOfTwoFloor(Vector256Lanes v, Vector256Lanes n)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(v.V, n.V)) : ScaleByPowerOfTwoFloorBits(v, n);

    /// <summary>The body of <see cref="ScaleByPowerOfTwoFloor"/> without AVX-512, apart so that the lane operation's IL
    /// stays small for the JIT's inlining budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256Lanes ScaleByPowerOfTwoFloorBits(Vector256Lanes v, Vector256Lanes n)
    {
        // 2^h·2^(f-h) with f = ⌊n⌋, h = ⌊f/2⌋: each factor's bits are (e + 1023) << 52, read from the low mantissa
        // bits of e + 1.5·2^52 + 1023 (the shift drops the rest). No 64-bit arithmetic shift, which x86 lacks below AVX-512.
        Vector256<double> f = Vector256.Floor(n.V), h = Vector256.Floor(f * Vector256.Create(0.5));
        Vector256<double> bias = Vector256.Create(6755399441055744.0 + 1023);
        Vector256<double> s1 = Vector256.ShiftLeft((h + bias).AsInt64(), 52).AsDouble();
        Vector256<double> s2 = Vector256.ShiftLeft((f - h + bias).AsInt64(), 52).AsDouble();
        return new(v.V * s1 * s2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(Vector256Lanes a, Vector256Lanes b) => Vector256.LessThanAny(Bits(a), Bits(b));
}
