using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Sheet;

/// <summary>
/// Computes the answers to parts а–е and и of the sheet on the library (<see cref="Logistic"/>), in float or
/// double. Nothing here re-implements σ: every value of σ, σ′, logit and ln σ comes from the library evaluated in
/// the chosen format, and the only arithmetic done here is the textbook identity being checked, rounded to the
/// format step by step (see <see cref="NumberFormat"/>).
/// </summary>
public static class SheetProperties
{
    /// <summary>The schema id written into every result.</summary>
    public const string SchemaId = "sigmoid-props/1";

    /// <summary>The dense grid of parts б, в, д, е: t = −40 … 40 in steps of 2⁻¹⁰ (81 921 points, exact in float).</summary>
    public static GridSpec Grid { get; } = new(-40, 40, Math.ScaleB(1.0, -10), 80 * 1024 + 1);

    /// <summary>The t of part а, in ascending order.</summary>
    public static IReadOnlyList<double> LimitPoints { get; } =
        [double.NegativeInfinity, -100, -40, -20, -10, -1, 1, 10, 20, 40, 100, double.PositiveInfinity];

    /// <summary>Computes every part for <paramref name="format"/>. Deterministic; takes milliseconds.</summary>
    public static SheetProps Compute(NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var thresholds = NumberFormat.All.Select(Thresholds).ToArray();
        var own = thresholds.Single(t => t.Type == format.Name);
        return new SheetProps(
            SchemaId,
            format.Name,
            Grid,
            new LimitsPart("а", LimitPoints.Select(t => At(format, t)).ToArray(), thresholds),
            Symmetry(format),
            Derivative(format, own.RoundsToOne),
            new AtZeroPart("г", format.Sigmoid(0), format.SigmoidDerivative(0)),
            LogitRoundTrip(format, own.RoundsToOne.T),
            LogDerivative(format),
            MaxDerivative(format));
    }

    /// <summary>The thresholds of part а in <paramref name="format"/>, by bisection over its bit patterns.</summary>
    /// <exception cref="InvalidOperationException">σ never saturates, or is not monotone around the threshold.</exception>
    public static FormatThresholds Thresholds(NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        double one = ThresholdSearch.FirstNonNegative(format, t => format.Sigmoid(t) == 1.0)
                     ?? throw new InvalidOperationException($"σ never rounds to 1 in {format}.");
        double zero = ThresholdSearch.FirstNonNegative(format, m => format.Sigmoid(-m) == 0.0)
                      ?? throw new InvalidOperationException($"σ never rounds to 0 in {format}.");
        var toOne = new Threshold(one, format.HexBits(one), format.Sigmoid(one),
            format.NextDown(one), format.Sigmoid(format.NextDown(one)));
        double zeroNeighbour = -format.NextDown(zero);
        var toZero = new Threshold(-zero, format.HexBits(-zero), format.Sigmoid(-zero),
            zeroNeighbour, format.Sigmoid(zeroNeighbour));
        if (!(toOne.SigmaAtNeighbour < 1.0) || !(toZero.SigmaAtNeighbour > 0.0))
            throw new InvalidOperationException($"σ in {format} is not monotone around its saturation thresholds.");
        return new FormatThresholds(format.Name, toOne, toZero);
    }

    private static SigmaAt At(NumberFormat format, double t)
    {
        double s = format.Sigmoid(t);
        return new SigmaAt(t, s, format.Format(s));
    }

    /// <summary>Every grid point, ascending.</summary>
    public static IEnumerable<double> GridPoints()
    {
        for (int i = 0; i < Grid.Points; i++) yield return Grid.From + i * Grid.Step;
    }

    /// <summary>
    /// The error of <paramref name="computed"/> against the exact f(<paramref name="x"/>) from the project's
    /// high-precision reference, in ULPs of the exact value as the README defines them (the spacing of the format in
    /// the binade of the exact value; subnormal spacing below the normal range).
    /// </summary>
    public static double UlpError(NumberFormat format, double computed, SigmoidFunction function, double x)
    {
        ArgumentNullException.ThrowIfNull(format);
        var reference = Reference.NumberFormat.Parse(format.Name)
                        ?? throw new ArgumentException($"The reference has no format '{format.Name}'.", nameof(format));
        return Rounding.UlpError(computed, ReferenceFunctions.Evaluate(function, x), reference);
    }

    private static SymmetryPart Symmetry(NumberFormat f)
    {
        var ulpNeg = new Max(); var ulpPos = new Max(); var abs = new Max();
        foreach (double t in GridPoints())
        {
            double mirrored = f.Sigmoid(-t);
            double complement = f.Sub(1.0, f.Sigmoid(t));
            (t <= 0 ? ulpNeg : ulpPos).Offer(UlpError(f, complement, SigmoidFunction.Sigmoid, -t), t);
            abs.Offer(Math.Abs(mirrored - complement), t);
        }
        return new SymmetryPart("б", ulpNeg.Result, ulpPos.Result, abs.Result);
    }

