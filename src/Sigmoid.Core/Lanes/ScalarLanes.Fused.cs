using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Min(ScalarLanes a, ScalarLanes limit) => new(Math.Min(a.V, limit.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Max(ScalarLanes a, ScalarLanes limit) => new(Math.Max(a.V, limit.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes SelectLessThan(ScalarLanes a, ScalarLanes b, ScalarLanes ifTrue, ScalarLanes ifFalse) => a.V < b.V ? ifTrue : ifFalse;

    public static bool HasScaleInstruction => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes ScaleByPowerOfTwoFloor(ScalarLanes v, ScalarLanes n)
    {
        int k = (int)Math.Floor(n.V);
        int k1 = k >> 1;
        return new(v.V * BitConverter.Int64BitsToDouble((long)(k1 + 1023) << 52) * BitConverter.Int64BitsToDouble((long)(k - k1 + 1023) << 52));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyLessThanBits(ScalarLanes a, ScalarLanes b) => Bits(a) < Bits(b);
}
