using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sigmoid.Cli.Bench;

/// <summary>Renders <see cref="BenchRow"/>s as the Markdown table of <c>sigmoid bench</c> (for the terminal and the README) or as JSON.</summary>
internal static class BenchTable
{
    /// <summary>
    /// The machine line, a Markdown table (function, type, n, threads, implementation, ns/element, speed vs
    /// TensorPrimitives, time vs CopyTo) and, where all-cores rows exist, one line per size with the parallel gains.
    /// </summary>
    public static string Markdown(MachineInfo machine, IReadOnlyList<BenchRow> rows, bool quick) =>
        Markdown(machine, rows, quick ? "quick (Stopwatch, 7 repetitions, median)" : "full (Stopwatch, 15 repetitions, median)");

    /// <summary>As <see cref="Markdown(MachineInfo, IReadOnlyList{BenchRow}, bool)"/>, with the measuring mode described by <paramref name="mode"/>.</summary>
    public static string Markdown(MachineInfo machine, IReadOnlyList<BenchRow> rows, string mode)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(machine).Append('\n');
        sb.Append("mode: ").Append(mode).Append("; speed vs TP = TensorPrimitives time / this time (> 1 is faster); vs CopyTo = this time / Span.CopyTo time\n\n");
        sb.Append("| function | type | n | threads | implementation | ns/element | speed vs TP | vs CopyTo |\n");
        sb.Append("|---|---|--:|--:|---|--:|--:|--:|\n");
        foreach (var r in rows)
            sb.Append(inv, $"| {r.Function} | {r.Type} | {r.Size:N0} | {r.Threads} | {r.Implementation} | {Ns(r.NsPerElement)} | {Ratio(r.SpeedVsTensorPrimitives)} | {Ratio(r.TimeVsCopyTo)} |\n");

        foreach (var g in rows.GroupBy(r => (r.Function, r.Type, r.Size)))
        {
            var lib1 = g.FirstOrDefault(r => r.Contender == Contender.Library && r.Threads == 1);
            var libN = g.FirstOrDefault(r => r.Contender == Contender.Library && r.Threads > 1);
            var tp1 = g.FirstOrDefault(r => r.Contender == Contender.TensorPrimitives && r.Threads == 1);
            var tpN = g.FirstOrDefault(r => r.Contender == Contender.TensorPrimitives && r.Threads > 1);
            if (libN is null && tpN is null) continue;
            sb.Append(inv, $"\nall cores, {g.Key.Function} {g.Key.Type} n = {g.Key.Size:N0}:");
            if (lib1 is not null && libN is not null)
                sb.Append(inv, $" library {lib1.NsPerElement / libN.NsPerElement:F2}× its one-thread throughput on {libN.Threads} threads;");
            if (tp1 is not null && tpN is not null)
                sb.Append(inv, $" TensorPrimitives + Parallel.For {tp1.NsPerElement / tpN.NsPerElement:F2}×;");
            sb.Length--;
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The machine, the mode and every row as indented JSON (camelCase; contenders as strings).</summary>
    public static string Json(MachineInfo machine, IReadOnlyList<BenchRow> rows, bool quick)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        return JsonSerializer.Serialize(new { machine, mode = quick ? "quick" : "full", rows }, options);
    }

    /// <summary>Three significant digits or so: 0.541, 4.06, 12.3.</summary>
    internal static string Ns(double ns) =>
        ns.ToString(ns < 0.1 ? "F4" : ns < 1 ? "F3" : ns < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Ratio(double? r) => r is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
}
