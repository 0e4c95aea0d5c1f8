using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Min(Vector512Lanes a, Vector512Lanes limit)
    {
        if (Avx512F.IsSupported) return new(Avx512F.Min(limit.V, a.V));   // MINPD: a NaN second operand is returned

        return new(Vector512.ConditionalSelect(Vector512.LessThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Max(Vector512Lanes a, Vector512Lanes limit)
    {
        if (Avx512F.IsSupported) return new(Avx512F.Max(limit.V, a.V));   // MAXPD: a NaN second operand is returned
        return new(Vector512.ConditionalSelect(Vector512.GreaterThan(limit.V, a.V), limit.V, a.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes SelectLessThan(Vector512Lanes a, Vector512Lanes b, Vector512Lanes ifTrue, Vector512Lanes ifFalse)
        => new(Vector512.ConditionalSelect(Vector512.LessThan(a.V, b.V), ifTrue.V, ifFalse.V));

    public static bool HasScaleInstruction => Avx512F.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes ScaleByPowerOfTwoFloor(Vector512Lanes v, Vector512Lanes n)
    {
        if (Avx512F.IsSupported) return new(Avx512F.Scale(v.V, n.V));
        Vector512<double> magic = Vector512.Create(6755399441055744.0);
        Vector512<long> k = (Vector512.Floor(n.V) + magic).AsInt64() - magic.AsInt64();
        Vector512<long> k1 = Vector512.ShiftRightArithmetic(k, 1);
        Vector512<long> bias = Vector512.Create(1023L);
        return new(v.V * Vector512.ShiftLeft(k1 + bias, 52).AsDouble() * Vector512.ShiftLeft(k - k1 + bias, 52).AsDouble());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(Vector512Lanes a, Vector512Lanes b) => Vector512.LessThanAny(Bits(a), Bits(b));
}
