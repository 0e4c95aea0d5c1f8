using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// The cheap first tier of the exhaustive float sweep: each function evaluated in double arithmetic from a float
/// input, with a proven error bound. Every path below is a handful of operations, each with relative error ≤ 2^-53
/// (+, ×, ÷) or ≤ 1 ulp as the platform's libm documents (exp, log), and none cancels: the inputs are floats, so
/// -|x|, 2p-1, 1-p for p ≥ ¼ and z·(1-y) are exact in double, and every sum adds terms of one sign. The worst chain
/// (logit near ½: divide, log, Goldberg's log1p correction) stays below 12·2^-53 ≈ 2^-49.4. <see cref="RelativeBound"/>
/// = 2^-45 claims 20 times that, which also absorbs a libm an order of magnitude worse than documented;
/// <see cref="AbsoluteBound"/> = 2^-1060 covers results that underflow in double (they are then far below half the
/// smallest float, 2^-150). The tests check the bound against the double-double reference on a million inputs.
/// </summary>
public static class FloatEstimate
{
    /// <summary>Claimed relative error bound of <see cref="Evaluate"/>.</summary>
    public static readonly double RelativeBound = Math.ScaleB(1.0, -45);
    /// <summary>Claimed absolute error bound of <see cref="Evaluate"/> (for double underflow).</summary>
    public static readonly double AbsoluteBound = Math.ScaleB(1.0, -1060);

    /// <summary>f(x) (label y for BCE) for float arguments, in double; NaN exactly where the exact result is NaN.</summary>
    public static double Evaluate(SigmoidFunction function, float x, float y)
    {
        double d = x;
        switch (function)
        {
            case SigmoidFunction.Sigmoid:
            {
                double e = Math.Exp(-Math.Abs(d));
                return d >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            }
            case SigmoidFunction.SigmoidDerivative:
            {
                double e = Math.Exp(-Math.Abs(d));
                double s = 1.0 + e;
                return e / (s * s);
            }
            case SigmoidFunction.Logit:
                return Logit(d);
            case SigmoidFunction.LogitEps:
            {
                double eps = y;
                if (double.IsNaN(d) || !(eps >= 0 && eps <= 0.5)) return double.NaN;
                if (eps == 0.5) return 0.0;
                if (d <= eps) return Logit(eps);
                if (d >= 0.5 && 1.0 - d <= eps) return -Logit(eps);    // 1-d exact for a float d ≥ ½
                return Logit(d);
            }
            case SigmoidFunction.SoftplusBeta:
            {
                double beta = y;
                if (!(beta > 0) || double.IsPositiveInfinity(beta)) return double.NaN;
                return Softplus(beta * d) / beta;                        // β·x exact: 24 × 24 bits
            }
            case SigmoidFunction.Softplus:
                return Softplus(d);
            case SigmoidFunction.LogSigmoid:
                return -Softplus(-d);
            case SigmoidFunction.Silu:
                return double.IsNegativeInfinity(d) ? -0.0 : d * Sigmoid(d);
            case SigmoidFunction.SiluDerivative:
                return SiluDerivative(d);
            case SigmoidFunction.SiluBackward:
                return SiluDerivative(d) * y;
            case SigmoidFunction.BceWithLogits:
            {
                double label = y;
                if (double.IsNaN(d) || double.IsNaN(label)) return double.NaN;
                if (double.IsPositiveInfinity(d)) return label == 1 ? 0.0 : double.PositiveInfinity;
                if (double.IsNegativeInfinity(d)) return label == 0 ? 0.0 : double.PositiveInfinity;
                double linear = d > 0 ? d * (1.0 - label) : -d * label; // exact: 24 × 24 bits (1-y exact for y ≥ 2^-29)
                return linear + Log1p(Math.Exp(-Math.Abs(d)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(function), function, "unknown function");
        }
    }

    /// <summary>
    /// False where the double evaluation below does not meet <see cref="RelativeBound"/>: silu' within 1/16 of its
    /// zero x₀ ≈ -1.2785, where 1 + x + e^x cancels (outside, |1 + x + e^x| &gt; 0.07 and e^x &lt; 0.3, so
    /// the cancellation costs at most a factor 4). The sweep sends those inputs to the double-double reference.
    /// </summary>
    public static bool IsReliable(SigmoidFunction function, float x) =>
        function is not (SigmoidFunction.SiluDerivative or SigmoidFunction.SiluBackward) || !(Math.Abs(x + 1.2784645427610737) < 0.0625);

    private static double Logit(double d)
    {
        if (double.IsNaN(d) || d < 0 || d > 1) return double.NaN;
        if (d == 0) return double.NegativeInfinity;
        if (d == 1) return double.PositiveInfinity;
        if (d < 0.25) return Math.Log(d / (1.0 - d));
        if (d <= 0.75) return Log1p((2.0 * d - 1.0) / (1.0 - d));
        return -Math.Log((1.0 - d) / d);
    }

    private static double Sigmoid(double x)
    {
        double e = Math.Exp(-Math.Abs(x));
        return x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /// <summary>(1 + e + x·e)/(1+e)² for x ≥ 0, e·((1 + x) + e)/(1+e)² below (1 + x exact for a float x ∈ [-2^24, 0)).</summary>
    private static double SiluDerivative(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return 1.0;
        if (double.IsNegativeInfinity(x)) return -0.0;
        double e = Math.Exp(-Math.Abs(x));
        double d = 1.0 + e;
        return (x >= 0 ? d + x * e : e * ((1.0 + x) + e)) / (d * d);
    }

    private static double Softplus(double x)
    {
        if (double.IsNaN(x)) return x;
        double l = Log1p(Math.Exp(-Math.Abs(x)));
        return x > 0 ? x + l : l;
    }

    /// <summary>Goldberg's ln(1+u): log(w)·u/(w-1) with w = fl(1+u); relative error ≤ 5·2^-53 for 0 ≤ u ≤ 1 (plus libm's).</summary>
    private static double Log1p(double u)
    {
        double w = 1.0 + u;
        if (w == 1.0) return u;
        if (double.IsPositiveInfinity(w)) return w;
        return Math.Log(w) * u / (w - 1.0);
    }
}
