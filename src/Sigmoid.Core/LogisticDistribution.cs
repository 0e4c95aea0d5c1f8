using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

/// <summary>
/// The logistic distribution with location μ and scale s &gt; 0 — the distribution whose cumulative distribution
/// function is the sigmoid: F(x) = σ((x−μ)/s), density f(x) = σ′((x−μ)/s)/s, quantile F⁻¹(p) = μ + s·logit(p). SciPy's
/// <c>scipy.stats.logistic(loc, scale)</c>, built on this library's accurate σ, σ′, ln σ, softplus and logit.
/// </summary>
/// <remarks>
/// <para><b>How the standardised argument is carried.</b> z = (x−μ)/s is formed as a double-double zh + zl
/// (x − μ exactly by TwoSum, the division's residual by FMA), so the rounding of z itself does not reach the
/// result: each function is evaluated at zh and corrected to first order in zl (|zl| ≤ 2^-53·|zh|), e.g.
/// F(x) = σ(zh) + σ′(zh)·zl. For μ = 0, s = 1, zl = 0 and every function is the library function it is built on, to
/// the bit where it says so.</para>
/// <para><b>Accuracy</b> (double; measured by <c>sigmoid accuracy -f logistic-…</c> against the project's
/// high-precision reference over 10⁶ inputs at μ = 0, s = 1 and 10⁶ inputs with random μ and s): at μ = 0, s = 1
/// every function is within 1 ULP. For general μ and s the logarithmic functions, the quantiles and the moments are
/// still rounded once from double-double and stay within 1 ULP; <see cref="Pdf"/>, <see cref="Cdf"/> and
/// <see cref="Sf"/> add the rounding of the zl correction to that of σ or σ′, and are within 1.5 ULP — the measured
/// bounds of each are in the member docs. Tests: <c>LogisticDistributionTests</c>, <c>LogisticDistributionPropertyTests</c>.</para>
/// </remarks>
public sealed partial class LogisticDistribution
{
    /// <summary>π²/3 as a double-double (the variance of the standard logistic).</summary>
    private static readonly DoubleDouble PiSquaredOverThree = Pi * Pi / 3.0;

    /// <summary>π/√3 as a double-double (its standard deviation).</summary>
    private static readonly DoubleDouble PiOverRootThree = Pi / SqrtOf(3.0);

    private static DoubleDouble Pi => new(Math.PI, 1.2246467991473532e-16);

    private readonly DoubleDouble _logScale;

    /// <summary>The logistic distribution with location <paramref name="location"/> (μ, its mean and median) and
    /// scale <paramref name="scale"/> (s; the standard deviation is s·π/√3).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="location"/> is NaN or infinite, or
    /// <paramref name="scale"/> is not a finite positive number (0, negative, NaN, ∞).</exception>
    public LogisticDistribution(double location = 0.0, double scale = 1.0)
    {
        if (!double.IsFinite(location))
            throw new ArgumentOutOfRangeException(nameof(location), location, "The location μ must be a finite number.");
        if (!(scale > 0 && double.IsFinite(scale)))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale s must be a finite number greater than 0.");
        Location = location;
        Scale = scale;
        _logScale = scale == 1.0 ? 0.0 : LogOf(scale);
    }

    /// <summary>The location μ: the mean, median and mode.</summary>
    public double Location { get; }

    /// <summary>The scale s &gt; 0.</summary>
    public double Scale { get; }

    /// <summary>The mean, μ.</summary>
    public double Mean => Location;

    /// <summary>The median, μ.</summary>
    public double Median => Location;

    /// <summary>The variance s²·π²/3, from double-double (s² exactly, π²/3 to 2^-104), rounded once.</summary>
    public double Variance => Round(DoubleDouble.TwoProduct(Scale, Scale) * PiSquaredOverThree);

    /// <summary>The standard deviation s·π/√3, from double-double, rounded once.</summary>
    public double StandardDeviation => Round(PiOverRootThree * Scale);

    /// <summary>The differential entropy ln s + 2 (in nats), from a double-double ln s, rounded once.</summary>
    public double Entropy => Round(_logScale + 2.0);

