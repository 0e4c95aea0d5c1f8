using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>softplus(x) = ln(1+e^x), a smooth max(x, 0); its derivative is σ(x).</summary>
    /// <remarks>
    /// <para>Evaluated in double as max(x,0) + ln(1+e) with e = e^-|x| (2^(j/16) table) and ln(1+e) from a
    /// ln(1 + j/16) table and 2·atanh of the small remainder, never forming 1+e, so softplus(x) ≈ e^x keeps full
    /// relative accuracy for very negative x (down to subnormal results); relative error below 2^-45 before rounding.</para>
    /// <para>Special values: softplus(+∞) = +∞, softplus(-∞) = +0, softplus(0) = ln 2 rounded, NaN → NaN.
    /// Never negative.</para>
    /// <para>Accuracy: <b>correctly rounded</b> for every float input (max error 0.5 ULP; proven by the exhaustive sweep <c>sigmoid accuracy --exhaustive -t float</c> over all 2³² bit patterns through the span API, and checked in CI on a strided slice). About 1 input in 65,000 lies so close to a rounding midpoint that the double evaluation cannot decide; those lanes are recomputed in double-double.</para>
    /// </remarks>
    public static float Softplus(float x) => UnaryDriver.One<SoftplusOperator>(x);

    /// <summary>softplus(x) = ln(1+e^x), a smooth max(x, 0); its derivative is σ(x).</summary>
    /// <remarks>
    /// <para>max(x,0) + ln(1+e), e = e^-|x| with extra precision, the final sum compensated.</para>
    /// <para>Special values: softplus(+∞) = +∞, softplus(-∞) = +0, NaN → NaN. Never negative.</para>
    /// <para>Accuracy: within 1 ULP; measured max 0.766 ULP, mean 0.152 ULP, 99.64% correctly rounded over 10⁶ samples (<c>sigmoid accuracy -f softplus -t double</c>).</para>
    /// </remarks>
    public static double Softplus(double x) => UnaryDriver.One<SoftplusOperator>(x);

    /// <summary>softplus(x) = ln(1+e^x).</summary>
    /// <remarks>Computed in double, rounded once; <b>correctly rounded</b> for all 2¹⁶ Half inputs (exhaustive: <c>sigmoid accuracy -t half</c>; double → Half is rounded once, never through float). Special values
    /// as <see cref="Softplus(float)"/>.</remarks>
    public static Half Softplus(Half x) => UnaryDriver.One<SoftplusOperator>(x);

    /// <summary>softplus element-wise: <c>destination[i] = Softplus(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> destination) => UnaryDriver.Run<SoftplusOperator>(x, destination);

    /// <summary>softplus element-wise: <c>destination[i] = Softplus(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> destination) => UnaryDriver.Run<SoftplusOperator>(x, destination);

    /// <summary>softplus element-wise: <c>destination[i] = Softplus(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void Softplus(ReadOnlySpan<Half> x, Span<Half> destination) => UnaryDriver.Run<SoftplusOperator>(x, destination);
}

/// <summary>softplus(x) = max(x,0) + ln(1+e), e = e^-|x|.</summary>
internal readonly struct SoftplusOperator : IUnaryOperator
{
    /// <summary>ln(1 + e^-|x|) as hi + lo (shared with log-sigmoid and the cross-entropy).</summary>
    public static void Log1pExpNeg<TV>(TV a, out TV hi, out TV lo) where TV : struct, IDoubleLanes<TV>
    {
        ExpCore.ExpNegAccurate(a, out TV ph, out TV pl, out TV s1, out TV s2);
        TV eh = (ph * s1) * s2, el = (pl * s1) * s2;
        TV one = TV.Create(1.0);
        TV dh = one + eh;
        TV dl = ((one - dh) + eh) + el;
        LogCore.Log(dh, dl, out TV gh, out TV gl);
        // For e < 2^-20 use ln(1+e) = e - e²/2 + e³/3 (next term < 2^-60 relative) straight from eh + el: forming
        // 1 + e first would leave e's low bits to a double-rounded tail.
        TV small = TV.LessThan(eh, TV.Create(1.0 / 1048576));
        TV sl = el + (eh * eh) * TV.Fma(eh, TV.Create(1.0 / 3), TV.Create(-0.5));
        hi = TV.Select(small, eh, gh);
        lo = TV.Select(small, sl, gl);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        Log1pExpNeg(TV.Abs(x), out TV lh, out TV ll);
        TV m = TV.Select(TV.LessThan(TV.Create(0.0), x), x, TV.Create(0.0));
        TV s = m + lh;
        TV bb = s - m;
        TV err = (m - (s - bb)) + (lh - bb);                      // TwoSum(m, lh)
        TV r = s + (err + ll);
        r = TV.Select(TV.Equal(x, TV.Create(double.PositiveInfinity)), x, r);
        return TV.Select(TV.IsNaN(x), x, r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        // Both terms are positive, so the sum keeps their relative error (< 2^-45.9 from e, < 2^-48 from the log).
        // NaN propagates through both kernels; +∞ gives ∞ + ln(1 + e^-128) = ∞.
        TV l = LogCore.Log1pNarrow(ExpCore.ExpNegNarrow(TV.Abs(x)));
        return TV.SelectLessThan(TV.Create(0.0), x, x + l, l);
    }

    public static DoubleDouble Reference(double x)
    {
        if (!double.IsFinite(x)) return Logistic.Softplus(x);
        DoubleDouble l = AccurateMath.Log1p(AccurateMath.ExpNonPositive(-Math.Abs(x)));
        return x > 0 ? l + x : l;
    }
}
