using System.CommandLine;
using System.Globalization;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid bench [--quick] [--sizes N,…] [--functions F,…] [--types T,…] [--json] [--parallel-threshold] [--levels L,…|all]</c>: times this library beside
/// <c>TensorPrimitives</c>, the naive loop, MathNet and <c>Span.CopyTo</c> on this machine with a Stopwatch harness
/// (warm-up, repetitions, median) and prints ns per element with ratios against TensorPrimitives and CopyTo, as a
/// Markdown table under a machine line, or as JSON. <c>--quick</c> finishes the default table in under a minute;
/// the full BenchmarkDotNet suite lives in <c>bench/Sigmoid.Benchmarks</c>.
/// </summary>
/// <remarks>
/// The measurement runs in a child process of the same program with tiered compilation off
/// (<c>DOTNET_TieredCompilation=0</c>), so that every contender runs fully optimised code from its first call: with
/// tiering on, a short warm-up on a busy machine can end before the JIT has recompiled a peer's vector loop, and a
/// quick table would then compare tier-0 code (seen: TensorPrimitives 100× too slow at n = 4,096).
/// </remarks>
public sealed class BenchCommand : ILabCommand
{
    /// <summary>Largest size accepted by <c>--sizes</c> (2²⁸ elements; four buffers of doubles are 8 GiB).</summary>
    public const int MaxSize = 1 << 28;

