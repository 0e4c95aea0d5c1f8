using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(Vector128Lanes up, Vector128Lanes down, ref float destination)
    {
        Vector64<float> u = Vector128.Narrow(up.V, up.V).GetLower(), d = Vector128.Narrow(down.V, down.V).GetLower();
        u.StoreUnsafe(ref destination);
        return Vector64.EqualsAll(u.AsInt32(), d.AsInt32());
    }
}
