using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>Backward pass of a SiLU layer from its saved input x: dx = silu'(x)·dy.</summary>
    /// <remarks>
    /// <para>silu'(x) as in <see cref="SiluDerivative(double)"/> (accurate through its zero at x ≈ -1.2785 and in
    /// both tails) kept as a double-double, times dy with FMA, rounded once (float and Half: rounded once more, from
    /// that double). Where that product would overflow before its power of two is applied (|dy| near the double
    /// maximum), it is SiluDerivative(x)·dy in plain double. No correct-rounding claim; measured
    /// (<c>sigmoid accuracy -f silu-backward</c>, dy from a fixed set and uniform in [-4, 4]): double max 0.758 ULP
    /// (0.541 where normal), 99.75% correctly rounded; float and Half max 0.5 ULP, all correctly rounded in the
    /// strided float slice and the exhaustive Half sweep (not claimed in general).</para>
    /// <para>Special values follow IEEE arithmetic on SiluDerivative(x)·dy (NaN in, NaN out; x = +∞ gives dy,
    /// x = -∞ gives -0·dy; ±∞·0 = NaN).</para>
    /// </remarks>
    public static float SiluBackward(float x, float dy) => BinaryDriver.One<SiluBackwardOperator>(x, dy);

    /// <inheritdoc cref="SiluBackward(float, float)"/>
    public static double SiluBackward(double x, double dy) => BinaryDriver.One<SiluBackwardOperator>(x, dy);

    /// <inheritdoc cref="SiluBackward(float, float)"/>
    public static Half SiluBackward(Half x, Half dy) => BinaryDriver.One<SiluBackwardOperator>(x, dy);

    /// <summary>destination[i] = silu'(x[i])·dy[i], the backward pass of a SiLU layer from saved inputs.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>: <paramref name="x"/> and <paramref name="dy"/> equally long,
    /// <paramref name="destination"/> may be exactly either. Same bits as the scalar on every path.</remarks>
    public static void SiluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> destination)
        => BinaryDriver.Run<SiluBackwardOperator>(x, dy, destination);

    /// <inheritdoc cref="SiluBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SiluBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> destination)
        => BinaryDriver.Run<SiluBackwardOperator>(x, dy, destination);

    /// <inheritdoc cref="SiluBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SiluBackward(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> destination)
        => BinaryDriver.Run<SiluBackwardOperator>(x, dy, destination);
}

/// <summary>dx = silu'(x)·dy.</summary>
internal readonly struct SiluBackwardOperator : IBinaryOperator
{
    /// <inheritdoc cref="IBinaryOperator.HasNarrow"/>
    public static bool HasNarrow => true;

    /// <summary>Without FMA hardware one per turn: two copies of the unfused narrow kernel are past the JIT's inlining budget.</summary>
    public static bool NarrowTwoPerTurn => HardwareFma.IsSupported;

    /// <summary>One vector per turn in double: with two, the JIT's inlining budget left SiLU′'s quotient a call.</summary>
    public static bool TwoPerTurn => false;

    /// <summary>SiLU′'s narrow kernel (2^-45) times dy (2^-53 more) for |x| ≤ 100 and finite dy; elsewhere undecided.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x, TV dy) where TV : struct, IDoubleLanes<TV>
        => BinaryNarrow.Product(SiluDerivativeOperator.InvokeForNarrow(x), x, dy);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x, TV dy) where TV : struct, IDoubleLanes<TV>
    {
        // silu'(x) = 2^m·(q + dq); dy·(q + dq) = p + (pe + dy·dq) with p + pe = dy·q exactly, then one scaling.
        SiluDerivativeOperator.Quotient(x, out TV q, out TV dq, out TV m, out TV scaledM);
        TV p = dy * q;
        // dy up to the double maximum: beyond ExpCore.Scale's range, so this one takes the general scaling.
        TV r = TV.ScaleByPowerOfTwoFloor(p + (TV.FmaCancelling(dy, q, -p) + dy * dq), m);
        TV plain = SiluDerivativeOperator.Finish(x, ExpCore.Scale(q + dq, m, scaledM)) * dy;   // SiluDerivative(x)·dy
        TV inside = TV.LessThan(TV.Abs(x), TV.Create(SiluOperator.Negligible));        // false for NaN
        TV finite = TV.Equal(r - r, TV.Create(0.0));                                      // false for ±∞ and NaN
        return TV.Select(TV.And(inside, finite), r, plain);
    }
}
