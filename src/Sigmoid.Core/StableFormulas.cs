namespace Sigmoid;

/// <summary>
/// Interim scalar formulas in double (stable, not yet the final kernels): every public member of
/// <see cref="Logistic"/> currently routes through here.
/// </summary>
internal static class StableFormulas
{
    public static double Sigmoid(double x)
    {
        if (double.IsNaN(x)) return x;
        double e = Math.Exp(-Math.Abs(x));
        return x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    public static double SigmoidDerivative(double x)
    {
        if (double.IsNaN(x)) return x;
        double e = Math.Exp(-Math.Abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /// <summary>ln(1+x) accurate for tiny x (Goldberg's trick).</summary>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (double.IsPositiveInfinity(u)) return u;
        return Math.Log(u) * x / (u - 1.0);
    }

    public static double Logit(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        if (p == 0) return double.NegativeInfinity;
        if (p == 1) return double.PositiveInfinity;
        if (p >= 0.25 && p <= 0.75) return Log1P((2 * p - 1) / (1 - p));
        return Math.Log(p / (1 - p));
    }

    public static double Softplus(double x)
    {
        if (double.IsNaN(x)) return x;
        return Math.Max(x, 0) + Log1P(Math.Exp(-Math.Abs(x)));
    }

    public static double LogSigmoid(double x) => -Softplus(-x);

    public static double BinaryCrossEntropyWithLogits(double z, double y)
        => Math.Max(z, 0) - z * y + Log1P(Math.Exp(-Math.Abs(z)));
}
