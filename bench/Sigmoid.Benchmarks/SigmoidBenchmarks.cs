using System.Numerics;
using BenchmarkDotNet.Attributes;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Benchmarks;

/// <summary>σ on one thread: this library, TensorPrimitives.Sigmoid (baseline), the naive loop, MathNet, and Span.CopyTo (the memory roofline).</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SigmoidBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.Sigmoid;

    /// <summary>MathNet SpecialFunctions.Logistic in a loop.</summary>
    [Benchmark]
    public void MathNet() => Peers<T>.MathNetUnary(Function, A, D);

    /// <summary>Span.CopyTo of the input into the destination: reads and writes the same bytes, computes nothing.</summary>
    [Benchmark]
    public void CopyTo() => A.AsSpan().CopyTo(D);
}

/// <summary>σ for Half on one thread: this library, TensorPrimitives.Sigmoid&lt;Half&gt; (baseline), the naive loop, Span.CopyTo.</summary>
public class SigmoidHalfBenchmarks : UnaryBenchmark<Half>
{
    internal override FamilyFunction Function => FamilyFunction.Sigmoid;

    /// <summary>Span.CopyTo of the input into the destination.</summary>
    [Benchmark]
    public void CopyTo() => A.AsSpan().CopyTo(D);
}

/// <summary>
/// σ on one thread against all cores: the library's plain call (baseline) and with ParallelSpanOptions.AllCores, TensorPrimitives.Sigmoid alone and under Parallel.For over one chunk per core.
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SigmoidAllCoresBenchmarks<T> : FamilyBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.Sigmoid;
    private UnarySpanFunction<T> library = null!;

    /// <summary>Resolves the library overload once.</summary>
    protected override void OnSetup() => library = LibrarySpans<T>.Unary(Function);

    /// <summary>The library's plain call: the calling thread only.</summary>
    [Benchmark(Baseline = true)]
    public void Library_OneThread() => library(A, D);

    /// <summary>The library opted in to all cores (it splits from ParallelSpanOptions.DefaultMinimumLength).</summary>
    [Benchmark]
    public void Library_AllCores() => LibraryThreads.SigmoidAllCores<T>(A, D);

    /// <summary>TensorPrimitives.Sigmoid on the calling thread.</summary>
    [Benchmark]
    public void TensorPrimitives_OneThread() => System.Numerics.Tensors.TensorPrimitives.Sigmoid<T>(A, D);

    /// <summary>TensorPrimitives.Sigmoid under Parallel.For, one chunk per core.</summary>
    [Benchmark]
    public void TensorPrimitives_AllCores() => Peers<T>.TensorPrimitivesSigmoidAllCores(A, D, N);
}
