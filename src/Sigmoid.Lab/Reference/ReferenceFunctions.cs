using DD = Sigmoid.Lab.Reference.DoubleDouble;

namespace Sigmoid.Lab.Reference;

/// <summary>
/// The project's fast high-precision reference for the sigmoid family: double-double arithmetic
/// (<see cref="DoubleDoubleMath"/>) with separate powers of two, so results far outside the double range keep their
/// bits. Every finite result is within <see cref="RelativeError"/> of the exact value (checked against
/// <see cref="BigReference"/> by the tests); results reported exact (the <c>exact</c> out parameter) carry no error at all
/// except a known-sign infinitesimal tail.
/// </summary>
/// <remarks>
/// Limits at special inputs, as IEEE 754 and the library contract expect: σ(±∞) = 1 / +0, σ(NaN) = NaN, σ'(±∞) = +0,
/// logit(0) = -∞, logit(1) = +∞, logit(p ∉ [0,1]) = NaN, ln σ(-∞) = -∞, ln σ(+∞) = -0, softplus(+∞) = +∞,
/// softplus(-∞) = +0; BCE(+∞, y) = +∞ for y &lt; 1 and +0 for y = 1, BCE(-∞, y) = +∞ for y &gt; 0 and +0 for y = 0
/// (the limits of max(z,0) - z·y + ln(1+e^-|z|)); BCE with a NaN or infinite label is NaN. silu(+∞) = +∞,
/// silu(-∞) = -0, silu'(+∞) = 1, silu'(-∞) = -0 (the limits); the SiLU backward pass is silu'(x)·dy in IEEE
/// arithmetic at those limits (∞·0 = NaN); softplus with β as softplus (β ≤ 0, NaN or ∞: NaN); logit with ε as logit
/// at the exactly clamped p (ε outside [0, ½]: NaN).
/// </remarks>
public static class ReferenceFunctions
{
    /// <summary>Bound on the relative error of every inexact finite result (observed below 2^-100; 2^-95 claimed).</summary>
    public static readonly double RelativeError = Math.ScaleB(1.0, -95);

    /// <summary>Below this power of two a term is negligible against 1 and survives only as a tail sign.</summary>
    private const int Negligible = -1000;

    /// <summary>f(x), and for BCE f(z = x, y), as a high-precision value; <paramref name="exact"/> is true when the value is exact but for its tail.</summary>
    public static ScaledValue Evaluate(SigmoidFunction function, double x, double y, out bool exact)
    {
        exact = false;
        switch (function)
        {
            case SigmoidFunction.Sigmoid: return Sigmoid(x, ref exact);
            case SigmoidFunction.SigmoidDerivative: return SigmoidDerivative(x, ref exact);
            case SigmoidFunction.Logit: return Logit(x, ref exact);
            case SigmoidFunction.LogSigmoid: return -Softplus(-x, ref exact);
            case SigmoidFunction.Softplus: return Softplus(x, ref exact);
            case SigmoidFunction.BceWithLogits: return Bce(x, y, ref exact);
            case SigmoidFunction.Silu: return Silu(x, ref exact);
            case SigmoidFunction.SiluDerivative: return SiluDerivative(x, ref exact);
            case SigmoidFunction.SiluBackward: return SiluBackward(x, y, ref exact);
            case SigmoidFunction.SoftplusBeta: return SoftplusBeta(x, y, ref exact);
            case SigmoidFunction.LogitEps: return LogitEps(x, y, ref exact);
            default: throw new ArgumentOutOfRangeException(nameof(function), function, "unknown function");
        }
    }

    /// <summary>f(x) (and label y for BCE) as a high-precision value.</summary>
    public static ScaledValue Evaluate(SigmoidFunction function, double x, double y = 0) => Evaluate(function, x, y, out _);

    /// <summary>
    /// The correctly rounded result of f in <paramref name="format"/>: double-double first, <see cref="BigReference"/>
    /// when double-double cannot decide. <paramref name="decided"/> is false only if even 320 bits could not
    /// (an exact midpoint plus a term beyond 2^-600, never met in practice).
    /// </summary>
    public static double CorrectlyRounded(SigmoidFunction function, double x, double y, NumberFormat format, out ScaledValue value, out bool decided)
    {
        value = Evaluate(function, x, y, out bool exact);
        decided = Rounding.TryRound(value, exact ? 0 : RelativeError, format, out double rounded);
        if (decided) return rounded;
        BigFloat? big = BigReference.Evaluate(function, x, y);
        if (big is { } b)
        {
            decided = b.TryRoundTo(format, BigReference.RelativeError, out double bigRounded);
            if (decided) return bigRounded;
        }
        return rounded;
    }

