namespace Sigmoid.Cli.Eval;

/// <summary>
/// The members of the <see cref="Logistic"/> family that the command line can run over spans, by their command-line
/// names. Shared by <c>sigmoid eval</c> and <c>sigmoid bench</c> (and linked into the benchmark suite), so that every
/// tool names and calls the functions the same way.
/// </summary>
internal enum FamilyFunction
{
    /// <summary><c>sigmoid</c>: σ(x).</summary>
    Sigmoid,
    /// <summary><c>sigmoid-derivative</c>: σ'(x) = σ(x)·σ(-x).</summary>
    SigmoidDerivative,
    /// <summary><c>logit</c>: ln(p/(1-p)).</summary>
    Logit,
    /// <summary><c>log-sigmoid</c>: ln σ(x).</summary>
    LogSigmoid,
    /// <summary><c>softplus</c>: ln(1+eˣ).</summary>
    Softplus,
    /// <summary><c>bce-with-logits</c>: binary cross-entropy of logit z against label y (two inputs).</summary>
    BceWithLogits,
    /// <summary><c>bce-gradient</c>: ∂BCE/∂z = σ(z) - y (two inputs).</summary>
    BceGradient,
    /// <summary><c>backward-from-output</c>: y·(1-y)·dy from the saved output y (two inputs).</summary>
    BackwardFromOutput,
    /// <summary><c>backward-from-input</c>: σ'(x)·dy from the saved input x (two inputs).</summary>
    BackwardFromInput,
    /// <summary><c>logistic-pdf</c>: the logistic density σ′((x−μ)/s)/s (<c>--loc</c>, <c>--scale</c>; double only).</summary>
    LogisticPdf,
    /// <summary><c>logistic-logpdf</c>: its logarithm.</summary>
    LogisticLogPdf,
    /// <summary><c>logistic-cdf</c>: σ((x−μ)/s).</summary>
    LogisticCdf,
    /// <summary><c>logistic-logcdf</c>: ln σ((x−μ)/s).</summary>
    LogisticLogCdf,
    /// <summary><c>logistic-sf</c>: 1 − F(x) = σ(−(x−μ)/s).</summary>
    LogisticSf,
    /// <summary><c>logistic-logsf</c>: ln(1 − F(x)).</summary>
    LogisticLogSf,
    /// <summary><c>logistic-ppf</c>: the quantile μ + s·logit(p).</summary>
    LogisticPpf,
    /// <summary><c>logistic-isf</c>: the inverse survival function μ − s·logit(q).</summary>
    LogisticIsf,
}

/// <summary>Names, arity and the library's span overloads of every <see cref="FamilyFunction"/>.</summary>
internal static class FamilyFunctions
{
    /// <summary>Every function with its command-line name, in documentation order.</summary>
    public static readonly IReadOnlyList<(string Name, FamilyFunction Function)> All =
    [
        ("sigmoid", FamilyFunction.Sigmoid),
        ("sigmoid-derivative", FamilyFunction.SigmoidDerivative),
        ("logit", FamilyFunction.Logit),
        ("log-sigmoid", FamilyFunction.LogSigmoid),
        ("softplus", FamilyFunction.Softplus),
        ("bce-with-logits", FamilyFunction.BceWithLogits),
        ("bce-gradient", FamilyFunction.BceGradient),
        ("backward-from-output", FamilyFunction.BackwardFromOutput),
        ("backward-from-input", FamilyFunction.BackwardFromInput),
    ];

    /// <summary>The functions of the logistic distribution, for <c>sigmoid eval</c> only (they are scalar, double and
    /// parameterised by --loc and --scale, so not part of <see cref="All"/>, which the benchmarks also run).</summary>
    public static readonly IReadOnlyList<(string Name, FamilyFunction Function)> Distribution =
    [
        ("logistic-pdf", FamilyFunction.LogisticPdf),
        ("logistic-logpdf", FamilyFunction.LogisticLogPdf),
        ("logistic-cdf", FamilyFunction.LogisticCdf),
        ("logistic-logcdf", FamilyFunction.LogisticLogCdf),
        ("logistic-sf", FamilyFunction.LogisticSf),
        ("logistic-logsf", FamilyFunction.LogisticLogSf),
        ("logistic-ppf", FamilyFunction.LogisticPpf),
        ("logistic-isf", FamilyFunction.LogisticIsf),
    ];

