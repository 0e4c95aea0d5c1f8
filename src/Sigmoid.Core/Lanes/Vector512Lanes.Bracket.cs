using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(Vector512Lanes up, Vector512Lanes down, ref float destination)
    {
        Vector256<float> u = Narrow(up.V), d = Narrow(down.V);
        u.StoreUnsafe(ref destination);
        return Vector256.EqualsAll(u.AsInt32(), d.AsInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector512Lanes up, Vector512Lanes down) => Vector256.EqualsAll(Narrow(up.V).AsInt32(), Narrow(down.V).AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector512Lanes up0, Vector512Lanes down0, Vector512Lanes up1, Vector512Lanes down1)
        => (((Narrow(up0.V) ^ Narrow(down0.V)) | (Narrow(up1.V) ^ Narrow(down1.V))).AsInt32() == Vector256<int>.Zero);
}
