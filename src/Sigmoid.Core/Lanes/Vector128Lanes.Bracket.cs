using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoreNarrowingIfSame(Vector128Lanes up, Vector128Lanes down, ref float destination)
    {
        Vector128<float> u = NarrowLow(up.V);
        Unsafe.WriteUnaligned(ref Unsafe.As<float, byte>(ref destination), u.AsDouble().ToScalar());
        return Vector128.EqualsAll(u.AsInt32(), NarrowLow(down.V).AsInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector128Lanes up, Vector128Lanes down)
        => Vector128.EqualsAll(NarrowLow(up.V).AsInt32(), NarrowLow(down.V).AsInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NarrowsSame(Vector128Lanes up0, Vector128Lanes down0, Vector128Lanes up1, Vector128Lanes down1)
        => (((NarrowLow(up0.V) ^ NarrowLow(down0.V)) | (NarrowLow(up1.V) ^ NarrowLow(down1.V))).AsInt32() == Vector128<int>.Zero);
}
