using System.Numerics;
using System.Numerics.Tensors;
using MathNet.Numerics;
using Sigmoid.Cli.Eval;
using TP = System.Numerics.Tensors.TensorPrimitives;

namespace Sigmoid.Cli.Bench;

/// <summary>
/// What a user would write instead of this library, for every <see cref="FamilyFunction"/>: the
/// <c>TensorPrimitives</c> call or the cheapest composition of its primitives, the textbook scalar loop, and the
/// MathNet loop where MathNet has the function. Shared by <c>sigmoid bench</c> and the BenchmarkDotNet suite, so that
/// both measure the very same peers.
/// </summary>
/// <remarks>
/// The compositions (one line each below) are the naive formulas, pass by pass: logit = ln(p / (1 - p)),
/// σ' = s·(1 - s) with s = σ(x), ln σ = ln(σ(x)), softplus = ln(1 + eˣ) via <c>Exp</c> then <c>LogP1</c>, BCE =
/// softplus(z) - z·y, its gradient σ(z) - y, the backward passes y·(1 - y)·dy and s·(1 - s)·dy, SiLU x·σ(x) as
/// <c>Sigmoid</c> then <c>Multiply</c>, its derivative s·(1 + x·(1 - s)) and that times dy. They are as fast as
/// <c>TensorPrimitives</c> allows and as inaccurate as the formulas are (overflow, cancellation): a speed bar, not
/// an accuracy one. <c>scratch</c> arguments are caller-owned buffers as long as the input, so that no
/// peer allocates.
/// </remarks>
internal static class Peers<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>True when <paramref name="function"/> has a single <c>TensorPrimitives</c> call (σ only).</summary>
    public static bool HasTensorPrimitive(FamilyFunction function) => function == FamilyFunction.Sigmoid;

    /// <summary>True when MathNet has the function (<c>SpecialFunctions.Logistic</c> and <c>Logit</c>).</summary>
    public static bool HasMathNet(FamilyFunction function) => function is FamilyFunction.Sigmoid or FamilyFunction.Logit;

    /// <summary>The <c>TensorPrimitives</c> call or composition for a one-input function.</summary>
    public static void TensorPrimitivesUnary(FamilyFunction function, ReadOnlySpan<T> x, Span<T> d, Span<T> scratch)
    {
        T one = T.One;
        switch (function)
        {
            case FamilyFunction.Sigmoid: TP.Sigmoid(x, d); break;
            case FamilyFunction.SigmoidDerivative: TP.Sigmoid(x, d); TP.Subtract(one, d, scratch); TP.Multiply(d, scratch, d); break;
            case FamilyFunction.Logit: TP.Subtract(one, x, scratch); TP.Divide(x, scratch, d); TP.Log(d, d); break;
            case FamilyFunction.LogSigmoid: TP.Sigmoid(x, d); TP.Log(d, d); break;
            case FamilyFunction.Softplus: TP.Exp(x, d); TP.LogP1(d, d); break;
            case FamilyFunction.Silu: TP.Sigmoid(x, d); TP.Multiply(x, d, d); break;
            case FamilyFunction.SiluDerivative: SiluDerivative(x, d, scratch); break;
            default: throw new ArgumentException($"{function} takes two inputs.", nameof(function));
        }
    }

    /// <summary>The <c>TensorPrimitives</c> composition for a two-input function.</summary>
    public static void TensorPrimitivesBinary(FamilyFunction function, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d, Span<T> scratch)
    {
        T one = T.One;
        switch (function)
        {
            case FamilyFunction.BceWithLogits: TP.Exp(a, scratch); TP.LogP1(scratch, scratch); TP.Multiply(a, b, d); TP.Subtract(scratch, d, d); break;
            case FamilyFunction.BceGradient: TP.Sigmoid(a, d); TP.Subtract(d, b, d); break;
            case FamilyFunction.BackwardFromOutput: TP.Subtract(one, a, scratch); TP.Multiply(a, scratch, d); TP.Multiply(d, b, d); break;
            case FamilyFunction.BackwardFromInput:
                TP.Sigmoid(a, d); TP.Subtract(one, d, scratch); TP.Multiply(d, scratch, d); TP.Multiply(d, b, d); break;
            case FamilyFunction.SiluBackward: SiluDerivative(a, d, scratch); TP.Multiply(d, b, d); break;
            default: throw new ArgumentException($"{function} takes one input.", nameof(function));
        }
    }

    /// <summary>s·(1 + x·(1 - s)) with s = σ(x), pass by pass.</summary>
    private static void SiluDerivative(ReadOnlySpan<T> x, Span<T> d, Span<T> scratch)
    {
        TP.Sigmoid(x, d);
        TP.Subtract(T.One, d, scratch);
        TP.FusedMultiplyAdd(x, scratch, T.One, scratch);
        TP.Multiply(d, scratch, d);
    }

    /// <summary>The textbook scalar formula in a plain loop, for a one-input function.</summary>
    public static void NaiveUnary(FamilyFunction function, ReadOnlySpan<T> x, Span<T> d)
    {
        T one = T.One;
        switch (function)
        {
            case FamilyFunction.Sigmoid: for (int i = 0; i < x.Length; i++) d[i] = one / (one + T.Exp(-x[i])); break;
            case FamilyFunction.SigmoidDerivative:
                for (int i = 0; i < x.Length; i++) { T s = one / (one + T.Exp(-x[i])); d[i] = s * (one - s); }
                break;
            case FamilyFunction.Logit: for (int i = 0; i < x.Length; i++) d[i] = T.Log(x[i] / (one - x[i])); break;
            case FamilyFunction.LogSigmoid: for (int i = 0; i < x.Length; i++) d[i] = -T.Log(one + T.Exp(-x[i])); break;
            case FamilyFunction.Softplus: for (int i = 0; i < x.Length; i++) d[i] = T.Log(one + T.Exp(x[i])); break;
            case FamilyFunction.Silu: for (int i = 0; i < x.Length; i++) d[i] = x[i] / (one + T.Exp(-x[i])); break;
            case FamilyFunction.SiluDerivative:
                for (int i = 0; i < x.Length; i++) { T s = one / (one + T.Exp(-x[i])); d[i] = s * (one + x[i] * (one - s)); }
                break;
            default: throw new ArgumentException($"{function} takes two inputs.", nameof(function));
        }
    }

    /// <summary>The textbook scalar formula in a plain loop, for a two-input function.</summary>
    public static void NaiveBinary(FamilyFunction function, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d)
    {
        T one = T.One;
        switch (function)
        {
            case FamilyFunction.BceWithLogits: for (int i = 0; i < a.Length; i++) d[i] = T.Log(one + T.Exp(a[i])) - a[i] * b[i]; break;
            case FamilyFunction.BceGradient: for (int i = 0; i < a.Length; i++) d[i] = one / (one + T.Exp(-a[i])) - b[i]; break;
            case FamilyFunction.BackwardFromOutput: for (int i = 0; i < a.Length; i++) d[i] = a[i] * (one - a[i]) * b[i]; break;
            case FamilyFunction.BackwardFromInput:
                for (int i = 0; i < a.Length; i++) { T s = one / (one + T.Exp(-a[i])); d[i] = s * (one - s) * b[i]; }
                break;
            case FamilyFunction.SiluBackward:
                for (int i = 0; i < a.Length; i++) { T s = one / (one + T.Exp(-a[i])); d[i] = s * (one + a[i] * (one - s)) * b[i]; }
                break;
            default: throw new ArgumentException($"{function} takes one input.", nameof(function));
        }
    }

    /// <summary>MathNet's <c>SpecialFunctions.Logistic</c> or <c>Logit</c> (double only) in a loop, converting other types.</summary>
    public static void MathNetUnary(FamilyFunction function, ReadOnlySpan<T> x, Span<T> d)
    {
        switch (function)
        {
            case FamilyFunction.Sigmoid:
                for (int i = 0; i < x.Length; i++) d[i] = T.CreateTruncating(SpecialFunctions.Logistic(double.CreateTruncating(x[i])));
                break;
            case FamilyFunction.Logit:
                for (int i = 0; i < x.Length; i++) d[i] = T.CreateTruncating(SpecialFunctions.Logit(double.CreateTruncating(x[i])));
                break;
            default: throw new ArgumentException($"MathNet has no {function}.", nameof(function));
        }
    }

    /// <summary>
    /// <c>TensorPrimitives.Sigmoid</c> on all cores: <c>Parallel.For</c> over one chunk per core (chunk edges on
    /// 64-element boundaries). Arrays rather than spans, since the chunks run on other threads.
    /// </summary>
    public static void TensorPrimitivesSigmoidAllCores(T[] x, T[] d, int length)
    {
        int chunks = Environment.ProcessorCount;
        int chunk = ((length + chunks - 1) / chunks + 63) & ~63;
        if (chunks == 1 || chunk >= length) { TP.Sigmoid(x.AsSpan(0, length), d.AsSpan(0, length)); return; }
        Parallel.For(0, (length + chunk - 1) / chunk, c =>
        {
            int start = c * chunk, n = Math.Min(chunk, length - start);
            TP.Sigmoid(new ReadOnlySpan<T>(x, start, n), new Span<T>(d, start, n));
        });
    }
}
