using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes MultiplyAddEstimate(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes FmaCancelling(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : DekkerChecked(a.V, b.V, c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes FmaCancellingInRange(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(Dekker(a.V, b.V, c.V));

    /// <summary>(c + p) + e with a·b = p + e by Veltkamp splitting — exact in range. Apart from the lane operations so
    /// that their own IL stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Dekker(Vector512<double> a, Vector512<double> b, Vector512<double> c)
    {
        Vector512<double> split = Vector512.Create(HardwareFma.SplitFactor);
        Vector512<double> ta = a * split, ah = ta - (ta - a), al = a - ah;
        Vector512<double> tb = b * split, bh = tb - (tb - b), bl = b - bh;
        Vector512<double> p = a * b;
        Vector512<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;
        return (c + p) + e;
    }

    /// <summary><see cref="Dekker"/>, or the exact software FMA for a vector with a lane out of its range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512Lanes DekkerChecked(Vector512<double> a, Vector512<double> b, Vector512<double> c)
    {
        Vector512<double> aa = Vector512.Abs(a), ab = Vector512.Abs(b);
        Vector512<double> outside = Vector512.GreaterThan(Vector512.Max(aa, ab), Vector512.Create(HardwareFma.SplitMax))
            | (Vector512.LessThan(Vector512.Abs(a * b), Vector512.Create(HardwareFma.ProductMin)) & Vector512.GreaterThan(Vector512.Min(aa, ab), Vector512<double>.Zero));
        return new(Vector512.ExtractMostSignificantBits(outside) != 0 ? ExactFma(a, b, c) : Dekker(a, b, c));
    }

    /// <summary>The exact software FMA (element by element) for the rare out-of-range vector, not inlined: inlined, its
    /// per-element calls pushed the SiLU′ kernel past the JIT's inlining budget without FMA hardware (77 ns a lane).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> ExactFma(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Fused.MultiplyAdd(a, b, c);
}
