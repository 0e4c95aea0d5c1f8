using System.Diagnostics;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// Measures a <see cref="Candidate"/> against the project's own reference. Inputs always go through the candidate's
/// span kernel in batches of <see cref="BatchSize"/>, so for this library the vector paths are what is measured.
/// </summary>
/// <remarks>
/// Float sweeps (every bit pattern, or every k-th) use a tiered reference: <see cref="FloatEstimate"/> (double
/// arithmetic, proven bound 2^-45) decides the correctly rounded float whenever the interval it guarantees does not
/// straddle a rounding boundary, which is all but about one input in 2^20; the rest go to
/// <see cref="ReferenceFunctions"/> (double-double) and, if even that cannot decide, to <see cref="BigReference"/>
/// (320-bit). ULP errors in a float sweep come from the double estimate (so are exact to ±2^-20 ULP) and the worst
/// input is re-measured with the double-double reference. Half and double use double-double throughout.
/// </remarks>
public static class AccuracyEngine
{
    /// <summary>Inputs per span call.</summary>
    public const int BatchSize = 1 << 16;

    /// <summary>
    /// Sweeps float bit patterns <c>offset, offset+stride, …</c> below 2^32 (stride 1: all 2^32), plus the special
    /// inputs when the stride is above 1. <paramref name="progress"/> receives the finished share (0…1).
    /// </summary>
    public static AccuracyResult MeasureFloat(Candidate candidate, uint stride = 1, uint offset = 0,
        IProgress<double>? progress = null, int maxDegreeOfParallelism = -1)
    {
        if (candidate.Float is null) throw new ArgumentException($"{candidate.Name} has no float kernel.", nameof(candidate));
        if (stride == 0) throw new ArgumentOutOfRangeException(nameof(stride), "The stride must be at least 1.");
        var clock = Stopwatch.StartNew();
        ulong count = ((1UL << 32) - offset + stride - 1) / stride;
        long batches = (long)((count + BatchSize - 1) / BatchSize);
        var total = new ErrorTally();
        long done = 0;
        object gate = new();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        SpanKernel<float> kernel = candidate.Float;
        SigmoidFunction f = candidate.Function;
        Parallel.For(0, batches, options,
            () => (Tally: new ErrorTally { NormalThreshold = SmallestNormal(NumberFormat.Float) }, X: new float[BatchSize], Y: new float[BatchSize], R: new float[BatchSize]),
            (batch, _, local) =>
            {
                ulong first = (ulong)batch * BatchSize;
                int n = (int)Math.Min((ulong)BatchSize, count - first);
                for (int i = 0; i < n; i++)
                {
                    ulong bits = offset + (first + (ulong)i) * stride;
                    local.X[i] = BitConverter.UInt32BitsToSingle((uint)bits);
                    local.Y[i] = LabelSet.For(f, bits);
                }
                kernel(local.X.AsSpan(0, n), local.Y.AsSpan(0, n), local.R.AsSpan(0, n));
                for (int i = 0; i < n; i++) CheckFloat(f, local.X[i], local.Y[i], local.R[i], local.Tally);
                long finished = Interlocked.Increment(ref done);
                if (progress is not null && (finished * 20 / batches) != ((finished - 1) * 20 / batches))
                    progress.Report((double)finished / batches);
                return local;
            },
            local => { lock (gate) total.Merge(local.Tally); });
        if (stride > 1)
        {
            var specials = SpecialInputs.For(NumberFormat.Float);
            var x = specials.Select(v => (float)v).ToArray();
            var y = x.Select((_, i) => LabelSet.For(f, (ulong)i)).ToArray();
            var r = new float[x.Length];
            kernel(x, y, r);
            var tally = new ErrorTally { NormalThreshold = SmallestNormal(NumberFormat.Float) };
            for (int i = 0; i < x.Length; i++) CheckFloat(f, x[i], y[i], r[i], tally);
            total.Merge(tally);
        }
        Refine(total, f, NumberFormat.Float);
        string mode = stride == 1 ? "exhaustive 2^32" : $"stride {stride}";
        return Finish(candidate, NumberFormat.Float, mode, total, clock.Elapsed);
    }