    private static DerivativePart Derivative(NumberFormat f, Threshold roundsToOne)
    {
        var ulpNeg = new Max(); var ulpPos = new Max(); var abs = new Max();
        foreach (double t in GridPoints())
        {
            double library = f.SigmoidDerivative(t);
            double s = f.Sigmoid(t);
            double product = f.Mul(s, f.Sub(1.0, s));
            if (t <= 0) ulpNeg.Offer(UlpError(f, product, SigmoidFunction.SigmoidDerivative, t), t);
            else if (t < roundsToOne.T) ulpPos.Offer(UlpError(f, product, SigmoidFunction.SigmoidDerivative, t), t);
            abs.Offer(Math.Abs(library - product), t);
        }
        double b = roundsToOne.T, sb = f.Sigmoid(b);
        var breakdown = new Breakdown(b, sb, f.Mul(sb, f.Sub(1.0, sb)), f.SigmoidDerivative(b));
        return new DerivativePart("в", ulpNeg.Result, ulpPos.Result, abs.Result, breakdown);
    }

    private static LogitPart LogitRoundTrip(NumberFormat f, double infiniteFrom)
    {
        var neg = new ErrorMax(); var pos = new ErrorMax();
        foreach (double t in GridPoints())
        {
            if (t >= infiniteFrom) continue;
            double back = f.Logit(f.Sigmoid(t));
            (t <= 0 ? neg : pos).Offer(back, t, t);
        }
        return new LogitPart("д", neg.Result, pos.Result, infiniteFrom);
    }

    /// <summary>The central-difference step of part е for <paramref name="format"/>: the power of two nearest ∛ε.</summary>
    public static double CentralDifferenceStep(NumberFormat format) =>
        Math.ScaleB(1.0, (int)Math.Round(Math.Log2(Math.Cbrt(format.Epsilon))));

    private static LogDerivativePart LogDerivative(NumberFormat f)
    {
        double h = CentralDifferenceStep(f);
        var err = new ErrorMax();
        foreach (double t in GridPoints())
        {
            double difference = f.Sub(f.LogSigmoid(f.Add(t, h)), f.LogSigmoid(f.Sub(t, h)));
            double estimate = f.Div(difference, 2 * h);
            err.Offer(estimate, f.Sigmoid(-t), t);
        }
        return new LogDerivativePart("е", h, err.Result);
    }

    private static MaxDerivativePart MaxDerivative(NumberFormat f)
    {
        // Golden-section search for the maximum of the library's σ′ on [−10, 10].
        double invPhi = (Math.Sqrt(5) - 1) / 2;
        double a = -10, b = 10;
        double c = b - invPhi * (b - a), d = a + invPhi * (b - a);
        for (int i = 0; i < 200 && b - a > 1e-12; i++)
        {
            if (f.SigmoidDerivative(c) >= f.SigmoidDerivative(d)) { b = d; d = c; c = b - invPhi * (b - a); }
            else { a = c; c = d; d = a + invPhi * (b - a); }
        }
        double tMax = f.Round((a + b) / 2);
        double max = f.SigmoidDerivative(tMax);
        double from = tMax, to = tMax;
        if (f.SigmoidDerivative(0) == max)
        {
            // σ′ is even and decreasing in |t|: the plateau where it equals its maximum is symmetric around 0.
            double right = ThresholdSearch.FirstNonNegative(f, t => f.SigmoidDerivative(t) < max) ?? f.MaxValue;
            double left = ThresholdSearch.FirstNonNegative(f, m => f.SigmoidDerivative(-m) < max) ?? f.MaxValue;
            to = f.NextDown(right);
            from = -f.NextDown(left);
        }
        var powers = Enumerable.Range(1, 20).Select(n => new LayerBound(n, Math.Pow(max, n))).ToArray();
        return new MaxDerivativePart("и", tMax, max, from, to, powers);
    }

    private sealed class Max
    {
        private double _value = double.NegativeInfinity, _at = double.NaN;
        public void Offer(double value, double t)
        {
            if (value > _value) { _value = value; _at = t; }
        }
        public Extreme Result => new(_value, _at);
    }

    private sealed class ErrorMax
    {
        private readonly Max _abs = new(), _rel = new();
        public void Offer(double computed, double expected, double t)
        {
            double error = Math.Abs(computed - expected);
            _abs.Offer(error, t);
            if (expected != 0) _rel.Offer(error / Math.Abs(expected), t);
        }
        public ErrorSummary Result => new(_abs.Result, _rel.Result);
    }
}
