using System.Numerics.Tensors;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// The implementations the accuracy engine measures: this library through its span API, and the peers a .NET user
/// would pick instead — <c>TensorPrimitives.Sigmoid</c>, MathNet's <c>SpecialFunctions.Logistic</c>/<c>Logit</c>,
/// and the naive textbook formulas in the type's own arithmetic.
/// </summary>
public static class Candidates
{
    /// <summary>This project's <c>Sigmoid.Logistic</c> span overloads for <paramref name="function"/>.</summary>
    public static Candidate Library(SigmoidFunction function) => function switch
    {
        SigmoidFunction.Sigmoid => new("Sigmoid", function,
            (x, _, d) => Logistic.Sigmoid(x, d), (x, _, d) => Logistic.Sigmoid(x, d), (x, _, d) => Logistic.Sigmoid(x, d),
            "Logistic.Sigmoid", true),
        SigmoidFunction.SigmoidDerivative => new("Sigmoid", function,
            (x, _, d) => Logistic.SigmoidDerivative(x, d), (x, _, d) => Logistic.SigmoidDerivative(x, d),
            (x, _, d) => Logistic.SigmoidDerivative(x, d), "Logistic.SigmoidDerivative", true),
        SigmoidFunction.Logit => new("Sigmoid", function,
            (x, _, d) => Logistic.Logit(x, d), (x, _, d) => Logistic.Logit(x, d), (x, _, d) => Logistic.Logit(x, d),
            "Logistic.Logit", true),
        SigmoidFunction.LogSigmoid => new("Sigmoid", function,
            (x, _, d) => Logistic.LogSigmoid(x, d), (x, _, d) => Logistic.LogSigmoid(x, d),
            (x, _, d) => Logistic.LogSigmoid(x, d), "Logistic.LogSigmoid", true),
        SigmoidFunction.Softplus => new("Sigmoid", function,
            (x, _, d) => Logistic.Softplus(x, d), (x, _, d) => Logistic.Softplus(x, d), (x, _, d) => Logistic.Softplus(x, d),
            "Logistic.Softplus", true),
        SigmoidFunction.BceWithLogits => new("Sigmoid", function,
            (z, y, d) => Logistic.BinaryCrossEntropyWithLogits(z, y, d),
            (z, y, d) => Logistic.BinaryCrossEntropyWithLogits(z, y, d),
            (z, y, d) => Logistic.BinaryCrossEntropyWithLogits(z, y, d), "Logistic.BinaryCrossEntropyWithLogits", true),
        SigmoidFunction.Silu => new("Sigmoid", function,
            (x, _, d) => Logistic.Silu(x, d), (x, _, d) => Logistic.Silu(x, d), (x, _, d) => Logistic.Silu(x, d),
            "Logistic.Silu", true),
        SigmoidFunction.SiluDerivative => new("Sigmoid", function,
            (x, _, d) => Logistic.SiluDerivative(x, d), (x, _, d) => Logistic.SiluDerivative(x, d),
            (x, _, d) => Logistic.SiluDerivative(x, d), "Logistic.SiluDerivative", true),
        SigmoidFunction.SiluBackward => new("Sigmoid", function,
            (x, dy, d) => Logistic.SiluBackward(x, dy, d), (x, dy, d) => Logistic.SiluBackward(x, dy, d),
            (x, dy, d) => Logistic.SiluBackward(x, dy, d), "Logistic.SiluBackward", true),
        SigmoidFunction.SoftplusBeta => new("Sigmoid", function,
            (x, b, d) => PerParameter(x, b, d, (xs, beta, ds) => Logistic.Softplus(xs, beta, ds)),
            (x, b, d) => PerParameter(x, b, d, (xs, beta, ds) => Logistic.Softplus(xs, beta, ds)),
            (x, b, d) => PerParameter(x, b, d, (xs, beta, ds) => Logistic.Softplus(xs, beta, ds)),
            "Logistic.Softplus(x, beta)", true),
        SigmoidFunction.LogitEps => new("Sigmoid", function,
            (p, e, d) => PerParameter(p, e, d, (ps, eps, ds) => Logistic.Logit(ps, eps, ds)),
            (p, e, d) => PerParameter(p, e, d, (ps, eps, ds) => Logistic.Logit(ps, eps, ds)),
            (p, e, d) => PerParameter(p, e, d, (ps, eps, ds) => Logistic.Logit(ps, eps, ds)),
            "Logistic.Logit(p, eps)", true),
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "unknown function"),
    };

    /// <summary>A span function with one scalar parameter: (x, parameter, destination).</summary>
    private delegate void ParameterSpanKernel<T>(ReadOnlySpan<T> x, T parameter, Span<T> destination);

    /// <summary>
    /// Runs a function that takes one scalar parameter for a whole span over inputs whose parameters vary: the inputs
    /// sharing a parameter value are gathered, computed in one span call, and scattered back.
    /// </summary>
    private static void PerParameter<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> parameters, Span<T> destination, ParameterSpanKernel<T> kernel)
        where T : notnull
    {
        var groups = new Dictionary<T, List<int>>();
        for (int i = 0; i < x.Length; i++)
        {
            if (!groups.TryGetValue(parameters[i], out var list)) groups[parameters[i]] = list = [];
            list.Add(i);
        }
        foreach (var (parameter, indices) in groups)
        {
            var xs = new T[indices.Count];
            var ds = new T[indices.Count];
            for (int k = 0; k < xs.Length; k++) xs[k] = x[indices[k]];
            kernel(xs, parameter, ds);
            for (int k = 0; k < ds.Length; k++) destination[indices[k]] = ds[k];
        }
    }

    /// <summary>The peers of <paramref name="function"/> (possibly none).</summary>
    public static IReadOnlyList<Candidate> Peers(SigmoidFunction function)
    {
        var list = new List<Candidate>();
        if (function == SigmoidFunction.Sigmoid)
            list.Add(new Candidate("TensorPrimitives", function,
                (x, _, d) => TensorPrimitives.Sigmoid(x, d), (x, _, d) => TensorPrimitives.Sigmoid(x, d),
                (x, _, d) => TensorPrimitives.Sigmoid(x, d), "TensorPrimitives.Sigmoid"));
        if (function == SigmoidFunction.Sigmoid)
            list.Add(new Candidate("MathNet", function, null, (x, _, d) => Map(x, d, MathNet.Numerics.SpecialFunctions.Logistic),
                null, "SpecialFunctions.Logistic"));
        if (function == SigmoidFunction.Logit)
            list.Add(new Candidate("MathNet", function, null, (x, _, d) => Map(x, d, MathNetLogit),
                null, "SpecialFunctions.Logit"));
        if (function == SigmoidFunction.Silu)
            list.Add(new Candidate("TensorPrimitives", function,
                (x, _, d) => { TensorPrimitives.Sigmoid(x, d); TensorPrimitives.Multiply(x, d, d); },
                (x, _, d) => { TensorPrimitives.Sigmoid(x, d); TensorPrimitives.Multiply(x, d, d); },
                (x, _, d) => { TensorPrimitives.Sigmoid(x, d); TensorPrimitives.Multiply(x, d, d); },
                "TensorPrimitives.Sigmoid then Multiply"));
        if (function == SigmoidFunction.SoftplusBeta)
            list.Add(new Candidate("threshold 20", function,
                (x, b, d) => Map2(x, b, d, (v, beta) => beta * v > 20f ? v : MathF.Log(1f + MathF.Exp(beta * v)) / beta),
                (x, b, d) => Map2(x, b, d, (v, beta) => beta * v > 20.0 ? v : Math.Log(1.0 + Math.Exp(beta * v)) / beta),
                null, "PyTorch's F.softplus(x, beta, threshold=20): x where βx > 20"));
        list.Add(Naive(function));
        return list;
    }

    /// <summary>The textbook formula in the type's own arithmetic (MathF for float, Math for double).</summary>
    public static Candidate Naive(SigmoidFunction function) => function switch
    {
        SigmoidFunction.Sigmoid => new("naive", function,
            (x, _, d) => Map(x, d, v => 1f / (1f + MathF.Exp(-v))), (x, _, d) => Map(x, d, v => 1.0 / (1.0 + Math.Exp(-v))),
            null, "1/(1+exp(-x))"),
        SigmoidFunction.SigmoidDerivative => new("naive", function,
            (x, _, d) => Map(x, d, v => { float s = 1f / (1f + MathF.Exp(-v)); return s * (1f - s); }),
            (x, _, d) => Map(x, d, v => { double s = 1.0 / (1.0 + Math.Exp(-v)); return s * (1.0 - s); }),
            null, "s·(1-s), s = 1/(1+exp(-x))"),
        SigmoidFunction.Logit => new("naive", function,
            (x, _, d) => Map(x, d, p => MathF.Log(p / (1f - p))), (x, _, d) => Map(x, d, p => Math.Log(p / (1.0 - p))),
            null, "log(p/(1-p))"),
        SigmoidFunction.LogSigmoid => new("naive", function,
            (x, _, d) => Map(x, d, v => MathF.Log(1f / (1f + MathF.Exp(-v)))), (x, _, d) => Map(x, d, v => Math.Log(1.0 / (1.0 + Math.Exp(-v)))),
            null, "log(1/(1+exp(-x)))"),
        SigmoidFunction.Softplus => new("naive", function,
            (x, _, d) => Map(x, d, v => MathF.Log(1f + MathF.Exp(v))), (x, _, d) => Map(x, d, v => Math.Log(1.0 + Math.Exp(v))),
            null, "log(1+exp(x))"),
        SigmoidFunction.Silu => new("naive", function,
            (x, _, d) => Map(x, d, v => v / (1f + MathF.Exp(-v))), (x, _, d) => Map(x, d, v => v / (1.0 + Math.Exp(-v))),
            null, "x/(1+exp(-x))"),
        SigmoidFunction.SiluDerivative => new("naive", function,
            (x, _, d) => Map(x, d, v => { float s = 1f / (1f + MathF.Exp(-v)); return s * (1f + v * (1f - s)); }),
            (x, _, d) => Map(x, d, v => { double s = 1.0 / (1.0 + Math.Exp(-v)); return s * (1.0 + v * (1.0 - s)); }),
            null, "s·(1+x·(1-s)), s = 1/(1+exp(-x))"),
        SigmoidFunction.SiluBackward => new("naive", function,
            (x, y, d) => Map2(x, y, d, (v, g) => { float s = 1f / (1f + MathF.Exp(-v)); return s * (1f + v * (1f - s)) * g; }),
            (x, y, d) => Map2(x, y, d, (v, g) => { double s = 1.0 / (1.0 + Math.Exp(-v)); return s * (1.0 + v * (1.0 - s)) * g; }),
            null, "s·(1+x·(1-s))·dy"),
        SigmoidFunction.SoftplusBeta => new("naive", function,
            (x, b, d) => Map2(x, b, d, (v, beta) => MathF.Log(1f + MathF.Exp(beta * v)) / beta),
            (x, b, d) => Map2(x, b, d, (v, beta) => Math.Log(1.0 + Math.Exp(beta * v)) / beta),
            null, "log(1+exp(βx))/β"),
        SigmoidFunction.LogitEps => new("naive", function,
            (x, e, d) => Map2(x, e, d, (p, eps) => { float q = Math.Clamp(p, eps, 1f - eps); return MathF.Log(q / (1f - q)); }),
            (x, e, d) => Map2(x, e, d, (p, eps) => { double q = Math.Clamp(p, eps, 1.0 - eps); return Math.Log(q / (1.0 - q)); }),
            null, "log(q/(1-q)), q = clamp(p, ε, 1-ε)"),
        _ => new("naive", function,
            (z, y, d) => Map2(z, y, d, (a, b) => { float s = 1f / (1f + MathF.Exp(-a)); return -(b * MathF.Log(s) + (1f - b) * MathF.Log(1f - s)); }),
            (z, y, d) => Map2(z, y, d, (a, b) => { double s = 1.0 / (1.0 + Math.Exp(-a)); return -(b * Math.Log(s) + (1.0 - b) * Math.Log(1.0 - s)); }),
            null, "-(y·log s + (1-y)·log(1-s))"),
    };

    /// <summary>MathNet's Logit throws outside [0, 1]; as a peer it is credited with NaN there.</summary>
    private static double MathNetLogit(double p) => p >= 0 && p <= 1 ? MathNet.Numerics.SpecialFunctions.Logit(p) : double.NaN;

    private static void Map<T>(ReadOnlySpan<T> x, Span<T> destination, Func<T, T> f)
    {
        for (int i = 0; i < x.Length; i++) destination[i] = f(x[i]);
    }

    private static void Map2<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination, Func<T, T, T> f)
    {
        for (int i = 0; i < x.Length; i++) destination[i] = f(x[i], y[i]);
    }
}