    /// <summary>All 2^16 Half bit patterns.</summary>
    public static AccuracyResult MeasureHalf(Candidate candidate)
    {
        if (candidate.Half is null) throw new ArgumentException($"{candidate.Name} has no Half kernel.", nameof(candidate));
        var clock = Stopwatch.StartNew();
        int n = 1 << 16;
        var x = new Half[n];
        var y = new Half[n];
        var r = new Half[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = BitConverter.UInt16BitsToHalf((ushort)i);
            y[i] = (Half)LabelSet.For(candidate.Function, (ulong)i);
        }
        candidate.Half(x, y, r);
        var tally = new ErrorTally { NormalThreshold = SmallestNormal(NumberFormat.Half) };
        for (int i = 0; i < n; i++)
            CheckWithReference(candidate.Function, NumberFormat.Half, (double)x[i], (double)y[i], (double)r[i], tally);
        return Finish(candidate, NumberFormat.Half, "exhaustive 2^16", tally, clock.Elapsed);
    }

    /// <summary>The sampled double set of <see cref="DoubleSamples"/> (<paramref name="samples"/> inputs plus specials).</summary>
    public static AccuracyResult MeasureDouble(Candidate candidate, int samples = 1_000_000, int maxDegreeOfParallelism = -1,
        IProgress<double>? progress = null)
    {
        if (candidate.Double is null) throw new ArgumentException($"{candidate.Name} has no double kernel.", nameof(candidate));
        var clock = Stopwatch.StartNew();
        var (x, labels) = DoubleSamples.Generate(candidate.Function, samples);
        var r = new double[x.Length];
        for (int start = 0; start < x.Length; start += BatchSize)
        {
            int n = Math.Min(BatchSize, x.Length - start);
            candidate.Double(x.AsSpan(start, n), labels.AsSpan(start, n), r.AsSpan(start, n));
        }
        var total = Measure(candidate.Function, NumberFormat.Double, x, labels, r, maxDegreeOfParallelism, progress);
        return Finish(candidate, NumberFormat.Double, $"{samples} samples", total, clock.Elapsed);
    }

