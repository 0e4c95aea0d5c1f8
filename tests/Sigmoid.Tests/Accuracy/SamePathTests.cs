using Sigmoid.Lanes;
using Sigmoid.Tests.Cli;
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
    /// and the test fails if a switch stops having its effect (as <c>DOTNET_EnableAVX512F</c> did in .NET 10). On
    /// AVX-512 machines also the 512-bit float quotient this machine does not choose (<see cref="WideQuotient"/>).
    /// </summary>
    [Fact]
    public void ChildProcessesOnEveryInstructionLevelGiveIdenticalBits()
    {
        var (baseline, _) = RunChild(new Dictionary<string, string>());
        Assert.Equal(Enum.GetValues<SigmoidFunction>().Length * 3, baseline.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var level in InstructionLevel.All.Skip(1))
        {
            var (hashes, ranOn) = RunChild(level.Environment);
            if (InstructionLevels.MachineCanShow(level))
                Assert.True(ranOn == level.Expected, $"{level.Name} ({level.Switches}) ran on '{ranOn}', expected '{level.Expected}'");
            Assert.True(baseline == hashes, $"{level.Name} ({level.Switches}) gives other bits:\n{hashes}\nnative:\n{baseline}");
        }
        // On AVX-512 the float and Half quotient on 512-bit lanes is a division or the reciprocal estimate, chosen by
        // vendor (WideQuotient): the form this machine does not choose, forced, gives its bits too.
        if (System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
        {
            string other = WideQuotient.Divides ? "estimate" : "divide";
            var (hashes, _) = RunChild(new Dictionary<string, string> { [WideQuotient.OverrideVariable] = other });
            Assert.True(baseline == hashes, $"{WideQuotient.OverrideVariable}={other} gives other bits:\n{hashes}\nnative:\n{baseline}");
        }
    }

    private static (string Hashes, string Level) RunChild(IReadOnlyDictionary<string, string> environment)
    {
        var (exitCode, output, stderr) = CliProcess.Run(environment, "accuracy", "--hash");
        Assert.True(exitCode == 0, $"child ({string.Join(' ', environment.Keys)}) exit {exitCode}: {stderr}");
        const string prefix = "instruction level: ";
        string level = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..] ?? "";
        return (output.Replace("\r", ""), level);
    }
}