    /// <inheritdoc />
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "Quick mode: shorter measurements; default sizes 4096 and 262144 (plus 16777216 for sigmoid). Under a minute." };
        var sizes = new Option<string?>("--sizes") { HelpName = "N,…", Description = "Comma-separated sizes for every function, e.g. 128,3079,4096 (default: 128,3079,4096,262144,16777216; see --quick)." };
        var functions = new Option<string?>("--functions") { HelpName = "F,…", Description = "Comma-separated functions (default all): " + string.Join(", ", FamilyFunctions.All.Select(e => e.Name)) + "." };
        var types = new Option<string>("--types") { HelpName = "T,…", Description = "Comma-separated element types: float, double, half.", DefaultValueFactory = _ => "float,double" };
        var json = new Option<bool>("--json") { Description = "Print JSON (machine, mode, rows) instead of the table." };
        var threshold = new Option<bool>("--parallel-threshold")
        {
            Description = "Instead of the comparison: time σ on one thread and on all cores at sizes 2048 … 2097152 (or --sizes) and recommend ParallelSpanOptions.MinimumLength.",
        };
        var inProcess = new Option<bool>("--in-process")
        {
            Description = "Measure in this process as it is, instead of a child process with tiered JIT off.",
            Hidden = true,
        };
        var levels = new Option<string?>("--levels")
        {
            HelpName = "L,…|all",
            Description = "Re-run the measurement in child processes on these instruction levels, forced by the runtime's switches: "
                + string.Join(", ", InstructionLevel.All.Select(l => l.Name)) + ", or all (every level but scalar). Levels this machine cannot show are listed and skipped.",
        };
        var describeLevel = new Option<bool>("--describe-level")
        {
            Description = "Print the instruction level this process runs on and exit (used by --levels).",
            Hidden = true,
        };
        var command = new Command("bench",
            "Time the sigmoid family on this machine beside TensorPrimitives, the naive loop, MathNet and Span.CopyTo; print ns/element and ratios.")
        {
            quick, sizes, functions, types, json, threshold, inProcess, levels, describeLevel,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(describeLevel))
            {
                output.WriteLine(InstructionLevel.Describe());
                return 0;
            }
            if (!TryParseList<FamilyFunction>(parse.GetValue(functions), FamilyFunctions.TryParse, "function", error, out var fs, FamilyFunctions.All.Select(e => e.Function).ToList())
                || !TryParseList<string>(parse.GetValue(types), TryParseType, "type", error, out var ts, null)
                || !TryParseList<int>(parse.GetValue(sizes), TryParseSize, "size", error, out var ns, null))
                return LabCommandLine.UsageError;

            if (parse.GetValue(threshold) && parse.GetValue(json))
            {
                error.WriteLine("sigmoid bench: --parallel-threshold prints a table; --json is not available with it");
                return LabCommandLine.UsageError;
            }
            bool isQuick = parse.GetValue(quick);
            if (parse.GetValue(levels) is { } levelList)
            {
                if (!TryParseLevels(levelList, error, out var chosen)) return LabCommandLine.UsageError;
                var args = new List<string> { "bench" };
                if (isQuick) args.Add("--quick");
                if (parse.GetValue(json)) args.Add("--json");
                if (parse.GetValue(threshold)) args.Add("--parallel-threshold");
                args.AddRange(["--functions", string.Join(',', fs!.Select(FamilyFunctions.Name))]);
                args.AddRange(["--types", string.Join(',', ts!)]);
                if (ns is not null) args.AddRange(["--sizes", string.Join(',', ns)]);
                return LevelRuns.Run(chosen!, args, output, error);
            }
            if (!parse.GetValue(inProcess) && Environment.GetEnvironmentVariable(TieredCompilationVariable) != "0")
            {
                var childArgs = new List<string> { "bench", "--in-process" };
                if (isQuick) childArgs.Add("--quick");
                if (parse.GetValue(json)) childArgs.Add("--json");
                if (parse.GetValue(threshold)) childArgs.Add("--parallel-threshold");
                childArgs.AddRange(["--functions", string.Join(',', fs!.Select(FamilyFunctions.Name))]);
                childArgs.AddRange(["--types", string.Join(',', ts!)]);
                if (ns is not null) childArgs.AddRange(["--sizes", string.Join(',', ns)]);
                if (BenchChild.TryRun(childArgs, output, error, out int code)) return code;
                error.WriteLine("sigmoid bench: could not start a child process; measuring in this process (tiered JIT on: early calls may be slower)");
            }
            var machine = MachineInfo.Current();
            if (parse.GetValue(threshold))
            {
                output.Write(ParallelCrossover.Markdown(machine, ParallelCrossover.Measure(ts!, ns, isQuick)));
                output.Flush();
                return 0;
            }
            var rows = BenchSuite.Run(new BenchRequest(fs!, ts!, ns, isQuick));
            output.Write(parse.GetValue(json) ? BenchTable.Json(machine, rows, isQuick) + "\n" : BenchTable.Markdown(machine, rows, isQuick));
            output.Flush();
            return 0;
        });
        return command;
    }

    /// <summary>The runtime's switch for tiered compilation; "0" turns it off.</summary>
    internal const string TieredCompilationVariable = "DOTNET_TieredCompilation";

    /// <summary>The runtime's switch for precompiled (ReadyToRun) code; "0" has every method compiled by the JIT for
    /// this machine. With tiered compilation off, precompiled code is never replaced: TensorPrimitives' loops at 128
    /// bits then call the precompiled <c>VectorMath.ExpSingle</c>/<c>ExpDouble</c> of the runtime library, about ten
    /// times slower than the JIT's code (a long-running process with tiering on recompiles them once they are hot).</summary>
    internal const string ReadyToRunVariable = "DOTNET_ReadyToRun";

    private static bool TryParseLevels(string text, TextWriter error, out List<InstructionLevel>? chosen)
    {
        var list = new List<InstructionLevel>();
        chosen = list;
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                list.AddRange(InstructionLevel.All.Where(l => l.Name != "scalar" && !list.Contains(l)));
                continue;
            }
            var level = InstructionLevel.Find(item);
            if (level is null)
            {
                error.WriteLine($"sigmoid bench: unknown level '{item}' (levels: {string.Join(", ", InstructionLevel.All.Select(l => l.Name))}, or all)");
                return false;
            }
            if (!list.Contains(level)) list.Add(level);
        }
        if (list.Count > 0) return true;
        error.WriteLine("sigmoid bench: no level given");
        return false;
    }

    private delegate bool ItemParser<T>(string text, out T value);

    private static bool TryParseList<T>(string? text, ItemParser<T> parse, string what, TextWriter error, out List<T>? values, List<T>? whenAbsent)
    {
        values = whenAbsent;
        if (text is null) return true;
        values = [];
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!parse(item, out T v))
            {
                error.WriteLine($"sigmoid bench: unknown {what} '{item}'" + what switch
                {
                    "size" => $" (sizes are whole numbers from 1 to {MaxSize})",
                    "type" => " (types: float, double, half)",
                    _ => " (functions: " + string.Join(", ", FamilyFunctions.All.Select(e => e.Name)) + ")",
                });
                return false;
            }
            if (!values.Contains(v)) values.Add(v);
        }
        if (values.Count == 0)
        {
            error.WriteLine($"sigmoid bench: no {what} given");
            return false;
        }
        return true;
    }

    private static bool TryParseType(string text, out string type)
    {
        type = text;
        return text is "float" or "double" or "half";
    }

    private static bool TryParseSize(string text, out int size) =>
        int.TryParse(text.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxSize;
}
