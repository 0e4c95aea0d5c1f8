using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(Vector256Lanes up, Vector256Lanes down, ref float destination)
    {
        Vector128<float> u = Narrow(up.V), d = Narrow(down.V);
        u.StoreUnsafe(ref destination);
        return Vector128.EqualsAll(u.AsInt32(), d.AsInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector256Lanes up, Vector256Lanes down) => Vector128.EqualsAll(Narrow(up.V).AsInt32(), Narrow(down.V).AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector256Lanes up0, Vector256Lanes down0, Vector256Lanes up1, Vector256Lanes down1)
        => (((Narrow(up0.V) ^ Narrow(down0.V)) | (Narrow(up1.V) ^ Narrow(down1.V))).AsInt32() == Vector128<int>.Zero);
}
