using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)), the derivative of <see cref="Silu(float)"/>.</summary>
    /// <remarks>
    /// <para>Evaluated as (1+e+x·e)/(1+e)² for x ≥ 0 and e·(1+x+e)/(1+e)² for x &lt; 0, with e = e^-|x|. The
    /// derivative changes sign at x₀ = -1 - W(1/e) ≈ -1.2784645, where 1 + x + e^x cancels; there (|x - x₀| ≤ ¼) the
    /// kernel uses 1 + x + e^x = u·(-x₀ - (1+x₀)·(e^u - 1 - u)/u) with u = x - x₀ (x₀ to 160 bits), which keeps full
    /// relative accuracy however close x comes to the zero.</para>
    /// <para>Special values: silu'(+∞) = 1, silu'(-∞) = -0 (the limit from below), silu'(±0) = ½,
    /// silu'(NaN) = NaN. Range about [-0.0998, 1.0998].</para>
    /// <para>Accuracy: <b>correctly rounded</b> for every float input (max error 0.5 ULP; proven by the exhaustive sweep <c>sigmoid accuracy --exhaustive -f silu-derivative -t float</c> over all 2³² bit patterns through the span API, and checked in CI on a strided slice). Lanes whose double result (relative error below 2^-44) lies too close to a rounding midpoint are recomputed in double-double.</para>
    /// </remarks>
    public static float SiluDerivative(float x) => UnaryDriver.One<SiluDerivativeOperator>(x);

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)), the derivative of <see cref="Silu(double)"/>.</summary>
    /// <remarks>
    /// <para>As <see cref="SiluDerivative(float)"/>, every part a double-double: e^-|x| to about 2^-57, x₀ as a
    /// triple-double so that u = x - x₀ is exact to 2^-160 even for the double nearest the zero, and one FMA-corrected
    /// division; the power of two of e^x is applied last (subnormal results, x in about [-752, -708.4], rounded once
    /// more, not flushed).</para>
    /// <para>Special values as <see cref="SiluDerivative(float)"/>.</para>
    /// <para>Accuracy: within 1 ULP; measured max 0.761 ULP (0.551 where the result is normal), mean 0.107 ULP, 99.75% correctly rounded over 10⁶ samples including 10⁵ within 2^-60…½ of the zero x₀ (<c>sigmoid accuracy -f silu-derivative -t double</c>; the largest errors are subnormal results near x = -715).</para>
    /// </remarks>
    public static double SiluDerivative(double x) => UnaryDriver.One<SiluDerivativeOperator>(x);

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)).</summary>
    /// <remarks>Computed in double and rounded once to Half; <b>correctly rounded</b> for all 2¹⁶ Half inputs (exhaustive: <c>sigmoid accuracy -f silu-derivative -t half</c>). Special values as <see cref="SiluDerivative(float)"/>.</remarks>
    public static Half SiluDerivative(Half x) => UnaryDriver.One<SiluDerivativeOperator>(x);

    /// <summary>silu' element-wise: <c>destination[i] = SiluDerivative(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void SiluDerivative(ReadOnlySpan<float> x, Span<float> destination) => UnaryDriver.Run<SiluDerivativeOperator>(x, destination);

    /// <summary>silu' element-wise: <c>destination[i] = SiluDerivative(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void SiluDerivative(ReadOnlySpan<double> x, Span<double> destination) => UnaryDriver.Run<SiluDerivativeOperator>(x, destination);

    /// <summary>silu' element-wise: <c>destination[i] = SiluDerivative(x[i])</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>.</remarks>
    public static void SiluDerivative(ReadOnlySpan<Half> x, Span<Half> destination) => UnaryDriver.Run<SiluDerivativeOperator>(x, destination);
}

