using DD = Sigmoid.Lab.Reference.DoubleDouble;

namespace Sigmoid.Lab.Reference;

/// <summary>
/// The high-precision reference for the logistic distribution with location μ and scale s: every function of
/// <see cref="LogisticDistributionFunction"/> in double-double (<see cref="DoubleDoubleMath"/>), with the standardised
/// argument z = (x−μ)/s itself carried in double-double (x − μ exact, the quotient to 2^-104), so that the rounding
/// of z is not mistaken for an error of the function. Results far outside the double range keep their bits as
/// <see cref="ScaledValue"/>s.
/// </summary>
/// <remarks>
/// Relative error of the finite results: that of the double-double functions (about 2^-100) plus |z|·2^-104 from z's
/// last bits, times the condition number of the function (1 for σ's left tail and the densities up to |z|, |z| for
/// ln F on the right); below <see cref="RelativeError"/> for |z| ≤ 2^8. Checked against the library-independent
/// 320-bit reference through σ, softplus and logit at μ = 0, s = 1 (they are those functions) and by the tests'
/// identities (F + Sf = 1, ln of F, Quantile(F(x)) = x) for general μ, s.
/// </remarks>
public static class LogisticDistributionReference
{
    /// <summary>Bound on the relative error of every finite result for |z| ≤ 2^8 (2^-100 observed; 2^-90 claimed).</summary>
    public static readonly double RelativeError = Math.ScaleB(1.0, -90);

    private const int Negligible = -1000;

    /// <summary><paramref name="f"/> of the logistic distribution (μ = <paramref name="location"/>, s = <paramref name="scale"/>) at
    /// <paramref name="x"/> (a probability for the quantiles).</summary>
    public static ScaledValue Evaluate(LogisticDistributionFunction f, double x, double location = 0, double scale = 1)
    {
        if (double.IsNaN(x)) return ScaledValue.NaN;
        if (f.TakesProbability()) return Quantile(x, location, f == LogisticDistributionFunction.Ppf ? scale : -scale);
        if (double.IsInfinity(x))
        {
            bool right = x > 0;
            return f switch
            {
                LogisticDistributionFunction.Pdf => new ScaledValue(0.0),
                LogisticDistributionFunction.LogPdf => ScaledValue.NegativeInfinity,
                LogisticDistributionFunction.Cdf => new ScaledValue(right ? 1.0 : 0.0),
                LogisticDistributionFunction.Sf => new ScaledValue(right ? 0.0 : 1.0),
                LogisticDistributionFunction.LogCdf => right ? new ScaledValue(-0.0) : ScaledValue.NegativeInfinity,
                _ => right ? ScaledValue.NegativeInfinity : new ScaledValue(-0.0),
            };
        }
        DD d = DD.TwoSum(x, -location);
        DD z = double.IsInfinity(d.Hi) ? (DD)x / scale - (DD)location / scale : d / scale;
        return f switch
        {
            LogisticDistributionFunction.Pdf => Density(z, scale),
            LogisticDistributionFunction.LogPdf => LogDensity(z, scale),
            LogisticDistributionFunction.Cdf => Sigma(z),
            LogisticDistributionFunction.Sf => Sigma(-z),
            LogisticDistributionFunction.LogCdf => -Softplus(-z),
            _ => -Softplus(z),
        };
    }

    /// <summary>The correctly rounded double of <see cref="Evaluate"/> (false in <paramref name="decided"/> when the
    /// reference's own error straddles a rounding boundary).</summary>
    public static double CorrectlyRounded(LogisticDistributionFunction f, double x, double location, double scale,
        out ScaledValue value, out bool decided)
    {
        value = Evaluate(f, x, location, scale);
        decided = Rounding.TryRound(value, RelativeError, NumberFormat.Double, out double rounded);
        return rounded;
    }

    /// <summary>σ(z) = 1/(1+e^−z) (z ≥ 0) or e^z/(1+e^z) (z &lt; 0).</summary>
    private static ScaledValue Sigma(DD z)
    {
        if (z.Hi == 0) return new ScaledValue(0.5);
        var (m, k) = DoubleDoubleMath.Exp(z.Hi > 0 ? -z : z);               // e^−|z| = m·2^k
        if (z.Hi > 0)
            return k < Negligible ? new ScaledValue(1.0, 0, -1) : new ScaledValue(DD.One / (DD.One + m.ScaleB(k)));
        return k < Negligible ? new ScaledValue(m, k, -1) : new ScaledValue(m / (DD.One + m.ScaleB(k)), k);
    }

    /// <summary>σ′(z)/s = e^−|z|/((1+e^−|z|)²·s).</summary>
    private static ScaledValue Density(DD z, double scale)
    {
        var (m, k) = DoubleDoubleMath.Exp(z.Hi > 0 ? -z : z);
        if (k < Negligible) return new ScaledValue(m / scale, k, -1);
        DD d = DD.One + m.ScaleB(k);
        return new ScaledValue(m / (d * d * scale), k);
    }

    /// <summary>−|z| − 2·ln(1 + e^−|z|) − ln s.</summary>
    private static ScaledValue LogDensity(DD z, double scale)
    {
        DD a = z.Hi < 0 ? -z : z;
        var (m, k) = DoubleDoubleMath.Exp(-a);
        ScaledValue l = Log1pOfScaled(m, k);
        DD r = -a - 2.0 * l.Mantissa.ScaleB(l.Scale);
        if (scale != 1) r -= DoubleDoubleMath.Log(scale);
        return new ScaledValue(r);
    }

    /// <summary>softplus(t) = max(t, 0) + ln(1 + e^−|t|).</summary>
    private static ScaledValue Softplus(DD t)
    {
        if (t.Hi == 0) return new ScaledValue(DoubleDoubleMath.Ln2);
        DD a = t.Hi < 0 ? -t : t;
        var (m, k) = DoubleDoubleMath.Exp(-a);
        ScaledValue l = Log1pOfScaled(m, k);
        if (t.Hi < 0) return l;
        int ea = Math.ILogB(a.Hi), el = Math.ILogB(l.Mantissa.Hi) + l.Scale;
        if (el < ea - 120) return new ScaledValue(a, 0, 1);
        return new ScaledValue(a + l.Mantissa.ScaleB(l.Scale));
    }

    /// <summary>ln(1 + m·2^k) for k ≤ 0.</summary>
    private static ScaledValue Log1pOfScaled(DD m, int k)
    {
        if (k < Negligible) return new ScaledValue(m, k, -1);
        if (k < -60) return new ScaledValue(m * (DD.One - m.ScaleB(k - 1)), k);
        return new ScaledValue(DoubleDoubleMath.Log1p(m.ScaleB(k)));
    }

    /// <summary>μ + t·logit(p).</summary>
    private static ScaledValue Quantile(double p, double location, double t)
    {
        if (p < 0 || p > 1) return ScaledValue.NaN;
        if (p == 0) return t > 0 ? ScaledValue.NegativeInfinity : ScaledValue.PositiveInfinity;
        if (p == 1) return t > 0 ? ScaledValue.PositiveInfinity : ScaledValue.NegativeInfinity;
        ScaledValue l = ReferenceFunctions.Evaluate(SigmoidFunction.Logit, p);
        DD logit = l.Mantissa.ScaleB(l.Scale);
        return new ScaledValue(logit * t + location);
    }
}
