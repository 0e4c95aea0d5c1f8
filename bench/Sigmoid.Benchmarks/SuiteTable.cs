using BenchmarkDotNet.Reports;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Benchmarks;

/// <summary>
/// Joins the summaries of one suite run into the comparison table of <c>sigmoid bench</c>: one row per class, size
/// and method, mean ns/element, speed relative to TensorPrimitives and time relative to <c>Span.CopyTo</c>.
/// </summary>
internal static class SuiteTable
{
    /// <summary>The rows of every summary that has results.</summary>
    public static IReadOnlyList<BenchRow> Rows(IEnumerable<Summary> summaries)
    {
        var rows = new List<BenchRow>();
        foreach (var summary in summaries)
            foreach (var report in summary.Reports)
            {
                var c = report.BenchmarkCase;
                if (report.ResultStatistics is not { } stats || c.Parameters["N"] is not int n || n <= 0) continue;
                var (function, element) = Describe(c.Descriptor.Type);
                string method = c.Descriptor.WorkloadMethod.Name;
                var (who, threads) = method switch
                {
                    "Library" or "Library_OneThread" => (Contender.Library, 1),
                    "Library_AllCores" => (Contender.Library, LibraryThreads.Available ? LibraryThreads.AllCores : 1),
                    "TensorPrimitives" or "TensorPrimitives_OneThread" => (Contender.TensorPrimitives, 1),
                    "TensorPrimitives_AllCores" => (Contender.TensorPrimitives, Environment.ProcessorCount),
                    "NaiveLoop" => (Contender.NaiveLoop, 1),
                    "MathNet" => (Contender.MathNet, 1),
                    _ => (Contender.CopyTo, 1),
                };
                string label = who switch
                {
                    Contender.Library => "Sigmoid.Logistic",
                    Contender.TensorPrimitives when function == FamilyFunction.Sigmoid =>
                        threads > 1 ? "TensorPrimitives.Sigmoid, Parallel.For" : "TensorPrimitives.Sigmoid",
                    Contender.TensorPrimitives => "TensorPrimitives composition",
                    Contender.NaiveLoop => "naive loop",
                    Contender.MathNet => "MathNet loop",
                    _ => "Span.CopyTo",
                };
                string suffix = c.Descriptor.Type.Name.StartsWith("SigmoidAllCores", StringComparison.Ordinal) ? " (all-cores class)" : "";
                rows.Add(new BenchRow(FamilyFunctions.Name(function), element, n, threads, who, label + suffix, stats.Mean / n));
            }
        // the all-cores class repeats the one-thread σ rows: keep the σ class's own, so each row appears once
        rows = rows.Where(r => !(r.Implementation.EndsWith(" (all-cores class)", StringComparison.Ordinal) && r.Threads == 1
                                 && rows.Any(o => o != r && o.Function == r.Function && o.Type == r.Type && o.Size == r.Size
                                                  && o.Contender == r.Contender && o.Threads == 1)))
                   .Select(r => r with { Implementation = r.Implementation.Replace(" (all-cores class)", "", StringComparison.Ordinal) })
                   .OrderBy(r => FamilyFunctions.All.Select(e => e.Name).ToList().IndexOf(r.Function))
                   .ThenBy(r => r.Type == "float" ? 0 : r.Type == "double" ? 1 : 2)
                   .ThenBy(r => r.Size)
                   .ThenBy(r => r.Threads)
                   .ThenBy(r => r.Contender)
                   .ToList();
        return BenchRatios.Apply(rows);
    }

    private static (FamilyFunction Function, string Element) Describe(Type type)
    {
        var instance = (IFamilyBenchmark)Activator.CreateInstance(type)!;
        var t = type;
        while (!(t!.IsGenericType && t.GetGenericTypeDefinition() == typeof(FamilyBenchmark<>))) t = t.BaseType;
        var element = t.GetGenericArguments()[0];
        return (instance.Function, element == typeof(float) ? "float" : element == typeof(double) ? "double" : "half");
    }
}
