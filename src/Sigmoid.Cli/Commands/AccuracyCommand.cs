using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid accuracy</c>: measures the library (and with <c>--peers</c> TensorPrimitives, MathNet and the naive
/// formulas) against the project's own high-precision reference, through the span API. Prints per function and type
/// the max and mean ULP error, the share correctly rounded and the worst input with its bits. Exit code 1 when the
/// library breaks its accuracy contract (<see cref="AccuracyContract"/>), 2 for usage errors.
/// </summary>
public sealed class AccuracyCommand : ILabCommand
{
    /// <summary>Default float stride: every 4099th bit pattern (about 10^6 inputs), plus the special values.</summary>
    public const uint DefaultStride = 4099;

    /// <summary>Most <c>--samples</c>: 10^8 doubles need 2.4 GB (input, label, result) and hours against the reference.</summary>
    public const int MaxSamples = 100_000_000;

    /// <summary>The <c>--function</c> name of the BCE-with-logits loss (weights, positive-class weight, reductions).</summary>
    public const string BceLossName = "bce-loss";

    /// <inheritdoc />
    public Command Build()
    {
        var function = new Option<string?>("--function", "-f")
        { Description = string.Join(", ", Enum.GetValues<SigmoidFunction>().Select(f => f.CliName())) + ", or a function of the logistic distribution: logistic-pdf, logistic-logpdf, logistic-cdf, logistic-logcdf, logistic-sf, logistic-logsf, logistic-ppf, logistic-isf (double only, at μ=0, s=1 and at sampled μ, s), or bce-loss (BCE-with-logits as a loss: per-sample weights, positive-class weight, reductions none, sum and mean) (default: all). The two-argument ones pair each input with a fixed set: BCE labels, SiLU gradients dy, softplus β, logit ε." };
        var type = new Option<string?>("--type", "-t") { Description = "float, double or half (default: all three)" };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "float: all 2^32 bit patterns (default: every 4099th)" };
        var samples = new Option<int?>("--samples") { Description = "double: number of samples, 1 to 100,000,000 (default 1,000,000); float: a stride giving about N inputs" };
        var stride = new Option<uint?>("--stride") { Description = "float: every K-th bit pattern (default 4099)" };
        var peers = new Option<bool>("--peers") { Description = "also measure TensorPrimitives, MathNet and the naive formulas" };
        var json = new Option<bool>("--json") { Description = "print the results as JSON" };
        var threads = new Option<int?>("--threads") { Description = "worker threads (default: all cores)" };
        var hash = new Option<bool>("--hash") { Description = "print SHA-256 fingerprints of the library's outputs instead", Hidden = true };
        var command = new Command("accuracy", "Measure ULP errors against the project's own high-precision reference.");
        foreach (var o in new Option[] { function, type, exhaustive, samples, stride, peers, json, threads, hash }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            int Usage(string message)
            {
                error.WriteLine($"sigmoid accuracy: {message}");
                return LabCommandLine.UsageError;
            }
            var functions = Enum.GetValues<SigmoidFunction>().ToList();
            var distributionFunctions = Enum.GetValues<LogisticDistributionFunction>().ToList();
            bool bceLoss = true;
            if (parse.GetValue(function) is { } fname)
            {
                if (SigmoidFunctionNames.Parse(fname) is { } f) { functions = [f]; distributionFunctions = []; bceLoss = false; }
                else if (LogisticDistributionFunctionNames.Parse(fname) is { } d) { functions = []; distributionFunctions = [d]; bceLoss = false; }
                else if (fname == BceLossName) { functions = []; distributionFunctions = []; }
                else
                    return Usage($"unknown function \"{fname}\"; expected one of {string.Join(", ", functions.Select(x => x.CliName()).Concat(distributionFunctions.Select(x => x.CliName())).Append(BceLossName))}.");
            }
            var formats = new List<NumberFormat> { NumberFormat.Float, NumberFormat.Double, NumberFormat.Half };
            if (parse.GetValue(type) is { } tname)
            {
                if (NumberFormat.Parse(tname) is not { } t) return Usage($"unknown type \"{tname}\"; expected float, double or half.");
                formats = [t];
                if (t != NumberFormat.Double && functions.Count == 0 && !bceLoss)
                    return Usage($"the logistic distribution's functions are double only, not {t.Name}.");
            }
            if (!formats.Contains(NumberFormat.Double)) distributionFunctions = [];
            bool all = parse.GetValue(exhaustive);
            int? n = parse.GetValue(samples);
            uint? k = parse.GetValue(stride);
            if ((all ? 1 : 0) + (n is null ? 0 : 1) + (k is null ? 0 : 1) > 1)
                return Usage("--exhaustive, --samples and --stride exclude each other.");
            if (n is < 1 or > MaxSamples)
                return Usage(string.Create(CultureInfo.InvariantCulture,
                    $"--samples must be between 1 and {MaxSamples:N0}, not {n:N0} (double keeps three 8-byte arrays a sample, " +
                    $"{MaxSamples * 24L / 1e9:0.#} GB at the most; for more float inputs use --stride or --exhaustive)."));
            if (k is 0) return Usage("--stride must be at least 1, not 0.");
            int? threadCount = parse.GetValue(threads);
            if (threadCount is <= 0) return Usage($"--threads must be positive, not {threadCount}.");
            int degree = threadCount ?? -1;

            if (parse.GetValue(hash))
            {
                parse.InvocationConfiguration.Error.WriteLine($"instruction level: {Bench.InstructionLevel.Describe()}");
                foreach (var f in functions)
                    foreach (var t in formats)
                        output.WriteLine($"{f.CliName()} {t.Name} {OutputHash.Compute(f, t)}");
                return 0;
            }

            uint floatStride = all ? 1u : k ?? (n is { } s ? (uint)Math.Max(1, (1L << 32) / s) : DefaultStride);
            int doubleSamples = n ?? 1_000_000;
            bool wantPeers = parse.GetValue(peers);
            bool asJson = parse.GetValue(json);
            var results = new List<AccuracyResult>();
            var clock = Stopwatch.StartNew();
            foreach (var f in functions)
            {
                var candidates = new List<Candidate> { Candidates.Library(f) };
                if (wantPeers) candidates.AddRange(Candidates.Peers(f));
                foreach (var t in formats)
                    foreach (var c in candidates.Where(c => c.Supports(t)))
                    {
                        string label = $"{f.CliName()} {t.Name} {c.Name}";
                        var progress = new LineProgress(error, label);
                        AccuracyResult r = t == NumberFormat.Float
                            ? AccuracyEngine.MeasureFloat(c, floatStride, 0, floatStride < 64 ? progress : null, degree)
                            : t == NumberFormat.Half
                                ? AccuracyEngine.MeasureHalf(c)
                                : AccuracyEngine.MeasureDouble(c, doubleSamples, degree);
                        results.Add(r);
                        if (!asJson) WriteRow(output, r, results.Count == 1);
                    }
            }
            var distribution = new List<DistributionAccuracyResult>();
            foreach (var d in distributionFunctions)
                foreach (bool sampled in new[] { false, true })
                {
                    var r = DistributionAccuracy.Measure(d, sampled, doubleSamples, degree);
                    distribution.Add(r);
                    if (!asJson) WriteDistributionRow(output, r, distribution.Count == 1);
                }
            var losses = new List<BceLossAccuracyResult>();
            if (bceLoss)
                foreach (var t in formats)
                    foreach (var r in BceLossAccuracy.Measure(t, doubleSamples))
                    {
                        losses.Add(r);
                        if (!asJson) WriteBceLossRow(output, r, losses.Count == 1);
                    }
            var violations = results.SelectMany(AccuracyContract.Violations).Concat(distribution.SelectMany(DistributionAccuracy.Violations))
                .Concat(losses.SelectMany(BceLossAccuracy.Violations)).ToList();
            if (asJson) output.WriteLine(ToJson(results, distribution, losses, violations));
            else
            {
                output.WriteLine();
                output.WriteLine($"total time {clock.Elapsed.TotalSeconds:F1} s; ULP = spacing of the format in the exact value's binade (subnormal spacing below it);");
                output.WriteLine("'normal' = max ULP where the correctly rounded result is normal; 'to 0' = results flushed to zero where the exact one rounds to nonzero");
                foreach (var r in results.Where(r => r.NotCorrectlyRounded > 0 && r.IsLibrary))
                {
                    var fmt = NumberFormat.Parse(r.Type)!;
                    output.WriteLine($"{r.Function.CliName()} {r.Type}: first input not correctly rounded: {fmt.Text(r.MismatchInput)} ({fmt.Hex(r.MismatchInput)})"
                        + (r.Function.HasLabel() ? $" y={fmt.Text(r.MismatchLabel)}" : "")
                        + $" gave {fmt.Text(r.MismatchResult)} ({fmt.Hex(r.MismatchResult)}), correctly rounded {fmt.Text(r.MismatchExpected)} ({fmt.Hex(r.MismatchExpected)})");
                }
                output.WriteLine(violations.Count == 0 ? "contract: holds" : "contract: VIOLATED");
            }
            foreach (var v in violations) error.WriteLine($"contract violated: {v}");
            return violations.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Writes one stderr line per progress report (the engine reports every 5%), from any thread.</summary>
    private sealed class LineProgress(TextWriter error, string label) : IProgress<double>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        public void Report(double value)
        {
            lock (error) error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {value * 100:F0}% ({_clock.Elapsed.TotalSeconds:F0} s)"));
        }
    }

    private static void WriteRow(TextWriter output, AccuracyResult r, bool header)
    {
        var inv = CultureInfo.InvariantCulture;
        if (header)
        {
            output.WriteLine($"{"function",-19} {"type",-6} {"candidate",-16} {"inputs",12} {"max ULP",9} {"normal",9} {"mean ULP",9} {"correctly rounded",17} {"not CR",11} {"to 0",9} {"worst input (bits)",-36} {"time",8}");
        }
        var format = NumberFormat.Parse(r.Type)!;
        string worst = double.IsNaN(r.WorstInput) && double.IsNaN(r.WorstResult) ? "-" : $"{format.Text(r.WorstInput)} ({format.Hex(r.WorstInput)})";
        if (r.Function.HasLabel() && !double.IsNaN(r.WorstLabel)) worst += $" y={format.Text(r.WorstLabel)}";
        string share = (r.ShareCorrectlyRounded * 100).ToString("F4", inv) + "%";
        output.WriteLine(string.Create(inv,
            $"{r.Function.CliName(),-19} {r.Type,-6} {r.Candidate,-16} {r.Inputs,12} {Ulp(r.MaxUlp),9} {Ulp(r.MaxUlpNormal),9} {Ulp(r.MeanUlp),9} {share,17} {r.NotCorrectlyRounded,11} {r.FlushedToZero,9} {worst,-36} {r.Elapsed.TotalSeconds,7:F1}s"));
    }

    private static void WriteDistributionRow(TextWriter output, DistributionAccuracyResult r, bool header)
    {
        var inv = CultureInfo.InvariantCulture;
        if (header)
        {
            output.WriteLine();
            output.WriteLine("LogisticDistribution (double): at μ=0, s=1, and with a random (μ, s) per input");
            output.WriteLine($"{"function",-16} {"parameters",-13} {"inputs",9} {"max ULP",8} {"bound",6} {"mean ULP",9} {"correctly rounded",17} {"worst input: x, μ, s",-60} {"time",8}");
        }
        string worst = double.IsNaN(r.WorstX) ? "-" : string.Create(inv, $"{r.WorstX:R}, {r.WorstLocation:R}, {r.WorstScale:R}");
        double bound = r.SampledParameters ? DistributionAccuracy.GeneralMaxUlp(r.Function) : DistributionAccuracy.StandardMaxUlp;
        string share = (r.ShareCorrectlyRounded * 100).ToString("F4", inv) + "%";
        output.WriteLine(string.Create(inv,
            $"{r.Function.CliName(),-16} {r.Parameters,-13} {r.Inputs,9} {Ulp(r.MaxUlp),8} {bound,6:F1} {Ulp(r.MeanUlp),9} {share,17} {worst,-60} {r.Elapsed.TotalSeconds,7:F1}s"));
    }

    private static void WriteBceLossRow(TextWriter output, BceLossAccuracyResult r, bool header)
    {
        var inv = CultureInfo.InvariantCulture;
        if (header)
        {
            output.WriteLine();
            output.WriteLine("BCE-with-logits loss: elements (reduction none) of random (z, y, w, p), and sums and means of batches of them");
            output.WriteLine($"{"function",-9} {"type",-6} {"reduction",-9} {"results",9} {"max ULP",8} {"bound",6} {"mean ULP",9} {"correctly rounded",17} {"worst: z, y, w, p",-70} {"time",8}");
        }
        string worst = double.IsNaN(r.WorstZ)
            ? (double.IsNaN(r.WorstPositiveWeight) ? "-" : string.Create(inv, $"p = {r.WorstPositiveWeight:R}"))
            : string.Create(inv, $"{r.WorstZ:R}, {r.WorstY:R}, {r.WorstWeight:R}, {r.WorstPositiveWeight:R}");
        string share = (r.ShareCorrectlyRounded * 100).ToString("F4", inv) + "%";
        double bound = BceLossAccuracy.Bound(NumberFormat.Parse(r.Type)!, r.Reduction);
        output.WriteLine(string.Create(inv,
            $"{BceLossName,-9} {r.Type,-6} {r.Reduction,-9} {r.Inputs,9} {Ulp(r.MaxUlp),8} {bound,6:0.0##} {Ulp(r.MeanUlp),9} {share,17} {worst,-70} {r.Elapsed.TotalSeconds,7:F1}s"));
    }

    private static string Ulp(double u) => double.IsPositiveInfinity(u) ? "inf" : u >= 1e6 ? u.ToString("0.0e0", CultureInfo.InvariantCulture) : u.ToString("F3", CultureInfo.InvariantCulture);

    private static string ToJson(List<AccuracyResult> results, List<DistributionAccuracyResult> distribution, List<BceLossAccuracyResult> losses, List<string> violations)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Converters = { new JsonStringEnumConverter() },
        };
        var rows = results.Select(r => new
        {
            function = r.Function.CliName(), type = r.Type, candidate = r.Candidate, mode = r.Mode, inputs = r.Inputs,
            maxUlp = r.MaxUlp, maxUlpNormal = r.MaxUlpNormal, flushedToZero = r.FlushedToZero, meanUlp = r.MeanUlp, shareCorrectlyRounded = r.ShareCorrectlyRounded,
            notCorrectlyRounded = r.NotCorrectlyRounded, nanExpected = r.NanExpected, undecided = r.Undecided,
            rangeViolations = r.RangeViolations, worstInput = r.WorstInput,
            worstInputBits = NumberFormat.Parse(r.Type)!.Hex(r.WorstInput), worstLabel = r.WorstLabel,
            worstResult = r.WorstResult, worstExpected = r.WorstExpected,
            firstMismatch = r.MismatchInput, firstMismatchLabel = r.MismatchLabel, firstMismatchResult = r.MismatchResult,
            firstMismatchExpected = r.MismatchExpected, seconds = r.Elapsed.TotalSeconds,
        });
        var distributionRows = distribution.Select(r => new
        {
            function = r.Function.CliName(), parameters = r.SampledParameters ? "sampled" : "standard", inputs = r.Inputs,
            maxUlp = r.MaxUlp, bound = r.SampledParameters ? DistributionAccuracy.GeneralMaxUlp(r.Function) : DistributionAccuracy.StandardMaxUlp,
            meanUlp = r.MeanUlp, shareCorrectlyRounded = r.ShareCorrectlyRounded, notCorrectlyRounded = r.NotCorrectlyRounded,
            worstX = r.WorstX, worstLocation = r.WorstLocation, worstScale = r.WorstScale, worstResult = r.WorstResult,
            seconds = r.Elapsed.TotalSeconds,
        });
        var lossRows = losses.Select(r => new
        {
            function = BceLossName, type = r.Type, reduction = r.Reduction, inputs = r.Inputs, maxUlp = r.MaxUlp,
            bound = BceLossAccuracy.Bound(NumberFormat.Parse(r.Type)!, r.Reduction), meanUlp = r.MeanUlp,
            shareCorrectlyRounded = r.ShareCorrectlyRounded, notCorrectlyRounded = r.NotCorrectlyRounded,
            worstZ = r.WorstZ, worstY = r.WorstY, worstWeight = r.WorstWeight, worstPositiveWeight = r.WorstPositiveWeight,
            seconds = r.Elapsed.TotalSeconds,
        });
        return JsonSerializer.Serialize(new { results = rows, distribution = distributionRows, bceLoss = lossRows, contractHolds = violations.Count == 0, violations }, options);
    }
}
