using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    private static Vector256<float> Narrow(Vector512<double> v) =>
        Avx512F.IsSupported ? Avx512F.ConvertToVector256Single(v) : Vector512.Narrow(v, v).GetLower();
}