    /// <summary>Compares given results (of any format, held in doubles) with the reference; used for double and by tests.</summary>
    internal static ErrorTally Measure(SigmoidFunction f, NumberFormat format, double[] x, double[] labels, double[] results,
        int maxDegreeOfParallelism = -1, IProgress<double>? progress = null)
    {
        var total = new ErrorTally();
        object gate = new();
        int chunk = 4096;
        int chunks = (x.Length + chunk - 1) / chunk;
        long done = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new ErrorTally { NormalThreshold = SmallestNormal(format) },
            (c, _, tally) =>
            {
                int end = Math.Min(x.Length, (c + 1) * chunk);
                for (int i = c * chunk; i < end; i++) CheckWithReference(f, format, x[i], labels[i], results[i], tally);
                long finished = Interlocked.Increment(ref done);
                if (progress is not null && (finished * 20 / chunks) != ((finished - 1) * 20 / chunks))
                    progress.Report((double)finished / chunks);
                return tally;
            },
            tally => { lock (gate) total.Merge(tally); });
        return total;
    }

    private static void CheckFloat(SigmoidFunction f, float x, float y, float result, ErrorTally tally)
    {
        double estimate = FloatEstimate.Evaluate(f, x, y);
        if (double.IsNaN(estimate))
        {
            tally.Add(x, y, result, double.NaN, float.IsNaN(result) ? 0 : double.PositiveInfinity, true, true,
                ErrorTally.InRange(f, result, true));
            return;
        }
        double a = Math.Abs(estimate);
        double delta = a * FloatEstimate.RelativeBound + FloatEstimate.AbsoluteBound;
        float low = (float)(estimate - delta), high = (float)(estimate + delta);
        if (low != high || double.IsInfinity(estimate) || !float.IsFinite(result) || !FloatEstimate.IsReliable(f, x))
        {
            CheckWithReference(f, NumberFormat.Float, x, y, result, tally);
            return;
        }
        // Fast path: the correctly rounded float is decided; the error in ULPs of the estimate's binade
        // (2^(max(e,-126)-23)) is exact to ±2^-20 ULP.
        float expected = (float)estimate;
        long bits = BitConverter.DoubleToInt64Bits(a);
        int e = Math.Max((int)(bits >> 52) - 1023, -126);
        double inverseQuantum = BitConverter.Int64BitsToDouble((long)(23 - e + 1023) << 52);
        double ulp = Math.Abs(result - estimate) * inverseQuantum;
        tally.Inputs++;
        tally.FiniteErrors++;
        tally.SumUlp += ulp;
        if (BitConverter.SingleToInt32Bits(expected) != BitConverter.SingleToInt32Bits(result)) tally.Mismatch(x, y, result, expected);
        if (result == 0 && expected != 0) tally.FlushedToZero++;
        if (Math.Abs(expected) >= 1.17549435E-38f && ulp > tally.MaxUlpNormal) tally.MaxUlpNormal = ulp; // 2^-126: normal results only
        if (!ErrorTally.InRange(f, result, false)) tally.RangeViolations++;
        if (ulp > tally.MaxUlp || (ulp == tally.MaxUlp && x < tally.WorstInput))
        {
            tally.MaxUlp = ulp;
            tally.WorstInput = x; tally.WorstLabel = y; tally.WorstResult = result; tally.WorstExpected = expected;
        }
    }

    private static void CheckWithReference(SigmoidFunction f, NumberFormat format, double x, double y, double result, ErrorTally tally)
    {
        double expected = ReferenceFunctions.CorrectlyRounded(f, x, y, format, out ScaledValue value, out bool decided);
        double ulp = Rounding.UlpError(result, value, format);
        tally.Add(x, y, result, expected, ulp, value.IsNaN, decided, ErrorTally.InRange(f, result, value.IsNaN));
    }

    /// <summary>Re-measures the worst input of a float sweep with the double-double reference.</summary>
    private static void Refine(ErrorTally tally, SigmoidFunction f, NumberFormat format)
    {
        if (double.IsNaN(tally.WorstInput) && double.IsNaN(tally.WorstResult)) return;
        if (tally.MaxUlp < 0) return;
        ReferenceFunctions.CorrectlyRounded(f, tally.WorstInput, tally.WorstLabel, format, out ScaledValue value, out _);
        double precise = Rounding.UlpError(tally.WorstResult, value, format);
        if (!double.IsNaN(precise)) tally.MaxUlp = precise;
    }

    private static double SmallestNormal(NumberFormat f) => Math.ScaleB(1.0, f.MinExponent);

    private static AccuracyResult Finish(Candidate c, NumberFormat format, string mode, ErrorTally t, TimeSpan elapsed) => new()
    {
        Candidate = c.Name,
        IsLibrary = c.IsLibrary,
        Function = c.Function,
        Type = format.Name,
        Mode = mode,
        Inputs = t.Inputs,
        NanExpected = t.NanExpected,
        NotCorrectlyRounded = t.NotCorrectlyRounded,
        Undecided = t.Undecided,
        RangeViolations = t.RangeViolations,
        MaxUlp = Math.Max(0, t.MaxUlp),
        MaxUlpNormal = t.MaxUlpNormal,
        FlushedToZero = t.FlushedToZero,
        MismatchInput = t.MismatchInput,
        MismatchLabel = c.Function.HasLabel() ? t.MismatchLabel : double.NaN,
        MismatchResult = t.MismatchResult,
        MismatchExpected = t.MismatchExpected,
        MeanUlp = t.FiniteErrors == 0 ? 0 : t.SumUlp / t.FiniteErrors,
        WorstInput = t.WorstInput,
        WorstLabel = c.Function.HasLabel() ? t.WorstLabel : double.NaN,
        WorstResult = t.WorstResult,
        WorstExpected = t.WorstExpected,
        Elapsed = elapsed,
    };
}
