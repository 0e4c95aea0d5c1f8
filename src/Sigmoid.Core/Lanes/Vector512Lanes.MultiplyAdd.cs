using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes MultiplyAddEstimate(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
        => HardwareFma.IsSupported ? new(Vector512.FusedMultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes FmaCancelling(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
        => HardwareFma.IsSupported ? new(Vector512.FusedMultiplyAdd(a.V, b.V, c.V)) : DekkerFma(a, b, c);

    /// <summary>The body of <see cref="FmaCancelling"/> without FMA hardware, apart so that the lane operation's own IL
    /// stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512Lanes DekkerFma(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
    {
        Vector512<double> split = Vector512.Create(HardwareFma.SplitFactor);
        Vector512<double> ta = a.V * split, ah = ta - (ta - a.V), al = a.V - ah;
        Vector512<double> tb = b.V * split, bh = tb - (tb - b.V), bl = b.V - bh;
        Vector512<double> p = a.V * b.V;
        Vector512<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;   // a·b = p + e exactly, in range
        Vector512<double> aa = Vector512.Abs(a.V), ab = Vector512.Abs(b.V);
        Vector512<double> outside = Vector512.GreaterThan(Vector512.Max(aa, ab), Vector512.Create(HardwareFma.SplitMax))
            | (Vector512.LessThan(Vector512.Abs(p), Vector512.Create(HardwareFma.ProductMin)) & Vector512.GreaterThan(Vector512.Min(aa, ab), Vector512<double>.Zero));
        if (Vector512.ExtractMostSignificantBits(outside) != 0) return new(Vector512.FusedMultiplyAdd(a.V, b.V, c.V));
        return new((c.V + p) + e);
    }
}
