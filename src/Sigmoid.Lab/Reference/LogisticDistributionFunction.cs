namespace Sigmoid.Lab.Reference;

/// <summary>The functions of <c>Sigmoid.LogisticDistribution</c> that the reference and the accuracy engine know.</summary>
public enum LogisticDistributionFunction
{
    /// <summary>Density f(x) = σ′(z)/s, z = (x−μ)/s.</summary>
    Pdf,
    /// <summary>ln f(x) = −|z| − 2·ln(1+e^−|z|) − ln s.</summary>
    LogPdf,
    /// <summary>F(x) = σ(z).</summary>
    Cdf,
    /// <summary>ln F(x) = −softplus(−z).</summary>
    LogCdf,
    /// <summary>1 − F(x) = σ(−z).</summary>
    Sf,
    /// <summary>ln(1 − F(x)) = −softplus(z).</summary>
    LogSf,
    /// <summary>F⁻¹(p) = μ + s·logit(p).</summary>
    Ppf,
    /// <summary>x with 1 − F(x) = q: μ − s·logit(q).</summary>
    Isf,
}

/// <summary>Names of <see cref="LogisticDistributionFunction"/> on the command line (<c>logistic-pdf</c> …).</summary>
public static class LogisticDistributionFunctionNames
{
    /// <summary>The command-line name: <c>logistic-</c> and the SciPy method name.</summary>
    public static string CliName(this LogisticDistributionFunction f) => "logistic-" + f.ToString().ToLowerInvariant();

    /// <summary>Parses a command-line name; null when unknown.</summary>
    public static LogisticDistributionFunction? Parse(string name)
    {
        foreach (var f in Enum.GetValues<LogisticDistributionFunction>())
            if (string.Equals(f.CliName(), name, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }

    /// <summary>True for the quantiles, whose argument is a probability.</summary>
    public static bool TakesProbability(this LogisticDistributionFunction f) =>
        f is LogisticDistributionFunction.Ppf or LogisticDistributionFunction.Isf;

    /// <summary>The library's value of <paramref name="f"/> for <paramref name="distribution"/> at <paramref name="x"/>.</summary>
    public static double Apply(this LogisticDistributionFunction f, LogisticDistribution distribution, double x) => f switch
    {
        LogisticDistributionFunction.Pdf => distribution.Pdf(x),
        LogisticDistributionFunction.LogPdf => distribution.LogPdf(x),
        LogisticDistributionFunction.Cdf => distribution.Cdf(x),
        LogisticDistributionFunction.LogCdf => distribution.LogCdf(x),
        LogisticDistributionFunction.Sf => distribution.Sf(x),
        LogisticDistributionFunction.LogSf => distribution.LogSf(x),
        LogisticDistributionFunction.Ppf => distribution.Quantile(x),
        _ => distribution.InverseSurvival(x),
    };
}