    private static ScaledValue Sigmoid(double x, ref bool exact)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(x)) { exact = true; return new ScaledValue(1.0); }
        if (double.IsNegativeInfinity(x)) { exact = true; return new ScaledValue(0.0); }
        if (x == 0) { exact = true; return new ScaledValue(0.5); }
        var (m, k) = DoubleDoubleMath.Exp(-Math.Abs(x)); // e^-|x| = m·2^k, k ≤ 0
        if (x > 0)
        {
            if (k < Negligible) { exact = true; return new ScaledValue(1.0, 0, -1); }
            return new ScaledValue(DD.One / (DD.One + m.ScaleB(k)));
        }
        if (k < Negligible) return new ScaledValue(m, k, -1);
        return new ScaledValue(m / (DD.One + m.ScaleB(k)), k);
    }

    private static ScaledValue SigmoidDerivative(double x, ref bool exact)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (double.IsInfinity(x)) { exact = true; return new ScaledValue(0.0); }
        if (x == 0) { exact = true; return new ScaledValue(0.25); }
        var (m, k) = DoubleDoubleMath.Exp(-Math.Abs(x));
        if (k < Negligible) return new ScaledValue(m, k, -1);
        DD d = DD.One + m.ScaleB(k);
        return new ScaledValue(m / (d * d), k);
    }

    private static ScaledValue Softplus(double x, ref bool exact)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(x)) { exact = true; return ScaledValue.PositiveInfinity; }
        if (double.IsNegativeInfinity(x)) { exact = true; return new ScaledValue(0.0); }
        if (x == 0) return new ScaledValue(DoubleDoubleMath.Ln2);
        var (m, k) = DoubleDoubleMath.Exp(-Math.Abs(x));
        ScaledValue log1p = Log1pOfScaled(m, k);
        if (x < 0) return log1p;
        return AddNonNegative(x, true, log1p, ref exact);
    }

    /// <summary>ln(1 + m·2^k) for k ≤ 0, as a scaled value.</summary>
    private static ScaledValue Log1pOfScaled(DD m, int k)
    {
        if (k < Negligible) return new ScaledValue(m, k, -1);        // u(1 - u/2 + …) with u below 2^-1000
        if (k < -60) return new ScaledValue(m * (DD.One - m.ScaleB(k - 1)), k); // next term u²/3 is below 2^-120 relative
        return new ScaledValue(DoubleDoubleMath.Log1p(m.ScaleB(k)));
    }

    /// <summary>a + b for a ≥ 0 (a double-double at scale 0, exact or not) and b ≥ 0 a scaled value.</summary>
    private static ScaledValue AddNonNegative(DD a, bool aExact, ScaledValue b, ref bool exact)
    {
        if (a.Hi == 0) return b;
        int ea = Math.ILogB(a.Hi);
        int eb = b.Mantissa.Hi == 0 ? int.MinValue / 2 : Math.ILogB(b.Mantissa.Hi) + b.Scale;
        if (eb < ea - 120)
        {
            exact = aExact;
            return new ScaledValue(a, 0, b.Mantissa.Hi == 0 ? b.Tail : 1);
        }
        if (b.Scale < -900) return new ScaledValue(a.ScaleB(-b.Scale) + b.Mantissa, b.Scale);
        return new ScaledValue(a + b.Mantissa.ScaleB(b.Scale));
    }

    private static ScaledValue Silu(double x, ref bool exact)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(x)) { exact = true; return ScaledValue.PositiveInfinity; }
        if (double.IsNegativeInfinity(x)) { exact = true; return new ScaledValue(-0.0); }
        if (x == 0) { exact = true; return new ScaledValue(x); }
        if (Math.Abs(x) < Math.ScaleB(1.0, -100))
        {
            // x/2 + x²/4 - x⁴/96 …: x/2 exactly, the rest (below 2^-101 of it) a positive tail; x/2 may be a midpoint
            // of the format (x the smallest subnormal), where only that tail decides.
            exact = true;
            return Times(0.5, x, 0, Math.Sign(x));
        }
        ScaledValue s = Sigmoid(x, ref exact);                        // x·σ(x): σ = m·2^k + tail, times x exactly
        return Times(s.Mantissa, x, s.Scale, s.Tail);
    }

    /// <summary>
    /// silu'(x) = σ(x)·σ(-x)·(1 + x + e^x) = e·(1 + x + e)/(1+e)² (x &lt; 0) or (1 + e + x·e)/(1+e)² (x ≥ 0), e = e^-|x|.
    /// 1 + x + e^x vanishes at x ≈ -1.2785; where double-double cancellation would leave fewer than 95 bits
    /// (|1 + x + e^x| &lt; 2^-12) the value comes from <see cref="BigReference"/> instead.
    /// </summary>
    private static ScaledValue SiluDerivative(double x, ref bool exact)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(x)) { exact = true; return new ScaledValue(1.0); }
        if (double.IsNegativeInfinity(x)) { exact = true; return new ScaledValue(-0.0); }
        if (x == 0) { exact = true; return new ScaledValue(0.5); }
        var (m, k) = DoubleDoubleMath.Exp(-Math.Abs(x));
        if (k < Negligible)
        {
            exact = true;   // x > 0: 1 + (x - 1)·e + …; x < 0: e·(1+x)·(1 + e·(-1-2x)/(1+x) + …), both tails positive
            if (x > 0) return new ScaledValue(1.0, 0, 1);
            DD g1 = DD.TwoSum(1.0, x);
            int j = Math.ILogB(g1.Hi);
            return new ScaledValue(m * g1.ScaleB(-j), k + j, 1);
        }
        DD e = m.ScaleB(k);
        DD d = DD.One + e;
        if (x > 0) return new ScaledValue((d + e * x) / (d * d));
        DD g = DD.TwoSum(1.0, x) + e;
        if (Math.Abs(g.Hi) < Math.ScaleB(1.0, -12))
        {
            BigFloat big = BigReference.Evaluate(SigmoidFunction.SiluDerivative, x)!.Value;
            double hi = big.ToDouble();
            return new ScaledValue(new DD(hi, (big - BigFloat.FromDouble(hi)).ToDouble()));
        }
        return new ScaledValue(m * g / (d * d), k);
    }

    /// <summary>silu'(x)·dy: the derivative's value times dy exactly (dy finite), IEEE limits otherwise.</summary>
    private static ScaledValue SiluBackward(double x, double dy, ref bool exact)
    {
        if (double.IsNaN(x) || double.IsNaN(dy)) return ScaledValue.NaN;
        ScaledValue d = SiluDerivative(x, ref exact);
        if (double.IsInfinity(dy))
        {
            double limit = d.ToDouble();
            if (limit == 0) return ScaledValue.NaN;
            exact = true;
            return (limit > 0) == (dy > 0) ? ScaledValue.PositiveInfinity : ScaledValue.NegativeInfinity;
        }
        if (dy == 0 || (d.Mantissa.Hi == 0 && d.Tail == 0))
        {
            exact = true;
            return new ScaledValue(d.IsNegative != double.IsNegative(dy) ? -0.0 : 0.0);
        }
        return Times(d.Mantissa, dy, d.Scale, d.Tail);
    }

    /// <summary>(m·2^scale + tail·0⁺)·f for a finite nonzero double f, the power of two of f moved into the scale so
    /// that the mantissa stays moderate (f may be near the double maximum).</summary>
    private static ScaledValue Times(DD m, double f, int scale, int tail)
    {
        int j = Math.ILogB(f);
        return new ScaledValue(m * Math.ScaleB(f, -j), scale + j, f < 0 ? -tail : tail);
    }

    /// <summary>softplus_β(x) = max(x,0) + ln(1+e^-a)/β with a = β|x| as an exact double-double (or beyond the
    /// doubles: then ln(1+e^-a) is a positive infinitesimal); β = βm·2^j so that the division never overflows.</summary>
    private static ScaledValue SoftplusBeta(double x, double beta, ref bool exact)
    {
        if (double.IsNaN(x) || !(beta > 0) || double.IsPositiveInfinity(beta)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(x)) { exact = true; return ScaledValue.PositiveInfinity; }
        if (double.IsNegativeInfinity(x)) { exact = true; return new ScaledValue(0.0); }
        int j = Math.ILogB(beta);
        double bm = Math.ScaleB(beta, -j);
        DD a = DD.TwoProd(beta, Math.Abs(x));
        ScaledValue log1p;
        if (double.IsInfinity(a.Hi)) log1p = new ScaledValue(0.0, 0, 1);
        else
        {
            var (m, k) = DoubleDoubleMath.Exp(-a);
            log1p = Log1pOfScaled(m, k);
        }
        var term = new ScaledValue(log1p.Mantissa / bm, log1p.Scale - j, log1p.Tail);
        if (x <= 0) return term;
        return AddNonNegative(x, true, term, ref exact);
    }

    /// <summary>logit(q) for q = p clamped exactly to [ε, 1-ε]: logit(ε) for p ≤ ε, logit(1-ε) = -logit(ε) for
    /// 1-p ≤ ε (1-p exact for p ≥ ½; p &gt; 1 and +∞ included), else logit(p); NaN p or ε outside [0, ½] is NaN;
    /// ε = ½ gives +0.</summary>
    private static ScaledValue LogitEps(double p, double eps, ref bool exact)
    {
        if (double.IsNaN(p) || !(eps >= 0 && eps <= 0.5)) return ScaledValue.NaN;
        if (eps == 0.5) { exact = true; return new ScaledValue(0.0); }
        if (p <= eps) return Logit(eps, ref exact);
        if (p >= 0.5 && 1 - p <= eps) return -Logit(eps, ref exact);
        return Logit(p, ref exact);
    }

    private static ScaledValue Logit(double p, ref bool exact)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) return ScaledValue.NaN;
        if (p == 0) { exact = true; return ScaledValue.NegativeInfinity; }
        if (p == 1) { exact = true; return ScaledValue.PositiveInfinity; }
        if (p == 0.5) { exact = true; return new ScaledValue(0.0); }
        if (p < 0.25) return new ScaledValue(LogitBelowQuarter(p));
        if (p <= 0.75) return new ScaledValue(DoubleDoubleMath.Log1p((DD)(2 * p - 1) / DD.TwoSum(1.0, -p))); // 2p-1 exact; 1-p exact as a double-double
        return new ScaledValue(-LogitBelowQuarter(1 - p));                                          // 1-p exact (Sterbenz)
    }

    /// <summary>ln p - ln(1-p) for 0 &lt; p &lt; ¼: no cancellation (|ln p| &gt; 1.38 &gt; 4.8·|ln(1-p)|).</summary>
    private static DD LogitBelowQuarter(double p) => DoubleDoubleMath.Log(p) - DoubleDoubleMath.Log1p(-p);

    private static ScaledValue Bce(double z, double y, ref bool exact)
    {
        if (double.IsNaN(z) || !double.IsFinite(y)) return ScaledValue.NaN;
        if (double.IsPositiveInfinity(z)) { exact = true; return y == 1 ? new ScaledValue(0.0) : y < 1 ? ScaledValue.PositiveInfinity : ScaledValue.NegativeInfinity; }
        if (double.IsNegativeInfinity(z)) { exact = true; return y == 0 ? new ScaledValue(0.0) : y > 0 ? ScaledValue.PositiveInfinity : ScaledValue.NegativeInfinity; }
        if (z == 0) return new ScaledValue(DoubleDoubleMath.Ln2);
        // linear part max(z,0) - z·y: z·(1-y) for z > 0, -z·y for z < 0; ≥ 0 for y ∈ [0,1]
        DD linear;
        bool linearExact;
        if (z > 0)
        {
            DD c = DD.TwoSum(1.0, -y);
            linear = DD.TwoProd(z, c.Hi) + DD.TwoProd(z, c.Lo);
            linearExact = c.Lo == 0;
        }
        else
        {
            linear = DD.TwoProd(-z, y);
            linearExact = true;
        }
        var (m, k) = DoubleDoubleMath.Exp(-Math.Abs(z));
        ScaledValue log1p = Log1pOfScaled(m, k);
        if (linear.Hi < 0) return new ScaledValue(linear + log1p.Mantissa.ScaleB(log1p.Scale)); // label outside [0,1]
        return AddNonNegative(linear, linearExact, log1p, ref exact);
    }
}
