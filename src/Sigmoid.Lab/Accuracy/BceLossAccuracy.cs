using System.Diagnostics;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>One row of the BCE-with-logits loss table: the element losses (reduction none) or the batch sums or means.</summary>
/// <param name="Type">float, double or half.</param>
/// <param name="Reduction">none, sum or mean.</param>
/// <param name="Inputs">Results measured: elements for none, batches for sum and mean.</param>
/// <param name="MaxUlp">Largest error, in ULPs of the exact value's binade.</param>
/// <param name="MeanUlp">Mean error.</param>
/// <param name="NotCorrectlyRounded">Results that differ from the correctly rounded value.</param>
/// <param name="WorstZ">The logit of the largest element error (NaN for the reductions).</param>
/// <param name="WorstY">Its label.</param>
/// <param name="WorstWeight">Its weight w.</param>
/// <param name="WorstPositiveWeight">The positive-class weight p of the worst element or batch.</param>
/// <param name="Elapsed">Wall time of the measurement.</param>
public sealed record BceLossAccuracyResult(
    string Type, string Reduction, long Inputs, double MaxUlp, double MeanUlp, long NotCorrectlyRounded,
    double WorstZ, double WorstY, double WorstWeight, double WorstPositiveWeight, TimeSpan Elapsed)
{
    /// <summary>Share of results equal to the correctly rounded value.</summary>
    public double ShareCorrectlyRounded => Inputs == 0 ? 1 : 1.0 - (double)NotCorrectlyRounded / Inputs;
}

/// <summary>
/// Measures <c>Logistic.BinaryCrossEntropyWithLogitsLoss</c> — PyTorch's <c>BCEWithLogitsLoss(weight, pos_weight,
/// reduction)</c> — against the project's reference: the element losses ℓ = w·[p·y·softplus(−z) + (1−y)·softplus(z)]
/// (reduction none) of random (z, y, w, p), and the sum and mean of batches of them against the exact sum of the exact
/// element losses. z: half the time |z| ≤ 20, else |z| ≤ 700 (every term stays a normal number; Half: |z| ≤ 16);
/// y: a hard label one time in three, else uniform in [0, 1]; w uniform in [0, 4]; p one of 1, ¼, 3.5 and 0 per batch.
/// </summary>
public static class BceLossAccuracy
{
    /// <summary>Elements per batch of the sum and mean rows (Half: fewer, so that a sum stays finite).</summary>
    public const int BatchLength = 1000;

    private const int HalfBatchLength = 50;

    private static readonly double[] PositiveWeights = [1.0, 0.25, 3.5, 0.0];

    /// <summary>
    /// The documented bound in ULPs: a double element within 1 ULP (rounded once from double-double); float and Half
    /// elements are that double rounded once more, so within ½ ULP plus the double's own error (below 2^-28 ULP of a
    /// float); a double sum or mean within ½ ULP + 2^-52·Σℓ, at most 2.5 ULP of the result; float and Half sums and
    /// means within ½ ULP + 2^-50 ULP.
    /// </summary>
    public static double Bound(NumberFormat format, string reduction) =>
        format == NumberFormat.Double ? reduction == "none" ? 1.0 : 2.5 : 0.5 + Math.ScaleB(1.0, -20);

    /// <summary>Measures the element losses (reduction none) on <paramref name="samples"/> random elements, and the sum and
    /// mean of the batches they form.</summary>
    public static IReadOnlyList<BceLossAccuracyResult> Measure(NumberFormat format, int samples = 1_000_000, int seed = 20261202)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        int batchLength = format == NumberFormat.Half ? HalfBatchLength : BatchLength;
        var rng = new Random(seed);
        var z = new double[samples];
        var y = new double[samples];
        var w = new double[samples];
        var p = new double[samples];
        double zMax = format == NumberFormat.Half ? 16 : 700;
        for (int i = 0; i < samples; i++)
        {
            double magnitude = rng.Next(2) == 0 ? Math.Min(20, zMax) : zMax;
            z[i] = RoundTo(format, (rng.NextDouble() * 2 - 1) * magnitude);
            y[i] = RoundTo(format, rng.Next(3) == 0 ? rng.Next(2) : rng.NextDouble());
            w[i] = RoundTo(format, rng.NextDouble() * 4);
            p[i] = PositiveWeights[(i / batchLength) % PositiveWeights.Length];
        }

        var clock = Stopwatch.StartNew();
        var elements = new double[samples];
        var sums = new List<double>();
        var means = new List<double>();
        for (int start = 0; start < samples; start += batchLength)
        {
            int n = Math.Min(batchLength, samples - start);
            var (losses, sum, mean) = Library(format, z.AsSpan(start, n), y.AsSpan(start, n), w.AsSpan(start, n), p[start]);
            losses.CopyTo(elements.AsSpan(start, n));
            sums.Add(sum);
            means.Add(mean);
        }

