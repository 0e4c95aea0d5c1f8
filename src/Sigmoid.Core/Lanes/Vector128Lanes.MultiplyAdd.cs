using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes MultiplyAddEstimate(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes FmaCancelling(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : DekkerChecked(a.V, b.V, c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes FmaCancellingInRange(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(Dekker(a.V, b.V, c.V));

    /// <summary>(c + p) + e with a·b = p + e by Veltkamp splitting — exact in range. Apart from the lane operations so
    /// that their own IL stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Dekker(Vector128<double> a, Vector128<double> b, Vector128<double> c)
    {
        Vector128<double> split = Vector128.Create(HardwareFma.SplitFactor);
        Vector128<double> ta = a * split, ah = ta - (ta - a), al = a - ah;
        Vector128<double> tb = b * split, bh = tb - (tb - b), bl = b - bh;
        Vector128<double> p = a * b;
        Vector128<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;
        return (c + p) + e;
    }

    /// <summary><see cref="Dekker"/>, or the exact software FMA for a vector with a lane out of its range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128Lanes DekkerChecked(Vector128<double> a, Vector128<double> b, Vector128<double> c)
    {
        Vector128<double> aa = Vector128.Abs(a), ab = Vector128.Abs(b);
        Vector128<double> outside = Vector128.GreaterThan(Vector128.Max(aa, ab), Vector128.Create(HardwareFma.SplitMax))
            | (Vector128.LessThan(Vector128.Abs(a * b), Vector128.Create(HardwareFma.ProductMin)) & Vector128.GreaterThan(Vector128.Min(aa, ab), Vector128<double>.Zero));
        return new(Vector128.ExtractMostSignificantBits(outside) != 0 ? ExactFma(a, b, c) : Dekker(a, b, c));
    }

    /// <summary>The exact software FMA (element by element) for the rare out-of-range vector, not inlined: inlined, its
    /// per-element calls pushed the SiLU′ kernel past the JIT's inlining budget without FMA hardware (77 ns a lane).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector128<double> ExactFma(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Fused.MultiplyAdd(a, b, c);
}
