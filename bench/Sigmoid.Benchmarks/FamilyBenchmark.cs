using System.Numerics;
using BenchmarkDotNet.Attributes;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Benchmarks;

/// <summary>
/// The base of every benchmark class: the size parameter <see cref="N"/> over <see cref="Sizes.All"/>, and buffers
/// allocated once in <see cref="Setup"/> (inputs in the function's domain from <see cref="BenchInputs"/>, a
/// destination, a scratch buffer for the compositions). The library runs on one thread here; the all-cores
/// comparison is <see cref="SigmoidAllCoresBenchmarks{T}"/>.
/// </summary>
public abstract class FamilyBenchmark<T> : IFamilyBenchmark where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Elements per call.</summary>
    [ParamsSource(nameof(SizeValues))]
    public int N { get; set; }

    /// <summary>The values of <see cref="N"/>.</summary>
    public IEnumerable<int> SizeValues => Sizes.All;

    /// <summary>The function this class measures.</summary>
    internal abstract FamilyFunction Function { get; }

    FamilyFunction IFamilyBenchmark.Function => Function;

    /// <summary>First input (x, p, z or y).</summary>
    protected T[] A = [];
    /// <summary>Second input (label or upstream gradient); empty for one-input functions.</summary>
    protected T[] B = [];
    /// <summary>Destination.</summary>
    protected T[] D = [];
    /// <summary>Scratch for the TensorPrimitives compositions.</summary>
    protected T[] Scratch = [];

    /// <summary>Allocates and fills the buffers (the library runs on the calling thread unless a call opts in).</summary>
    [GlobalSetup]
    public void Setup()
    {
        (A, B) = BenchInputs.For<T>(Function, N);
        D = new T[N];
        Scratch = new T[N];
        OnSetup();
    }

    /// <summary>Per-class setup after the buffers exist (resolve delegates and the like).</summary>
    protected virtual void OnSetup() { }
}

/// <summary>What every benchmark class tells the joined table: which function it measures.</summary>
internal interface IFamilyBenchmark
{
    /// <summary>The function the class measures.</summary>
    FamilyFunction Function { get; }
}

/// <summary>A one-input function: this library, the TensorPrimitives call or composition (baseline), the naive loop.</summary>
public abstract class UnaryBenchmark<T> : FamilyBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private UnarySpanFunction<T> library = null!;

    /// <summary>Resolves the library overload once.</summary>
    protected override void OnSetup() => library = LibrarySpans<T>.Unary(Function);

    /// <summary>Sigmoid.Logistic, one thread.</summary>
    [Benchmark]
    public void Library() => library(A, D);

    /// <summary>TensorPrimitives (its Sigmoid, or the composition of its primitives; see Peers).</summary>
    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => Peers<T>.TensorPrimitivesUnary(Function, A, D, Scratch);

    /// <summary>The textbook formula in a scalar loop.</summary>
    [Benchmark]
    public void NaiveLoop() => Peers<T>.NaiveUnary(Function, A, D);
}

/// <summary>A two-input function: this library, the TensorPrimitives composition (baseline), the naive loop.</summary>
public abstract class BinaryBenchmark<T> : FamilyBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private BinarySpanFunction<T> library = null!;

    /// <summary>Resolves the library overload once.</summary>
    protected override void OnSetup() => library = LibrarySpans<T>.Binary(Function);

    /// <summary>Sigmoid.Logistic, one thread.</summary>
    [Benchmark]
    public void Library() => library(A, B, D);

    /// <summary>The composition of TensorPrimitives primitives (see Peers).</summary>
    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => Peers<T>.TensorPrimitivesBinary(Function, A, B, D, Scratch);

    /// <summary>The textbook formula in a scalar loop.</summary>
    [Benchmark]
    public void NaiveLoop() => Peers<T>.NaiveBinary(Function, A, B, D);
}
