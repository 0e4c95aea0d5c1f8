using System.Diagnostics;
using System.Reflection;
using Sigmoid.Cli.Bench;
using Sigmoid.Lanes;
using Sigmoid.Tests.Accuracy;
using Sigmoid.Tests.Cli;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The kernels' loops are free of calls on every instruction-set level this machine can show, read from the JIT's own
/// listing of a child process. Past the JIT's inlining budget the lane operations become calls and a kernel runs two
/// to twenty times slower with the same results, so no other test sees it. Besides the bench's levels, two shapes
/// only AVX-512 machines have: AVX-512 instructions on 256-bit vectors (.NET's default on Intel's Skylake-X to Cascade
/// Lake) and on 128-bit vectors; float σ's loop once overran the budget there alone. About 8 s a level.
/// </summary>
public class HotLoopInliningTests
{
    /// <summary>Calls that are meant to stay, read from <c>scripts/allowed-calls.txt</c> as <c>check-inlining.sh</c>
    /// reads them: the runtime's helpers, the rare paths kept out of line on purpose (the software FMA for an
    /// out-of-range lane, SiLU′'s expansion around its zero in double, the float fix-up) and the drivers' own loop and
    /// tail methods.</summary>
    private static readonly string[] Allowed =
        File.ReadAllLines(Path.Combine(CodeRules.RepositoryRoot.Path, "scripts", "allowed-calls.txt")).Where(l => l.Length > 0).ToArray();

    /// <summary>On 512-bit lanes the float and Half quotient takes one of two forms by vendor (<see cref="WideQuotient"/>):
    /// both are read here, forced, on any AVX-512 machine.</summary>
    public static TheoryData<string> Shapes() => new("avx512-divide", "avx512-estimate", "avx2", "128", "nofma", "avx512-at-256", "avx512-at-128");

    [Theory]
    [MemberData(nameof(Shapes))]
    public void KernelLoopsHaveNoCalls(string shape)
    {
        if (typeof(Logistic).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            return;   // a Debug build: the JIT does not optimise (nor inline) it at all; the suite runs in Release
        IReadOnlyDictionary<string, string>? environment = Environment(shape);
        if (environment is null) return;   // this machine cannot show the shape (its switches only turn features off)

        string listingFile = Path.Combine(Path.GetTempPath(), $"sigmoid-jit-{Guid.NewGuid():N}.txt");
        try
        {
            var switches = new Dictionary<string, string>(environment)
            {
                ["DOTNET_TieredCompilation"] = "0",   // every method compiled once, fully optimised
                ["DOTNET_ReadyToRun"] = "0",
                ["DOTNET_JitDisasm"] = "*Driver:Main* *Driver:Tail*",
                ["DOTNET_JitStdOutFile"] = listingFile,
            };
            var (exitCode, _, stderr) = CliProcess.Run(switches, "bench", "--in-process", "--quick", "--types", "float,double",
                "--sizes", "4096");
            Assert.True(exitCode == 0, $"{shape}: bench exit {exitCode}: {stderr}");
            var methods = Methods(File.ReadAllText(listingFile));
            Assert.True(methods.Count >= 24, $"{shape}: only {methods.Count} loop methods listed (twelve functions, two types)");
            var withCalls = methods
                .Select(m => (m.Name, Calls: m.Lines.Where(l => l.TrimStart().StartsWith("call ", StringComparison.Ordinal)
                                                              && !Allowed.Any(a => l.Contains(a, StringComparison.Ordinal))).ToList()))
                .Where(m => m.Calls.Count > 0)
                .Select(m => $"{m.Name}: {m.Calls.Count} calls, e.g. {m.Calls[0].Trim()}")
                .ToList();
            Assert.True(withCalls.Count == 0, $"{shape}: kernel loops with calls:\n{string.Join('\n', withCalls)}");
        }
        finally { File.Delete(listingFile); }
    }

    /// <summary>The runtime switches of the shape, or null where this machine cannot show it.</summary>
    private static IReadOnlyDictionary<string, string>? Environment(string shape)
    {
        bool avx512 = System.Runtime.Intrinsics.X86.Avx512F.VL.IsSupported;
        switch (shape)
        {
            case "avx512-at-256": return avx512 ? new Dictionary<string, string> { ["DOTNET_PreferredVectorBitWidth"] = "256" } : null;
            case "avx512-at-128": return avx512 ? new Dictionary<string, string> { ["DOTNET_PreferredVectorBitWidth"] = "128" } : null;
            case "avx512-divide": return avx512 ? new Dictionary<string, string> { [WideQuotient.OverrideVariable] = "divide" } : null;
            case "avx512-estimate": return avx512 ? new Dictionary<string, string> { [WideQuotient.OverrideVariable] = "estimate" } : null;
            default:
                var level = InstructionLevel.Find(shape)!;
                return InstructionLevels.MachineCanShow(level) ? level.Environment : null;
        }
    }

    /// <summary>The listed methods: name (the listing's header) and their lines.</summary>
    private static List<(string Name, List<string> Lines)> Methods(string listing)
    {
        const string Header = "; Assembly listing for method ";
        var methods = new List<(string Name, List<string> Lines)>();
        foreach (string line in listing.Split('\n'))
        {
            if (line.StartsWith(Header, StringComparison.Ordinal)) methods.Add((line[Header.Length..].Trim(), []));
            else if (methods.Count > 0) methods[^1].Lines.Add(line);
        }
        return methods;
    }
}
