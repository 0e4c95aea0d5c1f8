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
        => new(Vector128.ConditionalSelect(Vector128.LessThan(a.V, b.V), ifTrue.V, ifFalse.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ScaleByPowerOfTwoFloor(Vector128Lanes v, Vector128Lanes n)
    {
        if (Avx512F.IsSupported) return new(Avx512F.VL.Scale(v.V, n.V));
        Vector128<double> magic = Vector128.Create(6755399441055744.0);
        Vector128<long> k = (Vector128.Floor(n.V) + magic).AsInt64() - magic.AsInt64();
        Vector128<long> k1 = Vector128.ShiftRightArithmetic(k, 1);
        Vector128<long> bias = Vector128.Create(1023L);
        return new(v.V * Vector128.ShiftLeft(k1 + bias, 52).AsDouble() * Vector128.ShiftLeft(k - k1 + bias, 52).AsDouble());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(Vector128Lanes a, Vector128Lanes b) => Vector128.LessThanAny(Bits(a), Bits(b));
}
