using Sigmoid.Learning;

namespace Sigmoid.Lab.Experiments;

/// <summary>A binary classification data set: features row-major (N, D) and labels 0/1.</summary>
/// <param name="Name">Short name, e.g. <c>spirals</c> or a file name.</param>
/// <param name="FeatureNames">D column names.</param>
/// <param name="Features">(N, D) row-major.</param>
/// <param name="Labels">(N), each 0 or 1.</param>
public sealed record LabeledDataset(string Name, IReadOnlyList<string> FeatureNames, double[] Features, double[] Labels)
{
    /// <summary>Number of rows N.</summary>
    public int Count => Labels.Length;

    /// <summary>Number of features D.</summary>
    public int Dimension => FeatureNames.Count;

    /// <summary>A copy with every feature scaled to mean 0 and population standard deviation 1 (constant columns become 0).</summary>
    public LabeledDataset Standardized()
    {
        int n = Count, d = Dimension;
        var x = (double[])Features.Clone();
        for (int j = 0; j < d; j++)
        {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += x[i * d + j];
            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++) { double c = x[i * d + j] - mean; variance += c * c; }
            double sd = Math.Sqrt(variance / n);
            for (int i = 0; i < n; i++) x[i * d + j] = sd > 0 ? (x[i * d + j] - mean) / sd : 0;
        }
        return this with { Features = x };
    }
}

/// <summary>Generated two-class data sets in the plane, seeded (same seed → same points).</summary>
public static class GeneratedDatasets
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["spirals", "circles", "moons", "xor"];

    /// <summary>
    /// <paramref name="samples"/> points, half of each class (class 1 gets the odd one), features roughly in [−1, 1]:
    /// <c>spirals</c> two interleaved arms of 1.5 turns; <c>circles</c> radius 0.5 against radius 1; <c>moons</c> two
    /// interleaved half circles; <c>xor</c> the four quadrants. Small uniform noise is added.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown name (the message lists the known ones).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 4 samples.</exception>
    public static LabeledDataset Create(string name, int samples, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 4);
        string key = name?.Trim().ToLowerInvariant() ?? "";
        if (!Names.Contains(key))
            throw new ArgumentException($"Unknown dataset '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name));
        var rng = new SplitMix64(0x5EED_0000UL + (ulong)(uint)seed);
        var x = new double[samples * 2];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            int label = i % 2;
            double u = rng.NextDouble();
            (double a, double b) = key switch
            {
                "spirals" => Spiral(u, label),
                "circles" => Circle(u, label),
                "moons" => Moon(u, label),
                _ => Xor(u, rng.NextDouble(), label, rng.NextInt(2)),
            };
            double noise = key == "xor" ? 0.0 : 0.05;
            x[2 * i] = a + rng.NextUniform(-noise, noise);
            x[2 * i + 1] = b + rng.NextUniform(-noise, noise);
            y[i] = label;
        }
        return new LabeledDataset(key, ["x1", "x2"], x, y);
    }

    private static (double, double) Spiral(double u, int label)
    {
        double r = 0.1 + 0.9 * u;
        double t = 3 * Math.PI * u + label * Math.PI;
        return (r * Math.Cos(t), r * Math.Sin(t));
    }

    private static (double, double) Circle(double u, int label)
    {
        double r = label == 0 ? 0.5 : 1.0;
        double t = 2 * Math.PI * u;
        return (r * Math.Cos(t), r * Math.Sin(t));
    }

    private static (double, double) Moon(double u, int label)
    {
        double t = Math.PI * u;
        return label == 0 ? (Math.Cos(t) - 0.5, Math.Sin(t) - 0.25) : (0.5 - Math.Cos(t), 0.25 - Math.Sin(t));
    }

    private static (double, double) Xor(double u, double v, int label, int quadrant)
    {
        // label 0: same signs (quadrants I and III); label 1: opposite signs (II and IV); margin 0.1 from the axes
        double a = 0.1 + 0.9 * u, b = 0.1 + 0.9 * v;
        double s = quadrant == 0 ? 1 : -1;
        return label == 0 ? (s * a, s * b) : (s * a, -s * b);
    }
}
