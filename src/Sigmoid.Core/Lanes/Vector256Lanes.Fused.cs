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
        => new(Vector256.ConditionalSelect(Vector256.LessThan(a.V, b.V), ifTrue.V, ifFalse.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ScaleByPowerOfTwoFloor(Vector256Lanes v, Vector256Lanes n)
    {
        if (Avx512F.IsSupported) return new(Avx512F.VL.Scale(v.V, n.V));
        Vector256<double> magic = Vector256.Create(6755399441055744.0);
        Vector256<long> k = (Vector256.Floor(n.V) + magic).AsInt64() - magic.AsInt64();
        Vector256<long> k1 = Vector256.ShiftRightArithmetic(k, 1);
        Vector256<long> bias = Vector256.Create(1023L);
        return new(v.V * Vector256.ShiftLeft(k1 + bias, 52).AsDouble() * Vector256.ShiftLeft(k - k1 + bias, 52).AsDouble());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(Vector256Lanes a, Vector256Lanes b) => Vector256.LessThanAny(Bits(a), Bits(b));
}