/// <summary>silu'(x) = (1+e+x·e)/(1+e)² (x ≥ 0) or e·(1+x+e)/(1+e)² (x &lt; 0), e = e^-|x|.</summary>
internal readonly struct SiluDerivativeOperator : IUnaryOperator
{
    /// <summary>The zero x₀ = -1 - W(1/e) of 1 + x + e^x as hi + lo + tail (160 bits).</summary>
    /// <remarks>Constants, not static fields: the JIT folds them into the loops (a static field there cost a
    /// class-initialisation check and a load from memory per use when the loop was compiled before the type's first
    /// use).</remarks>
    public const double ZeroHi = -1.2784645427610737,               // 0xBFF474973C84120B
        ZeroLo = -1.0946994183093437e-16,                            // 0xBC9F8D74BC9AC154
        ZeroTail = -3.907766676128665e-33;                           // 0xB9344A50180BA780

    /// <summary>-(1 + x₀) = e^x₀ ≈ 0.27846 rounded to double.</summary>
    public const double ExpZero = 0.2784645427610738;                 // 0x3FD1D25CF210482E

    /// <summary>Half-width of the window around x₀ where 1 + x + e^x is taken from its expansion in u = x - x₀.</summary>
    private const double Window = 0.25;

    // 1/(k+2)! for k = 0..10: (e^u - 1 - u)/u² to u^10 (truncation below 2^-54 of it for |u| ≤ ¼).
    private const double P0 = 1.0 / 2, P1 = 1.0 / 6, P2 = 1.0 / 24, P3 = 1.0 / 120, P4 = 1.0 / 720, P5 = 1.0 / 5040,
        P6 = 1.0 / 40320, P7 = 1.0 / 362880, P8 = 1.0 / 3628800, P9 = 1.0 / 39916800, P10 = 1.0 / 479001600;

    /// <summary>(e^u - 1 - u)/u² for |u| ≤ ¼, relative error a few 2^-53, written unfused so that every path, with
    /// or without FMA hardware, gives the same bits (the software FMA would cost tens of ns a lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Quadratic<TV>(TV u) where TV : struct, IDoubleLanes<TV>
    {
        TV p = u * TV.Create(P10) + TV.Create(P9);
        p = p * u + TV.Create(P8);
        p = p * u + TV.Create(P7);
        p = p * u + TV.Create(P6);
        p = p * u + TV.Create(P5);
        p = p * u + TV.Create(P4);
        p = p * u + TV.Create(P3);
        p = p * u + TV.Create(P2);
        p = p * u + TV.Create(P1);
        return p * u + TV.Create(P0);
    }

    /// <summary>silu'(x) = 2^m·(q + dq) with q + dq about 2^-100 from the computed quotient (the parts not yet
    /// scaled, so that a product with dy is formed before the one rounding into the subnormal range). Meaningful
    /// for |x| &lt; <see cref="SiluOperator.Negligible"/>; see <see cref="Finish{TV}"/> for the rest. Also gives
    /// <paramref name="scaledM"/> = 2^(m + 128) built from bits (see <see cref="ExpCore.ExpNegTableScaled{TV}"/>):
    /// <see cref="ExpCore.Scale{TV}"/> of a value up to 2^64 by it has the same bits as scaling by 2^m, in fewer
    /// instructions where there is no scaling instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Quotient<TV>(TV x, out TV q, out TV dq, out TV m, out TV scaledM) where TV : struct, IDoubleLanes<TV>
    {
        // e = 2^n·(eh + el) scaled to c = ch + cl; d = 1 + c; D = d² = sh + sl. Numerator N:
        //   x ≥ 0: d + x·c (all positive);   x < 0: (eh + el)·g, g = 1 + x + c, and the result scaled by 2^n last.
        // Near x₀, g = u·B with u = x - x₀ (exact to 2^-160: x - x₀hi is exact) and B = -x₀ + e^x₀·u·Q(u) ≈ 1.28.
        SiluOperator.ExpNegWide(TV.Abs(x), out TV eh, out TV el, out TV n, out TV scaled);
        TV one = TV.Create(1.0), zero = TV.Create(0.0);
        TV ch = ExpCore.Scale(eh, n, scaled), cl = ExpCore.Scale(el, n, scaled);
        TV dh = one + ch;
        TV dl = ((one - dh) + ch) + cl;                                    // FastTwoSum: c ≤ 1
        // x ≥ 0: N = d + x·c
        TV t = x * ch;
        TV te = TV.FmaCancelling(x, ch, -t) + x * cl;
        TV ph = dh + t;
        TV pl = ((dh - ph) + t) + (dl + te);                               // FastTwoSum: t ≤ 1/e < dh
        // x < 0, away from x₀: g = (1 + x) + c, TwoSum twice
        TV a1 = one + x;
        TV b1 = a1 - one;
        TV e1 = (one - (a1 - b1)) + (x - b1);
        TV gh = a1 + ch;
        TV b2 = gh - a1;
        TV gl = ((a1 - (gh - b2)) + (ch - b2)) + (e1 + cl);
        // x < 0, near x₀: g = (uh + ul)·(Bh + Bl), computed only when a lane is there
        TV s = x - TV.Create(ZeroHi);                                      // exact (Sterbenz)
        TV near = TV.LessThanOrEqual(TV.Abs(s), TV.Create(Window));
        if (TV.Any(near)) (gh, gl) = NearZero(s, near, gh, gl);
        TV qh = eh * gh;
        TV ql = TV.FmaCancelling(eh, gh, -qh) + (eh * gl + el * gh);
        TV negative = TV.LessThan(x, zero);
        TV nh = TV.Select(negative, qh, ph);
        TV nl = TV.Select(negative, ql, pl);
        m = TV.Select(negative, n, zero);
        scaledM = TV.Select(negative, scaled, TV.Create(ExpCore.TwoPow128));
        TV sh = dh * dh;                                                   // (1+c)² = sh + sl
        TV sl = TV.FmaCancelling(dh, dh, -sh) + (dh + dh) * dl;
        TV rcp = one / sh;
        q = nh * rcp;
        dq = (TV.FmaCancelling(-q, sh, nh) + (nl - q * sl)) * rcp;                   // (nh+nl)/(sh+sl) = q + dq
    }

    /// <summary>g = (uh + ul)·(Bh + Bl) in the lanes of <paramref name="near"/> (x within ¼ of x₀, s = x - x₀'s head),
    /// elsewhere g as given: the rare case, apart and not inlined so that <see cref="Quotient{TV}"/> stays within the
    /// JIT's inlining budget. Returned, not written through references: a reference to the caller's g would keep it
    /// in memory on every turn.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TV High, TV Low) NearZero<TV>(TV s, TV near, TV gh, TV gl) where TV : struct, IDoubleLanes<TV>
    {
        TV mz = TV.Create(-ZeroLo);
        TV uh = s + mz;
        TV bu = uh - s;
        TV ul = ((s - (uh - bu)) + (mz - bu)) - TV.Create(ZeroTail);
        TV v = uh * Quadratic(uh) * TV.Create(ExpZero);                    // e^x₀·u·Q(u), |v| < 0.04
        TV bh = v - TV.Create(ZeroHi);
        TV bl = ((-TV.Create(ZeroHi) - bh) + v) - TV.Create(ZeroLo);
        TV wh = uh * bh;
        TV wl = TV.FmaCancelling(uh, bh, -wh) + (uh * bl + ul * bh);
        return (TV.Select(near, wh, gh), TV.Select(near, wl, gl));
    }

    /// <summary>The result r for |x| &lt; <see cref="SiluOperator.Negligible"/>; beyond, 1 (x &gt; 0, also +∞) or -0
    /// (x &lt; 0, also -∞); NaN stays NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Finish<TV>(TV x, TV r) where TV : struct, IDoubleLanes<TV>
    {
        r = TV.Select(TV.LessThan(x, TV.Create(-SiluOperator.Negligible)), TV.Create(-0.0), r);
        r = TV.Select(TV.LessThan(TV.Create(SiluOperator.Negligible), x), TV.Create(1.0), r);
        return TV.Select(TV.IsNaN(x), x, r);
    }

    /// <summary>One vector per turn in double: with two, the JIT's inlining budget left <see cref="Quotient{TV}"/> a call.</summary>
    public static bool DoubleTwoPerTurn => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        Quotient(x, out TV q, out TV dq, out TV m, out TV scaledM);
        return Finish(x, ExpCore.Scale(q + dq, m, scaledM));
    }


    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x) where TV : struct, IDoubleLanes<TV>
    {
        // e = e^-|x| = over/under (2^-47.2), D = under + over = under·(1 + e), so with one division:
        //   x ≥ 0: (1 + e + x·e)/(1 + e)² = under·(D + x·over)/D²,
        //   x < 0: e·g/(1 + e)² = over·g′/D², g′ = under·g = under·(1 + x) + over (1 + x exact),
        // near x₀ g from the expansion (a few 2^-53) times under. The x ≥ 0 form and the near-x₀ one depend on e alone,
        // each with a sensitivity to e's error of at most 1; away from x₀ (|x - x₀| > ¼: |g| > 0.3, e < 0.36) at most
        // 1 + e/|g| + 2e/(1 + e) < 2.8, and g′'s rounding is amplified at most 1.8 times: below 2^-45.5 in all with the
        // products, the sum and the quotient (the AVX-512 reciprocal 2^-50). x is clamped to [-120, 120] first (a MIN
        // and a MAX, where selecting 1 and -0 beyond took two compares and two blends): there silu′ is 1 + 119·e^-120
        // or about -119·e^-120, which round to 1 and -0 in float and Half as the results beyond do. NaN propagates
        // (MIN and MAX keep a NaN first operand), ±0 stays.
        x = TV.Max(TV.Min(x, TV.Create(120.0)), TV.Create(-120.0));
        TV one = TV.Create(1.0), zero = TV.Create(0.0);
        ExpCore.ExpNegRatio(TV.Abs(x), out TV over, out TV under);
        TV d = under + over;
        TV positive = under * TV.MultiplyAddEstimate(x, over, d);                            // under·(D + x·over)
        TV u = (x - TV.Create(ZeroHi)) - TV.Create(ZeroLo);
        TV g = TV.MultiplyAddEstimate(under, one + x, over);                                  // under·g
        TV near = TV.LessThanOrEqual(TV.Abs(u), TV.Create(Window));
        if (TV.Any(near)) g = NearZeroNarrow(u, near, g, under);                               // x within ¼ of x₀
        return TV.DivideForNarrow(TV.SelectLessThan(x, zero, over * g, positive), d * d);
    }

    /// <summary>g·<paramref name="under"/>, g = u·(e^x₀·u·Q(u) - x₀), in the lanes of <paramref name="near"/>, for the
    /// narrow kernel. Inlined under the kernel's branch: with the Padé exponential two copies fit the JIT's inlining
    /// budget, and a call here, however rare, made the JIT keep the loop's vectors on the stack on every turn (every
    /// vector register is caller-saved): AVX2 2.6 → 2.2 ns, AVX-512 3.5 → 2.0 ns a float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV NearZeroNarrow<TV>(TV u, TV near, TV g, TV under) where TV : struct, IDoubleLanes<TV>
        => TV.Select(near, under * (u * TV.MultiplyAddEstimate(u * Quadratic(u), TV.Create(ExpZero), TV.Create(-ZeroHi))), g);

    public static DoubleDouble Reference(double x)
    {
        if (double.IsNaN(x)) return x;
        DoubleDouble e = AccurateMath.ExpNonPositive(-Math.Abs(x));
        DoubleDouble d = e + 1.0;
        DoubleDouble n = x >= 0 ? d + (DoubleDouble)x * e : e * (DoubleDouble.TwoSum(1.0, x) + e);
        return n / (d * d);
    }
}
