using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>SiLU (swish) silu(x) = x·σ(x), the gate of SwiGLU; PyTorch's <c>F.silu</c>.</summary>
    /// <remarks>
    /// <para>Computed in double as x·(1/(1+e^-x)) with σ from the sigmoid kernel and rounded once, so the left tail
    /// keeps its tiny negative values: silu(x) ≈ x·e^x is a nonzero subnormal float for x in about [-108.7, -96.9]
    /// and rounds to -0 below.</para>
    /// <para>Special values: silu(+∞) = +∞, silu(-∞) = -0 (the limit; PyTorch's x/(1+e^-x) gives NaN there),
    /// silu(±0) = ±0, silu(NaN) = NaN. silu(x) ≥ -0.2785 (its minimum, at x ≈ -1.2785) and silu(x) ≤ max(x, 0).</para>
    /// <para>Accuracy: <b>correctly rounded</b> for every float input (max error 0.5 ULP; proven by the exhaustive sweep <c>sigmoid accuracy --exhaustive -f silu -t float</c> over all 2³² bit patterns through the span API, and checked in CI on a strided slice). The few lanes whose double result (relative error below 2^-45) lies too close to a rounding midpoint are recomputed in double-double.</para>
    /// </remarks>
    public static float Silu(float x) => UnaryDriver.One<SiluOperator>(x);

    /// <summary>SiLU (swish) silu(x) = x·σ(x).</summary>
    /// <remarks>
    /// <para>σ(x) as a double-double quotient (e^-|x| carried with extra precision, the division corrected by FMA),
    /// multiplied by x exactly (FMA) and rounded once; the power of two of e^x is applied last, so subnormal results
    /// (x in about [-751.9, -708.4]) are rounded once more, not flushed.</para>
    /// <para>Special values as <see cref="Silu(float)"/>.</para>
    /// <para>Accuracy: within 1 ULP; measured max 0.761 ULP (0.548 where the result is normal), mean 0.108 ULP, 99.56% correctly rounded over 10⁶ samples including the hard regions (<c>sigmoid accuracy -f silu -t double</c>; the largest errors are subnormal results near x = -715, and for subnormal x the exact x/2 + x²/4 can round away from x/2 where x·σ(x) rounds to even).</para>
    /// </remarks>
    public static double Silu(double x) => UnaryDriver.One<SiluOperator>(x);

    /// <summary>SiLU (swish) silu(x) = x·σ(x).</summary>
    /// <remarks>Computed in double and rounded once to Half; <b>correctly rounded</b> for all 2¹⁶ Half inputs (exhaustive: <c>sigmoid accuracy -f silu -t half</c>). Special values as <see cref="Silu(float)"/>.</remarks>
    public static Half Silu(Half x) => UnaryDriver.One<SiluOperator>(x);

    /// <summary>SiLU element-wise: <c>destination[i] = Silu(x[i])</c>, with the same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; correctly rounded as <see cref="Silu(float)"/>.</remarks>
    public static void Silu(ReadOnlySpan<float> x, Span<float> destination) => UnaryDriver.Run<SiluOperator>(x, destination);

    /// <summary>SiLU element-wise: <c>destination[i] = Silu(x[i])</c>, with the same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; accuracy as <see cref="Silu(double)"/>.</remarks>
    public static void Silu(ReadOnlySpan<double> x, Span<double> destination) => UnaryDriver.Run<SiluOperator>(x, destination);

    /// <summary>SiLU element-wise: <c>destination[i] = Silu(x[i])</c>, with the same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; correctly rounded as <see cref="Silu(Half)"/>.</remarks>
    public static void Silu(ReadOnlySpan<Half> x, Span<Half> destination) => UnaryDriver.Run<SiluOperator>(x, destination);
}

