using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes MultiplyAddEstimate(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
        => HardwareFma.IsSupported ? new(Vector128.FusedMultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes FmaCancelling(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
        => HardwareFma.IsSupported ? new(Vector128.FusedMultiplyAdd(a.V, b.V, c.V)) : DekkerFma(a, b, c);

    /// <summary>The body of <see cref="FmaCancelling"/> without FMA hardware, apart so that the lane operation's own IL
    /// stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128Lanes DekkerFma(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
    {
        Vector128<double> split = Vector128.Create(HardwareFma.SplitFactor);
        Vector128<double> ta = a.V * split, ah = ta - (ta - a.V), al = a.V - ah;
        Vector128<double> tb = b.V * split, bh = tb - (tb - b.V), bl = b.V - bh;
        Vector128<double> p = a.V * b.V;
        Vector128<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;   // a·b = p + e exactly, in range
        Vector128<double> aa = Vector128.Abs(a.V), ab = Vector128.Abs(b.V);
        Vector128<double> outside = Vector128.GreaterThan(Vector128.Max(aa, ab), Vector128.Create(HardwareFma.SplitMax))
            | (Vector128.LessThan(Vector128.Abs(p), Vector128.Create(HardwareFma.ProductMin)) & Vector128.GreaterThan(Vector128.Min(aa, ab), Vector128<double>.Zero));
        if (Vector128.ExtractMostSignificantBits(outside) != 0) return new(Vector128.FusedMultiplyAdd(a.V, b.V, c.V));
        return new((c.V + p) + e);
    }
}
