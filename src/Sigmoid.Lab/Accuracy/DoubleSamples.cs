using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// The sampled double input set (fixed seed), weighted towards the hard regions: a dense uniform grid (20%), then
/// five equal shares (16% each). For the x-functions: the grid over [-800, 800], uniformly random bit patterns,
/// tiny |x| from 2^-1074 to ½, |x| ∈ [708, 745.2] where σ(-|x|) and softplus(-|x|) are subnormal, |x| ∈ [36, 800]
/// where σ rounds to 1, and uniform x ∈ [-40, 40] (for silu' half of these within 2^-60…½ of its zero). For logit (p-domain): the grid over [0, 1], random bit patterns,
/// p near 0 (2^-1074 … ¼), p = ½ ± 2^-k, p = 1 - 2^-k·m near 1, and uniform p.
/// Second arguments (BCE labels, SiLU gradients): every second input takes the next of <see cref="LabelSet"/>, the
/// others a random one (<see cref="LabelSet.Sample"/>).
/// The special inputs of <see cref="SpecialInputs"/> come first.
/// </summary>
public static class DoubleSamples
{
    /// <summary>The inputs (and labels) for <paramref name="function"/>: <paramref name="count"/> of them, plus specials.</summary>
    public static (double[] X, double[] Labels) Generate(SigmoidFunction function, int count, int seed = 20261129)
    {
        var rng = new Random(seed + (int)function);
        var specials = SpecialInputs.For(NumberFormat.Double);
        var x = new double[count + specials.Length];
        var labels = new double[x.Length];
        specials.CopyTo(x, 0);
        int n = count;
        int grid = n / 5;
        for (int i = 0; i < n; i++)
        {
            int region = i < grid ? 1 : (int)((long)(i - grid) * 5 / Math.Max(1, n - grid)) + 2; // 1: grid, 2..6 the rest
            double v = function.TakesProbability() ? Probability(rng, region, i, grid) : Logit(rng, region, i, grid);
            if (region == 6 && function is SigmoidFunction.SiluDerivative or SigmoidFunction.SiluBackward && i % 2 == 0)
                v = SiluZero + Sign(rng, Math.ScaleB(1.0 + rng.NextDouble(), -rng.Next(1, 60)));
            x[specials.Length + i] = v;
        }
        for (int i = 0; i < x.Length; i++)
            labels[i] = i % 2 == 0 ? LabelSet.For(function, (ulong)(i / 2)) : LabelSet.Sample(function, rng);
        return (x, labels);
    }

    /// <summary>The zero of silu' (x₀ = -1 - W(1/e)) rounded to double: half of the last share of silu' samples lie within 2^-60…½ of it.</summary>
    private const double SiluZero = -1.2784645427610737;

    private static double RandomBits(Random rng) => BitConverter.Int64BitsToDouble(rng.NextInt64(long.MinValue, long.MaxValue));

    private static double Sign(Random rng, double v) => rng.Next(2) == 0 ? v : -v;

    private static double Logit(Random rng, int region, int i, int grid) => region switch
    {
        1 => -800.0 + 1600.0 * i / Math.Max(1, grid - 1),
        2 => RandomBits(rng),
        3 => Sign(rng, Math.ScaleB(1.0 + rng.NextDouble(), -rng.Next(2, 1075))),
        4 => Sign(rng, 708.0 + 37.2 * rng.NextDouble()),
        5 => Sign(rng, 36.0 + 764.0 * rng.NextDouble()),
        _ => -40.0 + 80.0 * rng.NextDouble(),
    };

    private static double Probability(Random rng, int region, int i, int grid) => region switch
    {
        1 => (double)i / Math.Max(1, grid - 1),
        2 => RandomBits(rng),
        3 => Math.ScaleB(1.0 + rng.NextDouble(), -rng.Next(3, 1075)),
        4 => 0.5 + Sign(rng, Math.ScaleB(1.0 + rng.NextDouble(), -rng.Next(3, 55))),
        5 => 1.0 - Math.ScaleB(1.0 + rng.NextDouble(), -rng.Next(3, 54)),
        _ => rng.NextDouble(),
    };
}