/// <summary>silu(x) = x·σ(x): σ as in <see cref="SigmoidOperator"/>, kept as a double-double, times x.</summary>
internal readonly struct SiluOperator : IUnaryOperator
{
    /// <inheritdoc cref="IUnaryOperator.PairsPerTurn"/>
    public static int PairsPerTurn => 1;

    /// <summary>One vector per turn in double: two copies fit the .NET 10 JIT's inlining budget but measured slower
    /// (Zen 3, 4,096 elements: AVX2 7.6 → 8.2 ns, 128-bit 10.7 → 14.4 ns per element), the JIT emitting the second
    /// copy after the first.</summary>
    public static bool DoubleTwoPerTurn => false;

    /// <summary>Beyond this |x| silu and its derivative are below half the smallest subnormal (760·e^-760 &lt; 2^-1086)
    /// or round to x and 1.</summary>
    public const double Negligible = 760.0;

    /// <summary>
    /// e^-a for 0 ≤ a ≤ <see cref="Negligible"/> as 2^n·(hi + lo), about 2^-57 relative, the same bits on every
    /// path: <see cref="ExpCore.ExpNegTableScaledUpTo{TV}"/> clamped at 760
    /// instead of 746, as x·e^-a is still a subnormal there when e^-a alone is not. Also gives 2^(n + 128).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegWide<TV>(TV a, out TV hi, out TV lo, out TV n, out TV scaled) where TV : struct, IDoubleLanes<TV>
        => ExpCore.ExpNegTableScaledUpTo(a, Negligible, out hi, out lo, out n, out scaled);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        // e = 2^n·(eh + el); σ·2^-m = (nh + nl)/(dh + dl) with m = n for x < 0 (as in the sigmoid kernel), taken as
        // q + dq; silu·2^-m = x·q + x·dq with x·q exact by FMA; the scaling by 2^m last rounds subnormal results once.
        ExpNegWide(TV.Abs(x), out TV eh, out TV el, out TV n, out TV scaled);
        TV one = TV.Create(1.0), zero = TV.Create(0.0);
        TV sh = ExpCore.Scale(eh, n, scaled), sl = ExpCore.Scale(el, n, scaled);
        TV dh = one + sh;
        TV dl = ((one - dh) + sh) + sl;                                                  // FastTwoSum: e ≤ 1
        TV negative = TV.LessThan(x, zero);
        TV nh = TV.Select(negative, eh, one);
        TV nl = TV.Select(negative, el, zero);
        TV rcp = one / dh;
        TV q = nh * rcp;
        TV dq = (TV.FmaCancelling(-q, dh, nh) + (nl - q * dl)) * rcp;                              // σ·2^-m = q + dq
        TV p = x * q;
        TV v = p + (TV.FmaCancelling(x, q, -p) + x * dq);
        // x ≥ 0: m = 0, no scaling (v = x·σ(x) may be near the overflow, beyond ExpCore.Scale's range).
        TV r = TV.Select(negative, ExpCore.Scale(v, n, scaled), v);
        r = TV.Select(TV.LessThan(x, TV.Create(-Negligible)), TV.Create(-0.0), r);      // also x = -∞
        r = TV.Select(TV.Equal(x, zero), x, r);                                          // ±0 keeps its sign
        return TV.Select(TV.IsNaN(r), x, r);                                             // x = +∞ (∞·0 above), NaN
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        // x·σ(x) with σ as in the sigmoid's narrow kernel, x folded into its numerator: x·P(s)/(P(s) + 2^k·P(-s)), so
        // the product runs beside the denominator instead of after the division; it adds one rounding (2^-53) to
        // σ's error. The exponential clamps at ±128; the factor x clamps at -120 (one MAX, where a select took two
        // or three instructions), so below -120, -∞ included, the result is a tiny negative double (|silu| < 2^-166,
        // far under the smallest float and Half) that rounds to -0. ±0 keeps its sign, +∞ gives ∞, NaN propagates
        // (MAX keeps a NaN first operand).
        ExpCore.ExpNegRatio(x, out TV over, out TV under);
        return TV.DivideForNarrow(TV.Max(x, TV.Create(-120.0)) * under, under + over);
    }

    /// <inheritdoc cref="IUnaryOperator.FourPerTurn"/>
    public static bool FourPerTurn => true;

    public static DoubleDouble Reference(double x) => (DoubleDouble)x * SigmoidOperator.Reference(x);
}
