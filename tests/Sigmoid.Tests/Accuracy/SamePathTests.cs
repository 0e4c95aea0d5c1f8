using System.Diagnostics;
using Sigmoid.Cli;
using Sigmoid.Cli.Bench;
using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>
/// Same bits on every path: fingerprints of the library's outputs (<see cref="OutputHash"/>: 2^20 float patterns
/// plus specials, all Half, 2^20 double samples, spans of varying lengths) are equal whichever SIMD path runs.
/// </summary>
public class SamePathTests
{
    private static readonly SimdPath[] Paths = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];

    public static TheoryData<SigmoidFunction, string> Cases()
    {
        var data = new TheoryData<SigmoidFunction, string>();
        foreach (var f in Enum.GetValues<SigmoidFunction>())
            foreach (var t in new[] { "float", "double", "half" }) data.Add(f, t);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ForcedPathsGiveIdenticalBits(SigmoidFunction f, string type)
    {
        var format = NumberFormat.Parse(type)!;
        var hashes = new Dictionary<SimdPath, string>();
        SimdPath saved = SimdPathOverride.Forced;
        try
        {
            foreach (var path in Paths)
            {
                SimdPathOverride.Forced = path;
                hashes[path] = OutputHash.Compute(f, format);
            }
        }
        finally { SimdPathOverride.Forced = saved; }
        string scalar = hashes[SimdPath.Scalar];
        foreach (var (path, hash) in hashes)
            Assert.True(hash == scalar, $"{f.CliName()} {type}: {path} gives {hash[..16]}…, scalar {scalar[..16]}…");
    }

    /// <summary>
    /// Every instruction-set level (<see cref="InstructionLevel.All"/>: AVX-512, AVX2, 128-bit vectors with FMA, no FMA,
    /// no vectors) gives the fingerprints of the machine as it is. Each child reports the level it ran on; a level
    /// the machine cannot show (e.g. AVX-512 on an AVX2 machine) is skipped, but the forced lower levels always run,
    /// and the test fails if a switch stops having its effect (as <c>DOTNET_EnableAVX512F</c> did in .NET 10).
    /// </summary>
    [Fact]
    public void ChildProcessesOnEveryInstructionLevelGiveIdenticalBits()
    {
        string dll = typeof(LabCommandLine).Assembly.Location;
        var (baseline, _) = RunChild(dll, new Dictionary<string, string>());
        Assert.Equal(18, baseline.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var level in InstructionLevel.All.Skip(1))
        {
            var (hashes, ranOn) = RunChild(dll, level.Environment);
            if (Reachable(level))
                Assert.True(ranOn == level.Expected, $"{level.Name} ({level.Switches}) ran on '{ranOn}', expected '{level.Expected}'");
            Assert.True(baseline == hashes, $"{level.Name} ({level.Switches}) gives other bits:\n{hashes}\nnative:\n{baseline}");
        }
    }

    /// <summary>Whether this machine can show the level (its switches only turn features off).</summary>
    private static bool Reachable(InstructionLevel level) => level.Name switch
    {
        "avx2" => System.Runtime.Intrinsics.X86.Avx2.IsSupported,
        "128" => System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported,
        "nofma" => System.Runtime.Intrinsics.X86.Sse42.IsSupported,
        _ => true,
    };

    private static (string Hashes, string Level) RunChild(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("accuracy");
        start.ArgumentList.Add("--hash");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string stderr = error.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, $"child ({string.Join(' ', environment.Keys)}) exit {process.ExitCode}: {stderr}");
        const string prefix = "instruction level: ";
        string level = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..] ?? "";
        return (output.Replace("\r", ""), level);
    }
}
