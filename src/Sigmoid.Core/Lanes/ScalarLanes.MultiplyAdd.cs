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
        double aa = Math.Abs(a.V), ab = Math.Abs(b.V);
        if (HardwareFma.IsSupported || Math.Max(aa, ab) > HardwareFma.SplitMax || (Math.Abs(a.V * b.V) < HardwareFma.ProductMin && Math.Min(aa, ab) > 0))
            return new(Math.FusedMultiplyAdd(a.V, b.V, c.V));
        return new(Dekker(a.V, b.V, c.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes FmaCancellingInRange(ScalarLanes a, ScalarLanes b, ScalarLanes c)
        => HardwareFma.IsSupported ? new(Math.FusedMultiplyAdd(a.V, b.V, c.V)) : new(Dekker(a.V, b.V, c.V));

    /// <summary>(c + p) + e with a·b = p + e by Veltkamp splitting — exact in range.</summary>
    private static double Dekker(double a, double b, double c)
    {
        double ta = a * HardwareFma.SplitFactor, ah = ta - (ta - a), al = a - ah;
        double tb = b * HardwareFma.SplitFactor, bh = tb - (tb - b), bl = b - bh;
        double p = a * b;
        double e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;
        return (c + p) + e;
    }
}
