using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes MultiplyAddEstimate(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(a.V * b.V + c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes FmaCancelling(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : DekkerChecked(a.V, b.V, c.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes FmaCancellingInRange(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c)
        => HardwareFma.IsSupported ? new(Fused.MultiplyAdd(a.V, b.V, c.V)) : new(Dekker(a.V, b.V, c.V));

    /// <summary>(c + p) + e with a·b = p + e by Veltkamp splitting — exact in range. Apart from the lane operations so
    /// that their own IL stays small (the JIT's inlining budget counts it even where the branch is dead).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Dekker(Vector256<double> a, Vector256<double> b, Vector256<double> c)
    {
        Vector256<double> split = Vector256.Create(HardwareFma.SplitFactor);
        Vector256<double> ta = a * split, ah = ta - (ta - a), al = a - ah;
        Vector256<double> tb = b * split, bh = tb - (tb - b), bl = b - bh;
        Vector256<double> p = a * b;
        Vector256<double> e = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;
        return (c + p) + e;
    }

    /// <summary><see cref="Dekker"/>, or the exact software FMA for a vector with a lane out of its range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256Lanes DekkerChecked(Vector256<double> a, Vector256<double> b, Vector256<double> c)
    {
        Vector256<double> aa = Vector256.Abs(a), ab = Vector256.Abs(b);
        Vector256<double> outside = Vector256.GreaterThan(Vector256.Max(aa, ab), Vector256.Create(HardwareFma.SplitMax))
            | (Vector256.LessThan(Vector256.Abs(a * b), Vector256.Create(HardwareFma.ProductMin)) & Vector256.GreaterThan(Vector256.Min(aa, ab), Vector256<double>.Zero));
        return new(Vector256.ExtractMostSignificantBits(outside) != 0 ? ExactFma(a, b, c) : Dekker(a, b, c));
    }

    /// <summary>The exact software FMA (element by element) for the rare out-of-range vector, not inlined: inlined, its
    /// per-element calls pushed the SiLU′ kernel past the JIT's inlining budget without FMA hardware (77 ns a lane).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<double> ExactFma(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Fused.MultiplyAdd(a, b, c);
}
