namespace Sigmoid.Lab.Sheet;

/// <summary>
/// σ as a distribution function, measured: <see cref="Samples"/> draws from the standard logistic distribution
/// (μ = 0, s = 1; fixed seed, by inversion), their histogram as a density, and the maximum-likelihood fit of the
/// draws with the standard errors the Fisher information predicts. Plain data; the report and the figure present it.
/// </summary>
/// <param name="Samples">How many draws.</param>
/// <param name="Seed">The SplitMix64 seed of <see cref="LogisticDistribution.Sample(Span{double}, ulong)"/>.</param>
/// <param name="TrueLocation">μ of the distribution sampled.</param>
/// <param name="TrueScale">s of the distribution sampled.</param>
/// <param name="FittedLocation">μ̂, the maximum-likelihood location.</param>
/// <param name="FittedScale">ŝ, the maximum-likelihood scale.</param>
/// <param name="LocationStandardError">s·√(3/n): the standard error of μ̂ from the Fisher information.</param>
/// <param name="ScaleStandardError">3s/√((π²+3)·n): the standard error of ŝ.</param>
/// <param name="BinEdges">Histogram bin edges (one more than <see cref="Density"/>).</param>
/// <param name="Density">Share of draws in each bin divided by its width: comparable with the density σ′.</param>
/// <param name="Outside">Draws outside the histogram's range.</param>
/// <param name="KolmogorovDistance">sup |Fₙ(x) − σ(x)| over the draws.</param>
public sealed record LogisticSampleStudy(
    int Samples, ulong Seed, double TrueLocation, double TrueScale, double FittedLocation, double FittedScale,
    double LocationStandardError, double ScaleStandardError, double[] BinEdges, double[] Density, int Outside,
    double KolmogorovDistance)
{
    /// <summary>The default: 10⁵ draws, seed 20261201, 80 bins on [−8, 8].</summary>
    public static LogisticSampleStudy Compute(int samples = 100_000, ulong seed = 20261201, int bins = 80, double range = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var standard = new LogisticDistribution();
        var x = new double[samples];
        standard.Sample(x, seed);
        var fit = LogisticDistribution.Fit(x);
        var edges = Enumerable.Range(0, bins + 1).Select(i => -range + 2 * range * i / bins).ToArray();
        var counts = new long[bins];
        int outside = 0;
        foreach (double v in x)
        {
            int k = (int)Math.Floor((v + range) / (2 * range) * bins);
            if (k < 0 || k >= bins) outside++;
            else counts[k]++;
        }
        double width = 2 * range / bins;
        var density = counts.Select(c => c / (samples * width)).ToArray();
        Array.Sort(x);
        double ks = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double f = standard.Cdf(x[i]);
            ks = Math.Max(ks, Math.Max(f - (double)i / samples, (double)(i + 1) / samples - f));
        }
        return new LogisticSampleStudy(samples, seed, 0, 1, fit.Location, fit.Scale,
            Math.Sqrt(3.0 / samples), 3 / Math.Sqrt((Math.PI * Math.PI + 3) * samples), edges, density, outside, ks);
    }
}
