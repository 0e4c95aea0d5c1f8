using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes MultiplyAddEstimate(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
        => HardwareFma.IsSupported ? new(Vector256.FusedMultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes FmaCancelling(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
        => HardwareFma.IsSupported ? new(Vector256.FusedMultiplyAdd(a.V, b.V, c.V)) : DekkerFma(a, b, c);

    /// <summary>The body of <see cref="FmaCancelling"/> without FMA hardware, apart so that the lane operation's own IL
    /// stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256Lanes DekkerFma(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
    {
        Vector256<double> split = Vector256.Create(HardwareFma.SplitFactor);
        Vector256<double> ta = a.V * split, ah = ta - (ta - a.V), al = a.V - ah;
        Vector256<double> tb = b.V * split, bh = tb - (tb - b.V), bl = b.V - bh;
        Vector256<double> p = a.V * b.V;
        Vector256<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;   // a·b = p + e exactly, in range
        Vector256<double> aa = Vector256.Abs(a.V), ab = Vector256.Abs(b.V);
        Vector256<double> outside = Vector256.GreaterThan(Vector256.Max(aa, ab), Vector256.Create(HardwareFma.SplitMax))
            | (Vector256.LessThan(Vector256.Abs(p), Vector256.Create(HardwareFma.ProductMin)) & Vector256.GreaterThan(Vector256.Min(aa, ab), Vector256<double>.Zero));
        if (Vector256.ExtractMostSignificantBits(outside) != 0) return new(Vector256.FusedMultiplyAdd(a.V, b.V, c.V));
        return new((c.V + p) + e);
    }
}
