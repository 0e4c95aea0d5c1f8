using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(ScalarLanes up, ScalarLanes down, ref float destination)
    {
        float u = (float)up.V;
        destination = u;
        return BitConverter.SingleToInt32Bits(u) == BitConverter.SingleToInt32Bits((float)down.V);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(ScalarLanes up, ScalarLanes down)
        => BitConverter.SingleToInt32Bits((float)up.V) == BitConverter.SingleToInt32Bits((float)down.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(ScalarLanes up0, ScalarLanes down0, ScalarLanes up1, ScalarLanes down1)
        => NarrowsSame(up0, down0) && NarrowsSame(up1, down1);
}
