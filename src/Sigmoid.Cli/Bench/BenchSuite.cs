using System.Numerics;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Bench;

/// <summary>What to measure.</summary>
/// <param name="Functions">Functions, in order.</param>
/// <param name="Types">Element types ("float", "double", "half"), in order.</param>
/// <param name="Sizes">Sizes for every function, or null for the defaults (see <see cref="BenchSuite.DefaultSizes"/>).</param>
/// <param name="Quick">Quick mode: fewer sizes and shorter measurements.</param>
internal sealed record BenchRequest(IReadOnlyList<FamilyFunction> Functions, IReadOnlyList<string> Types, IReadOnlyList<int>? Sizes, bool Quick);

/// <summary>
/// Runs the comparison of <c>sigmoid bench</c>: for each function, type and size, this library beside
/// <c>TensorPrimitives</c>, the naive loop, MathNet (where it has the function) and <c>Span.CopyTo</c>, all on one
/// thread; for σ at n ≥ <see cref="AllCoresMinSize"/> also the library on all cores and <c>TensorPrimitives</c> under
/// <c>Parallel.For</c>.
/// </summary>
internal static class BenchSuite
{
    /// <summary>The benchmark sizes: a small span, the remainder path (6·512+7), L1/L2-resident, L2/L3-resident, DRAM.</summary>
    public static readonly int[] AllSizes = [128, 6 * 512 + 7, 4_096, 262_144, 16_777_216];

    /// <summary>Smallest size at which all-cores rows are measured.</summary>
    public const int AllCoresMinSize = 262_144;

    /// <summary>
    /// Default sizes of <paramref name="function"/>: all of <see cref="AllSizes"/>; in quick mode 4,096 and 262,144,
    /// plus 16,777,216 for σ only (the big size is slow for the naive loops, and σ is the one the targets name there).
    /// </summary>
    public static IReadOnlyList<int> DefaultSizes(FamilyFunction function, bool quick) =>
        !quick ? AllSizes : function == FamilyFunction.Sigmoid ? [4_096, 262_144, 16_777_216] : [4_096, 262_144];

    /// <summary>Measures everything <paramref name="request"/> asks for; <paramref name="progress"/> sees each row as it is measured.</summary>
    public static IReadOnlyList<BenchRow> Run(BenchRequest request, Action<BenchRow>? progress = null)
    {
        var settings = request.Quick ? HarnessSettings.Quick : HarnessSettings.Full;
        var rows = new List<BenchRow>();
        foreach (var function in request.Functions)
            foreach (var type in request.Types)
                foreach (int size in request.Sizes ?? DefaultSizes(function, request.Quick))
                {
                    var group = type switch
                    {
                        "float" => Group<float>(function, type, size, settings),
                        "half" => Group<Half>(function, type, size, settings),
                        _ => Group<double>(function, type, size, settings),
                    };
                    foreach (var row in BenchRatios.Apply(group)) { rows.Add(row); progress?.Invoke(row); }
                    GC.Collect(); // drop the group's buffers before the next one is allocated
                }
        return rows;
    }

    private static List<BenchRow> Group<T>(FamilyFunction function, string type, int n, HarnessSettings settings)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (a, b) = BenchInputs.For<T>(function, n);
        var d = new T[n];
        var scratch = new T[n];
        string name = FamilyFunctions.Name(function);
        string tpName = Peers<T>.HasTensorPrimitive(function) ? "TensorPrimitives.Sigmoid" : "TensorPrimitives composition";
        var cases = new List<(Contender Who, string Label, int Threads, Action Body)>();
        if (FamilyFunctions.Arity(function) == 1)
        {
            var library = LibrarySpans<T>.Unary(function);
            cases.Add((Contender.Library, "Sigmoid.Logistic", 1, () => library(a, d)));
            cases.Add((Contender.TensorPrimitives, tpName, 1, () => Peers<T>.TensorPrimitivesUnary(function, a, d, scratch)));
            cases.Add((Contender.NaiveLoop, "naive loop", 1, () => Peers<T>.NaiveUnary(function, a, d)));
            if (Peers<T>.HasMathNet(function))
                cases.Add((Contender.MathNet, "MathNet loop", 1, () => Peers<T>.MathNetUnary(function, a, d)));
            if (function == FamilyFunction.Sigmoid && n >= AllCoresMinSize && Environment.ProcessorCount > 1)
            {
                if (LibraryThreads.Available)
                    cases.Add((Contender.Library, "Sigmoid.Logistic", LibraryThreads.AllCores, () => LibraryThreads.SigmoidAllCores<T>(a, d)));
                cases.Add((Contender.TensorPrimitives, "TensorPrimitives.Sigmoid, Parallel.For", Environment.ProcessorCount,
                    () => Peers<T>.TensorPrimitivesSigmoidAllCores(a, d, n)));
            }
        }
        else
        {
            var library = LibrarySpans<T>.Binary(function);
            cases.Add((Contender.Library, "Sigmoid.Logistic", 1, () => library(a, b, d)));
            cases.Add((Contender.TensorPrimitives, tpName, 1, () => Peers<T>.TensorPrimitivesBinary(function, a, b, d, scratch)));
            cases.Add((Contender.NaiveLoop, "naive loop", 1, () => Peers<T>.NaiveBinary(function, a, b, d)));
        }
        cases.Add((Contender.CopyTo, "Span.CopyTo", 1, () => a.AsSpan().CopyTo(d)));

        // All contenders of the group interleaved; the library's all-cores row opts in through ParallelSpanOptions itself.
        var bodies = cases.Select(c => c.Body).ToList();
        double[] ns = StopwatchHarness.NanosecondsPerElement(bodies, n, settings);
        return cases.Select((c, k) => new BenchRow(name, type, n, c.Threads, c.Who, c.Label, ns[k])).ToList();
    }
}
