using System.Globalization;
using System.Text;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Bench;

/// <summary>One size of the crossover measurement: σ on one thread and on all cores, ns per element.</summary>
internal sealed record CrossoverRow(string Type, int Size, double OneThreadNs, double AllCoresNs)
{
    /// <summary>All cores' speed-up over one thread.</summary>
    public double Speedup => OneThreadNs / AllCoresNs;
}

/// <summary>
/// Chooses <see cref="ParallelSpanOptions.DefaultMinimumLength"/> by measurement (<c>sigmoid bench
/// --parallel-threshold</c>): σ in float and double at sizes 2^11 … 2^21, once on the calling thread and once on all
/// cores with the minimum length forced to 1 (so the split happens at every size). The recommendation is the smallest
/// measured size from which all cores are at least <see cref="RequiredSpeedup"/>× faster at that size and every
/// larger one, in every type — σ float is the cheapest kernel per element, so a size that pays for it pays for all.
/// </summary>
internal static class ParallelCrossover
{
    /// <summary>The speed-up the split must bring to be worth its hand-off (and its few hundred bytes of allocation).</summary>
    public const double RequiredSpeedup = 1.2;

    /// <summary>Default sizes: powers of two from 2,048 to 2,097,152.</summary>
    public static IReadOnlyList<int> DefaultSizes => Enumerable.Range(11, 11).Select(k => 1 << k).ToArray();

    /// <summary>Measures every type and size.</summary>
    public static IReadOnlyList<CrossoverRow> Measure(IReadOnlyList<string> types, IReadOnlyList<int>? sizes, bool quick)
    {
        var settings = quick ? HarnessSettings.Quick : HarnessSettings.Full;
        var rows = new List<CrossoverRow>();
        foreach (string type in types)
            foreach (int n in sizes ?? DefaultSizes)
            {
                rows.Add(type switch
                {
                    "float" => Row<float>(type, n, settings),
                    "half" => Row<Half>(type, n, settings),
                    _ => Row<double>(type, n, settings),
                });
                GC.Collect();
            }
        return rows;
    }

    private static CrossoverRow Row<T>(string type, int n, HarnessSettings settings) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var (x, _) = BenchInputs.For<T>(FamilyFunction.Sigmoid, n);
        var d = new T[n];
        var sigmoid = LibrarySpans<T>.Unary(FamilyFunction.Sigmoid);
        var everySize = new ParallelSpanOptions(Environment.ProcessorCount) { MinimumLength = 1 };
        double[] ns = StopwatchHarness.NanosecondsPerElement(
        [
            () => sigmoid(x, d),
            () => Logistic.Sigmoid<T>(x, d, everySize),
        ], n, settings);
        return new CrossoverRow(type, n, ns[0], ns[1]);
    }

    /// <summary>The smallest measured size from which every larger measured size, in every type, gains at least
    /// <see cref="RequiredSpeedup"/>; null when the largest size does not.</summary>
    public static int? Recommend(IReadOnlyList<CrossoverRow> rows)
    {
        int? best = null;
        foreach (int n in rows.Select(r => r.Size).Distinct().OrderByDescending(n => n))
        {
            if (rows.Where(r => r.Size >= n).All(r => r.Speedup >= RequiredSpeedup)) best = n;
            else break;
        }
        return best;
    }

    /// <summary>The measurement as a Markdown table with the machine line and the recommendation.</summary>
    public static string Markdown(MachineInfo machine, IReadOnlyList<CrossoverRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(machine).Append('\n');
        sb.AppendLine(c, $"σ on 1 thread vs {Environment.ProcessorCount} threads, parallel split forced at every size (ns per element, median).");
        sb.AppendLine();
        sb.AppendLine("| type | n | 1 thread | all cores | speed-up |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in rows)
            sb.AppendLine(c, $"| {r.Type} | {r.Size:N0} | {r.OneThreadNs:0.000} | {r.AllCoresNs:0.000} | {r.Speedup:0.00}× |");
        sb.AppendLine();
        int? n = Recommend(rows);
        sb.AppendLine(n is int v
            ? string.Format(c, "recommended ParallelSpanOptions.MinimumLength: {0:N0} (all cores ≥ {1}× faster from there on; current default {2:N0})", v, RequiredSpeedup, ParallelSpanOptions.DefaultMinimumLength)
            : string.Format(c, "recommended ParallelSpanOptions.MinimumLength: none measured (all cores never reach {0}× at the largest sizes; current default {1:N0})", RequiredSpeedup, ParallelSpanOptions.DefaultMinimumLength));
        return sb.ToString();
    }
}