        var elementTally = new Tally();
        var sumTally = new Tally();
        var meanTally = new Tally();
        for (int start = 0, batch = 0; start < samples; start += batchLength, batch++)
        {
            int n = Math.Min(batchLength, samples - start);
            DoubleDouble total = 0.0;
            for (int i = start; i < start + n; i++)
            {
                DoubleDouble exact = ReferenceLoss(z[i], y[i], w[i], p[i]);
                total += exact;
                elementTally.Add(elements[i], new ScaledValue(exact), format, i);
            }
            sumTally.Add(sums[batch], new ScaledValue(total), format, start);
            meanTally.Add(means[batch], new ScaledValue(total / n), format, start);
        }
        var elapsed = clock.Elapsed;
        return
        [
            elementTally.Result(format, "none", z, y, w, p, true, elapsed),
            sumTally.Result(format, "sum", z, y, w, p, false, elapsed),
            meanTally.Result(format, "mean", z, y, w, p, false, elapsed),
        ];
    }

    /// <summary>Reasons a row breaks its documented bound (empty when it holds).</summary>
    public static IReadOnlyList<string> Violations(BceLossAccuracyResult r)
    {
        double bound = Bound(NumberFormat.Parse(r.Type)!, r.Reduction);
        return r.MaxUlp <= bound ? [] :
            [$"bce-loss {r.Type} ({r.Reduction}): max error {r.MaxUlp:G4} ULP > {bound:G4}" +
             (r.Reduction == "none" ? $" at z = {r.WorstZ:R}, y = {r.WorstY:R}, w = {r.WorstWeight:R}, p = {r.WorstPositiveWeight:R}" : $" (p = {r.WorstPositiveWeight:R})")];
    }

    /// <summary>w·[p·y·softplus(−z) + (1−y)·softplus(z)] in double-double from the reference softplus (|z| ≤ 700: every
    /// term a normal number; the products and the sum of non-negative terms exact to 2^-104).</summary>
    public static DoubleDouble ReferenceLoss(double z, double y, double w, double p)
    {
        static DoubleDouble Softplus(double t)
        {
            ScaledValue v = ReferenceFunctions.Evaluate(SigmoidFunction.Softplus, t);
            return v.Mantissa.ScaleB(v.Scale);
        }
        DoubleDouble c = DoubleDouble.TwoProd(p, y), d = DoubleDouble.TwoSum(1.0, -y);
        return (c * Softplus(-z) + d * Softplus(z)) * w;
    }

    private static (double[] Losses, double Sum, double Mean) Library(NumberFormat format, ReadOnlySpan<double> z, ReadOnlySpan<double> y,
        ReadOnlySpan<double> w, double p)
    {
        var losses = new double[z.Length];
        if (format == NumberFormat.Float)
        {
            float[] zf = Narrow<float>(z), yf = Narrow<float>(y), wf = Narrow<float>(w);
            var r = new float[z.Length];
            Logistic.BinaryCrossEntropyWithLogitsLoss(zf, yf, r, wf, p);
            for (int i = 0; i < r.Length; i++) losses[i] = r[i];
            return (losses, Logistic.BinaryCrossEntropyWithLogitsLoss(zf, yf, LossReduction.Sum, wf, p),
                Logistic.BinaryCrossEntropyWithLogitsLoss(zf, yf, LossReduction.Mean, wf, p));
        }
        if (format == NumberFormat.Half)
        {
            Half[] zh = Narrow<Half>(z), yh = Narrow<Half>(y), wh = Narrow<Half>(w);
            var r = new Half[z.Length];
            Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, r, wh, p);
            for (int i = 0; i < r.Length; i++) losses[i] = (double)r[i];
            return (losses, (double)Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, LossReduction.Sum, wh, p),
                (double)Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, LossReduction.Mean, wh, p));
        }
        Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, losses, w, p);
        return (losses, Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, w, p),
            Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Mean, w, p));
    }

    /// <summary><paramref name="v"/> rounded to <paramref name="format"/> (held in a double).</summary>
    private static double RoundTo(NumberFormat format, double v) =>
        format == NumberFormat.Float ? (float)v : format == NumberFormat.Half ? (double)(Half)v : v;

    /// <summary>Values already rounded to the format (exact conversions).</summary>
    private static T[] Narrow<T>(ReadOnlySpan<double> values) where T : System.Numerics.INumberBase<T>
    {
        var r = new T[values.Length];
        for (int i = 0; i < r.Length; i++) r[i] = T.CreateTruncating(values[i]);
        return r;
    }

    private sealed class Tally
    {
        private double _max = -1, _sum;
        private long _count, _not;
        private int _worst = -1;

        public void Add(double result, in ScaledValue exact, NumberFormat format, int index)
        {
            double ulp = Rounding.UlpError(result, exact, format);
            _count++;
            _sum += ulp;
            if (!(Rounding.TryRound(exact, ReferenceFunctions.RelativeError, format, out double rounded) && Rounding.SameResult(rounded, result))) _not++;
            if (ulp > _max) { _max = ulp; _worst = index; }
        }

        public BceLossAccuracyResult Result(NumberFormat format, string reduction, double[] z, double[] y, double[] w, double[] p, bool element, TimeSpan elapsed) =>
            new(format.Name, reduction, _count, Math.Max(0, _max), _count == 0 ? 0 : _sum / _count, _not,
                element && _worst >= 0 ? z[_worst] : double.NaN, element && _worst >= 0 ? y[_worst] : double.NaN,
                element && _worst >= 0 ? w[_worst] : double.NaN, _worst >= 0 ? p[_worst] : double.NaN, elapsed);
    }
}