    /// <summary>True for the functions of the logistic distribution (double only, parameters --loc and --scale).</summary>
    public static bool IsDistribution(FamilyFunction function) => function >= FamilyFunction.LogisticPdf;

    /// <summary>The command-line name of <paramref name="function"/>.</summary>
    public static string Name(FamilyFunction function) => All.Concat(Distribution).First(e => e.Function == function).Name;

    /// <summary>Finds a function by its command-line name (exact, lower case); false if there is none.</summary>
    public static bool TryParse(string name, out FamilyFunction function)
    {
        foreach (var (n, f) in All)
            if (n == name) { function = f; return true; }
        function = default;
        return false;
    }

    /// <summary>As <see cref="TryParse"/>, also finding the <see cref="Distribution"/> functions (<c>sigmoid eval</c>).</summary>
    public static bool TryParseWithDistribution(string name, out FamilyFunction function)
    {
        foreach (var (n, f) in Distribution)
            if (n == name) { function = f; return true; }
        return TryParse(name, out function);
    }

    /// <summary>How many input columns the function takes: 1, or 2 for the loss, its gradient and the backward passes.</summary>
    public static int Arity(FamilyFunction function) => function switch
    {
        FamilyFunction.BceWithLogits or FamilyFunction.BceGradient or
        FamilyFunction.BackwardFromOutput or FamilyFunction.BackwardFromInput => 2,
        _ => 1,
    };

    /// <summary>The names of the two input columns (the second is empty for one-input functions), for messages and docs.</summary>
    public static (string First, string Second) ColumnNames(FamilyFunction function) => function switch
    {
        FamilyFunction.BceWithLogits or FamilyFunction.BceGradient => ("logit z", "label y"),
        FamilyFunction.BackwardFromOutput => ("output y", "gradient dy"),
        FamilyFunction.BackwardFromInput => ("input x", "gradient dy"),
        FamilyFunction.Logit or FamilyFunction.LogisticPpf => ("probability p", ""),
        FamilyFunction.LogisticIsf => ("survival probability q", ""),
        _ => ("x", ""),
    };
}

/// <summary>The functions of <see cref="LogisticDistribution"/> as span functions for <c>sigmoid eval</c>.</summary>
internal static class DistributionSpans
{
    /// <summary><paramref name="function"/> of <paramref name="distribution"/> applied element by element.</summary>
    public static UnarySpanFunction<double> For(FamilyFunction function, LogisticDistribution distribution)
    {
        Func<double, double> f = function switch
        {
            FamilyFunction.LogisticPdf => distribution.Pdf,
            FamilyFunction.LogisticLogPdf => distribution.LogPdf,
            FamilyFunction.LogisticCdf => distribution.Cdf,
            FamilyFunction.LogisticLogCdf => distribution.LogCdf,
            FamilyFunction.LogisticSf => distribution.Sf,
            FamilyFunction.LogisticLogSf => distribution.LogSf,
            FamilyFunction.LogisticPpf => distribution.Quantile,
            FamilyFunction.LogisticIsf => distribution.InverseSurvival,
            _ => throw new ArgumentException($"{function} is not a function of the logistic distribution.", nameof(function)),
        };
        return (x, destination) =>
        {
            for (int i = 0; i < x.Length; i++) destination[i] = f(x[i]);
        };
    }
}

/// <summary>A one-input span overload: <c>(input, destination)</c>.</summary>
internal delegate void UnarySpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>A two-input span overload: <c>(first, second, destination)</c>.</summary>
internal delegate void BinarySpanFunction<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination);