    /// <summary>The density f(x) = σ′(z)/s with z = (x−μ)/s.</summary>
    /// <remarks>
    /// <para><see cref="Logistic.SigmoidDerivative(double)"/> at zh, corrected by the factor 1 + (σ(−zh) − σ(zh))·zl
    /// (σ″ = σ′·(σ(−z) − σ(z))) and divided by s with an FMA residual, one final rounding. μ = 0, s = 1: exactly
    /// <c>SigmoidDerivative(x)</c>, within 1 ULP (measured max 0.751). General μ, s: within 1.5 ULP (measured max
    /// 1.425). Beyond |z| = 650 (where σ′ nears the subnormal range) e^−|z|·(1 ∓ zl)/s is formed from normal numbers
    /// and scaled once, so a small s does not inherit σ′'s subnormal rounding; for |z| &gt; 1345 the result is 0 unless
    /// s &lt; 10^-260.</para>
    /// <para>Special values: f(±∞) = +0, f(NaN) = NaN; never negative.</para>
    /// </remarks>
    public double Pdf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return double.IsNaN(zh) ? zh : 0.0;
        if (zl == 0 && Scale == 1.0) return Logistic.SigmoidDerivative(zh);
        double a = Math.Abs(zh);
        if (a > TailStart) return TailExp(a, zh > 0 ? -zl : zl, Scale);
        double v = Logistic.SigmoidDerivative(zh);
        double t = (Logistic.Sigmoid(-zh) - Logistic.Sigmoid(zh)) * zl;
        double q = v / Scale;
        double residual = Math.FusedMultiplyAdd(-q, Scale, v);            // v - q·s, exact
        return q + Math.FusedMultiplyAdd(v, t, residual) / Scale;
    }

    /// <summary>ln f(x) = −|z| − 2·ln(1 + e^−|z|) − ln s, z = (x−μ)/s.</summary>
    /// <remarks>
    /// <para>ln(1 + e^−|z|) from the softplus kernel as a double-double (2^-56), ln s as a double-double, the zl
    /// correction (σ(−zh) − σ(zh))·zl, summed in double-double and rounded once; where ln s cancels more than three
    /// leading bits, both logarithms are recomputed to 2^-100. Within 1 ULP everywhere (measured max 0.507 at μ = 0,
    /// s = 1, 0.624 for general μ, s). Stays finite far into the tails where <see cref="Pdf"/> underflows:
    /// ln f(±800) ≈ −800.</para>
    /// <para>Special values: ln f(±∞) = −∞, NaN → NaN.</para>
    /// </remarks>
    public double LogPdf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return double.IsNaN(zh) ? zh : double.NegativeInfinity;
        double a = Math.Abs(zh);
        SoftplusOperator.Log1pExpNeg(new ScalarLanes(a), out ScalarLanes lh, out ScalarLanes ll);
        DoubleDouble r = DoubleDouble.TwoSum(-a, -2 * lh.V) + (-2 * ll.V);
        if (Scale != 1.0)
        {
            r -= _logScale;
            if (Math.Abs(r.Hi) < 0.125 * (a + Math.Abs(_logScale.Hi)))
            {
                // ln s cancels more than three leading bits of |z| + 2·ln(1+e^−|z|): the kernels' 2^-56 would show.
                // Recompute both logarithms in the accurate double-double arithmetic (2^-100).
                DoubleDouble l = AccurateMath.Log1p(AccurateMath.ExpNonPositive(-a));
                r = (DoubleDouble)(-a) - l - l - AccurateMath.Log(Scale);
            }
        }
        if (zl != 0) r += (Logistic.Sigmoid(-zh) - Logistic.Sigmoid(zh)) * zl;
        return Round(r);
    }

    /// <summary>The distribution function F(x) = σ((x−μ)/s).</summary>
    /// <remarks>
    /// <para><see cref="Logistic.Sigmoid(double)"/> at zh plus σ′(zh)·zl by one FMA. μ = 0, s = 1: exactly
    /// <c>Sigmoid(x)</c>, within 1 ULP (measured max 0.749), subnormal left tail kept (F(−740) ≈ 4.2·10⁻³²²). General
    /// μ, s: within 1.5 ULP (measured max 1.018; the left tail beyond z = −650 as for <see cref="Pdf"/>). The left tail is accurate relative to itself; in the right tail use <see cref="Sf"/>, which
    /// keeps the digits 1 − F loses.</para>
    /// <para>Special values: F(−∞) = 0, F(+∞) = 1, NaN → NaN; always in [0, 1].</para>
    /// </remarks>
    public double Cdf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return Logistic.Sigmoid(zh);
        if (zl != 0 && zh < -TailStart) return TailExp(-zh, zl, 1.0);
        double c = Logistic.Sigmoid(zh);
        return zl == 0 ? c : Math.FusedMultiplyAdd(Logistic.SigmoidDerivative(zh), zl, c);
    }

    /// <summary>ln F(x) = ln σ(z) = −softplus(−z), z = (x−μ)/s.</summary>
    /// <remarks>
    /// <para>softplus(−zh) as a double-double, plus σ(−zh)·zl, rounded once: within 1 ULP everywhere (at μ = 0,
    /// s = 1 the value of <see cref="Logistic.LogSigmoid(double)"/>; measured max 0.751 there and for general μ, s). ln F(x) ≈ z for z → −∞ (no
    /// underflow to −∞), ≈ −e^−z for z → +∞ (no cancellation to 0).</para>
    /// <para>Special values: ln F(−∞) = −∞, ln F(+∞) = −0, NaN → NaN; never positive.</para>
    /// </remarks>
    public double LogCdf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return Logistic.LogSigmoid(zh);
        if (zl != 0 && zh > TailStart) return -TailExp(zh, -zl, 1.0);
        DoubleDouble r = -SoftplusOf(-zh);
        if (zl != 0) r += Logistic.Sigmoid(-zh) * zl;
        return Round(r);
    }

    /// <summary>The survival function 1 − F(x) = σ(−(x−μ)/s), accurate in the right tail.</summary>
    /// <remarks>
    /// <para><see cref="Logistic.Sigmoid(double)"/> at −zh minus σ′(zh)·zl by one FMA. μ = 0, s = 1: exactly
    /// <c>Sigmoid(-x)</c>, within 1 ULP (measured max 0.751); general μ, s: within 1.5 ULP (measured max 1.014). Sf(40) ≈ 4.25·10⁻¹⁸, where 1 − Cdf(40)
    /// is 0.</para>
    /// <para>Special values: Sf(−∞) = 1, Sf(+∞) = 0, NaN → NaN; always in [0, 1].</para>
    /// </remarks>
    public double Sf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return Logistic.Sigmoid(-zh);
        if (zl != 0 && zh > TailStart) return TailExp(zh, -zl, 1.0);
        double c = Logistic.Sigmoid(-zh);
        return zl == 0 ? c : Math.FusedMultiplyAdd(-Logistic.SigmoidDerivative(zh), zl, c);
    }

    /// <summary>ln(1 − F(x)) = ln σ(−z) = −softplus(z), z = (x−μ)/s.</summary>
    /// <remarks>
    /// <para>softplus(zh) as a double-double, plus σ(zh)·zl, negated and rounded once: within 1 ULP everywhere
    /// (measured max 0.749 at μ = 0, s = 1, 0.755 for general μ, s).
    /// LogSf(40) = −40 − ln(1 + e^−40) = −40.000000000000000004…, which rounds to −40 (the correction is 2^-26 ULP); far
    /// out it is ≈ −z, never −∞ for finite x.</para>
    /// <para>Special values: ln Sf(−∞) = −0, ln Sf(+∞) = −∞, NaN → NaN; never positive.</para>
    /// </remarks>
    public double LogSf(double x)
    {
        if (!Standardise(x, out double zh, out double zl)) return Logistic.LogSigmoid(-zh);
        if (zl != 0 && zh < -TailStart) return -TailExp(-zh, zl, 1.0);
        DoubleDouble r = -SoftplusOf(zh);
        if (zl != 0) r -= Logistic.Sigmoid(zh) * zl;
        return Round(r);
    }

    /// <summary>The quantile function (SciPy's <c>ppf</c>) F⁻¹(p) = μ + s·logit(p).</summary>
    /// <remarks>
    /// <para>logit(p) as the double-double that <see cref="Logistic.Logit(double)"/> rounds (accurate near 0, ½ and
    /// 1, 2^-60), times s and plus μ in double-double, rounded once: within 1 ULP, also where μ and s·logit(p)
    /// nearly cancel (where μ cancels more than three bits, logit is recomputed to 2^-100). μ = 0, s = 1: exactly
    /// <c>Logit(p)</c> (measured max 0.538 ULP); general μ, s: measured max 0.529. Quantile(2^-1074) = μ − 744.44·s.</para>
    /// <para>Special values: F⁻¹(0) = −∞, F⁻¹(1) = +∞, F⁻¹(½) = μ; NaN for p outside [0, 1] or NaN (as SciPy).</para>
    /// </remarks>
    public double Quantile(double p) => AffineLogit(p, Scale);

    /// <summary>The inverse survival function (SciPy's <c>isf</c>): x with 1 − F(x) = q, i.e. μ − s·logit(q).</summary>
    /// <remarks>
    /// <para>As <see cref="Quantile"/> with −s: accurate for tiny q, where <c>Quantile(1 - q)</c> has already lost q
    /// to the rounding of 1 − q. μ = 0, s = 1: exactly <c>-Logit(q)</c> (except that isf(½) is +0); measured max
    /// 0.538 ULP there, 0.509 for general μ, s.</para>
    /// <para>Special values: isf(0) = +∞, isf(1) = −∞, isf(½) = μ; NaN for q outside [0, 1] or NaN.</para>
    /// </remarks>
    public double InverseSurvival(double q) => AffineLogit(q, -Scale);

    /// <summary>The log-likelihood Σ ln f(xᵢ) of <paramref name="data"/>, summed in double-double, rounded once.</summary>
    /// <remarks>−∞ if some xᵢ is ±∞, NaN if some xᵢ is NaN; 0 for no data.</remarks>
    public double LogLikelihood(ReadOnlySpan<double> data)
    {
        DoubleDouble sum = 0.0;
        double special = 0;
        foreach (double x in data)
        {
            double l = LogPdf(x);
            if (double.IsFinite(l)) sum += l;
            else special += l;
        }
        return special != 0 || double.IsNaN(special) ? special : Round(sum);
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"Logistic(μ = {Location:R}, s = {Scale:R})");

    /// <summary>z = (x−μ)/s = zh + zl; false (with zh = ±∞ or NaN, zl = 0) when z is not finite.</summary>
    private bool Standardise(double x, out double zh, out double zl)
    {
        zl = 0;
        if (Location == 0 && Scale == 1.0) { zh = x; return double.IsFinite(x); }
        if (!double.IsFinite(x)) { zh = x; return false; }
        DoubleDouble d = DoubleDouble.TwoSum(x, -Location);
        if (double.IsInfinity(d.Hi))
        {
            zh = x / Scale - Location / Scale;                                // x − μ overflows; z itself may not
            return double.IsFinite(zh);
        }
        zh = d.Hi / Scale;
        if (double.IsInfinity(zh)) return false;
        zl = (Math.FusedMultiplyAdd(-zh, Scale, d.Hi) + d.Lo) / Scale;
        if (double.IsSubnormal(zh)) zl = 0;                                   // the residual is meaningless there
        return true;
    }

    /// <summary>μ + t·logit(p) in double-double, rounded once.</summary>
    private double AffineLogit(double p, double t)
    {
        if (!(p > 0 && p < 1))
        {
            if (p == 0) return -t * double.PositiveInfinity;
            if (p == 1) return t * double.PositiveInfinity;
            return double.NaN;
        }
        DoubleDouble l = LogitOf(p);
        DoubleDouble r = DoubleDouble.TwoProduct(t, l.Hi) + t * l.Lo + Location;
        if (Location != 0 && Math.Abs(r.Hi) < Math.Abs(t * l.Hi) * 0.125)
        {
            // μ cancels more than three leading bits of s·logit(p): the fast logit's 2^-60 would show. Recompute logit
            // in the accurate double-double arithmetic (2^-100) that the library keeps for its hard cases.
            l = LogitOperator.Reference(p);
            r = DoubleDouble.TwoProduct(t, l.Hi) + t * l.Lo + Location;
        }
        return Round(r);
    }

    /// <summary>Beyond this |z| the functions that underflow (density, F's left tail, 1 − F's right tail, and ln F, ln(1 − F)
    /// where they are ≈ −e^−|z|) are computed by <see cref="TailExp"/>, whenever z carries a rounded part or s ≠ 1.</summary>
    private const double TailStart = 650;

    /// <summary>The shift of <see cref="TailExp"/>: e^−a = e^−(a−600)·e^−600, a − 600 exact for a ∈ [300, 1200].</summary>
    private const double TailShift = 600;

    /// <summary>e^−600·2^866 ∈ [1, 2), as a double-double (2^-100).</summary>
    private static readonly DoubleDouble ExpMinus600Scaled = DoubleDouble.ScaleB(AccurateMath.ExpNonPositive(-TailShift), 866);

    /// <summary>
    /// e^−a·(1 + c)/d for a &gt; 650, where e^−a equals σ(−a), σ′(a) and ln(1 + e^−a) to 2^-900 relative: computed as
    /// ln(1 + e^−(a−600)) (= e^−(a−600) to 2^-72; the softplus kernel's double-double) times e^−600·2^866, (1 + c)
    /// and 1/d in double-double — all normal numbers — and only then scaled by 2^-866, so a result far below the normal
    /// range is rounded once (within ½ ULP + 2^-50 ULP), not computed from an already subnormal e^−a.
    /// </summary>
    private static double TailExp(double a, double c, double d)
    {
        SoftplusOperator.Log1pExpNeg(new ScalarLanes(a - TailShift), out ScalarLanes lh, out ScalarLanes ll);
        DoubleDouble m = DoubleDouble.FastTwoSum(lh.V, ll.V) * ExpMinus600Scaled;
        if (c != 0) m += m.Hi * c;
        if (d != 1.0) m /= d;
        return Math.ScaleB(m.Hi + m.Lo, -866);
    }

    /// <summary>logit(p) for 0 &lt; p &lt; 1 as hi + lo: the value <see cref="Logistic.Logit(double)"/> rounds.</summary>
    private static DoubleDouble LogitOf(double p)
    {
        double dh = 1.0 - p;
        double dl = (1.0 - dh) - p;                                           // 1 − p = dh + dl exactly
        double wh = p / dh;
        double wl = (Math.FusedMultiplyAdd(-wh, dh, p) - wh * dl) / dh;       // p/(1−p) = wh + wl
        LogCore.Log(new ScalarLanes(wh), new ScalarLanes(wl), out ScalarLanes hi, out ScalarLanes lo);
        return DoubleDouble.TwoSum(hi.V, lo.V);
    }

    /// <summary>softplus(t) = max(t, 0) + ln(1 + e^−|t|) for finite t, as a double-double.</summary>
    private static DoubleDouble SoftplusOf(double t)
    {
        SoftplusOperator.Log1pExpNeg(new ScalarLanes(Math.Abs(t)), out ScalarLanes lh, out ScalarLanes ll);
        return DoubleDouble.TwoSum(Math.Max(t, 0.0), lh.V) + ll.V;
    }

    /// <summary>ln s for finite s &gt; 0 as a double-double (2^-60).</summary>
    private static DoubleDouble LogOf(double s)
    {
        LogCore.Log(new ScalarLanes(s), new ScalarLanes(0.0), out ScalarLanes hi, out ScalarLanes lo);
        return DoubleDouble.TwoSum(hi.V, lo.V);
    }

    /// <summary>√a as a double-double (one Newton correction by FMA).</summary>
    private static DoubleDouble SqrtOf(double a)
    {
        double r = Math.Sqrt(a);
        return DoubleDouble.FastTwoSum(r, Math.FusedMultiplyAdd(-r, r, a) / (2 * r));
    }

    private static double Round(DoubleDouble v) => v.Hi + v.Lo;
}
