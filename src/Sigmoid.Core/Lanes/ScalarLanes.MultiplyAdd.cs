using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes MultiplyAddEstimate(ScalarLanes a, ScalarLanes b, ScalarLanes c)
        => HardwareFma.IsSupported ? new(Math.FusedMultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes FmaCancelling(ScalarLanes a, ScalarLanes b, ScalarLanes c)
    {
        double p = a.V * b.V, aa = Math.Abs(a.V), ab = Math.Abs(b.V);
        if (HardwareFma.IsSupported || Math.Max(aa, ab) > HardwareFma.SplitMax || (Math.Abs(p) < HardwareFma.ProductMin && Math.Min(aa, ab) > 0))
            return new(Math.FusedMultiplyAdd(a.V, b.V, c.V));
        double ta = a.V * HardwareFma.SplitFactor, ah = ta - (ta - a.V), al = a.V - ah;
        double tb = b.V * HardwareFma.SplitFactor, bh = tb - (tb - b.V), bl = b.V - bh;
        double e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;   // a·b = p + e exactly, in range
        return new((c.V + p) + e);
    }
}