/// <summary>
/// The library's span overload of each <see cref="FamilyFunction"/> for <typeparamref name="T"/> (float, double or
/// Half), resolved once so that callers in generic code pay one delegate call per span.
/// </summary>
internal static class LibrarySpans<T>
{
    /// <summary>The one-input overload; throws <see cref="ArgumentException"/> for a two-input function.</summary>
    public static UnarySpanFunction<T> Unary(FamilyFunction function)
    {
        Delegate d = (function, typeof(T)) switch
        {
            (FamilyFunction.Sigmoid, var t) when t == typeof(float) => (UnarySpanFunction<float>)Logistic.Sigmoid,
            (FamilyFunction.Sigmoid, var t) when t == typeof(double) => (UnarySpanFunction<double>)Logistic.Sigmoid,
            (FamilyFunction.Sigmoid, var t) when t == typeof(Half) => (UnarySpanFunction<Half>)Logistic.Sigmoid,
            (FamilyFunction.SigmoidDerivative, var t) when t == typeof(float) => (UnarySpanFunction<float>)Logistic.SigmoidDerivative,
            (FamilyFunction.SigmoidDerivative, var t) when t == typeof(double) => (UnarySpanFunction<double>)Logistic.SigmoidDerivative,
            (FamilyFunction.SigmoidDerivative, var t) when t == typeof(Half) => (UnarySpanFunction<Half>)Logistic.SigmoidDerivative,
            (FamilyFunction.Logit, var t) when t == typeof(float) => (UnarySpanFunction<float>)Logistic.Logit,
            (FamilyFunction.Logit, var t) when t == typeof(double) => (UnarySpanFunction<double>)Logistic.Logit,
            (FamilyFunction.Logit, var t) when t == typeof(Half) => (UnarySpanFunction<Half>)Logistic.Logit,
            (FamilyFunction.LogSigmoid, var t) when t == typeof(float) => (UnarySpanFunction<float>)Logistic.LogSigmoid,
            (FamilyFunction.LogSigmoid, var t) when t == typeof(double) => (UnarySpanFunction<double>)Logistic.LogSigmoid,
            (FamilyFunction.LogSigmoid, var t) when t == typeof(Half) => (UnarySpanFunction<Half>)Logistic.LogSigmoid,
            (FamilyFunction.Softplus, var t) when t == typeof(float) => (UnarySpanFunction<float>)Logistic.Softplus,
            (FamilyFunction.Softplus, var t) when t == typeof(double) => (UnarySpanFunction<double>)Logistic.Softplus,
            (FamilyFunction.Softplus, var t) when t == typeof(Half) => (UnarySpanFunction<Half>)Logistic.Softplus,
            _ => throw new ArgumentException($"{function} for {typeof(T).Name} is not a one-input span function.", nameof(function)),
        };
        return (UnarySpanFunction<T>)d;
    }

    /// <summary>The two-input overload; throws <see cref="ArgumentException"/> for a one-input function.</summary>
    public static BinarySpanFunction<T> Binary(FamilyFunction function)
    {
        Delegate d = (function, typeof(T)) switch
        {
            (FamilyFunction.BceWithLogits, var t) when t == typeof(float) => (BinarySpanFunction<float>)Logistic.BinaryCrossEntropyWithLogits,
            (FamilyFunction.BceWithLogits, var t) when t == typeof(double) => (BinarySpanFunction<double>)Logistic.BinaryCrossEntropyWithLogits,
            (FamilyFunction.BceWithLogits, var t) when t == typeof(Half) => (BinarySpanFunction<Half>)Logistic.BinaryCrossEntropyWithLogits,
            (FamilyFunction.BceGradient, var t) when t == typeof(float) => (BinarySpanFunction<float>)Logistic.BinaryCrossEntropyWithLogitsGradient,
            (FamilyFunction.BceGradient, var t) when t == typeof(double) => (BinarySpanFunction<double>)Logistic.BinaryCrossEntropyWithLogitsGradient,
            (FamilyFunction.BceGradient, var t) when t == typeof(Half) => (BinarySpanFunction<Half>)Logistic.BinaryCrossEntropyWithLogitsGradient,
            (FamilyFunction.BackwardFromOutput, var t) when t == typeof(float) => (BinarySpanFunction<float>)Logistic.SigmoidBackwardFromOutput,
            (FamilyFunction.BackwardFromOutput, var t) when t == typeof(double) => (BinarySpanFunction<double>)Logistic.SigmoidBackwardFromOutput,
            (FamilyFunction.BackwardFromOutput, var t) when t == typeof(Half) => (BinarySpanFunction<Half>)Logistic.SigmoidBackwardFromOutput,
            (FamilyFunction.BackwardFromInput, var t) when t == typeof(float) => (BinarySpanFunction<float>)Logistic.SigmoidBackwardFromInput,
            (FamilyFunction.BackwardFromInput, var t) when t == typeof(double) => (BinarySpanFunction<double>)Logistic.SigmoidBackwardFromInput,
            (FamilyFunction.BackwardFromInput, var t) when t == typeof(Half) => (BinarySpanFunction<Half>)Logistic.SigmoidBackwardFromInput,
            _ => throw new ArgumentException($"{function} for {typeof(T).Name} is not a two-input span function.", nameof(function)),
        };
        return (BinarySpanFunction<T>)d;
    }
}
