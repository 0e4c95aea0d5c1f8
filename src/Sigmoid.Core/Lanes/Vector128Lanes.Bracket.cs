using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(Vector128Lanes up, Vector128Lanes down, ref float destination)
    {
        long u = NarrowBits(up.V);
        Unsafe.WriteUnaligned(ref Unsafe.As<float, byte>(ref destination), u);
        return u == NarrowBits(down.V);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector128Lanes up, Vector128Lanes down)
        => NarrowBits(up.V) == NarrowBits(down.V);
}
