using Sigmoid.Tests.Cli;
using System.Text.Json;
using Sigmoid.Cli;
using Sigmoid.Cli.Bench;
using Sigmoid.Lanes;

namespace Sigmoid.Tests.Accuracy;

/// <summary>
/// The strided float sweep (every 4099th bit pattern plus the specials, about 10^6 inputs a function, through the span
/// API) on the lower instruction-set levels, each in a child process started with the level's runtime switches: the
/// float kernels differ by level (fused or unfused multiply-adds, reciprocal estimates, lane widths), so each level's
/// own code must be shown correctly rounded, not only the machine's widest. About 4 s a level on one core.
/// That the switches take effect is checked by <see cref="SamePathTests.ChildProcessesOnEveryInstructionLevelGiveIdenticalBits"/>.
/// </summary>
public class LevelAccuracyTests
{
    public static TheoryData<string> Levels() => new("avx2", "128", "nofma");

    [Theory]
    [MemberData(nameof(Levels))]
    public void StridedFloatSweepIsCorrectlyRoundedOnTheLevel(string name)
    {
        var level = InstructionLevel.Find(name)!;
        if (!InstructionLevels.MachineCanShow(level)) return;   // the level's switches only turn features off; this machine lacks them anyway
        AssertSweep(name, level.Environment);
    }

    /// <summary>On AVX-512 machines, the form of the 512-bit float and Half quotient this machine does not choose
    /// (<see cref="WideQuotient"/>: a division on AMD, the reciprocal estimate elsewhere), forced: what machines of the
    /// other vendor run. The machine's own form is swept in process (<c>LibraryAccuracyTests</c>).</summary>
    [Fact]
    public void StridedFloatSweepIsCorrectlyRoundedWithTheOtherQuotientOnAvx512()
    {
        if (!System.Runtime.Intrinsics.X86.Avx512F.IsSupported) return;
        string other = WideQuotient.Divides ? "estimate" : "divide";
        AssertSweep($"avx512 ({other})", new Dictionary<string, string> { [WideQuotient.OverrideVariable] = other });
    }

    private static void AssertSweep(string name, IReadOnlyDictionary<string, string> environment)
    {
        using var json = JsonDocument.Parse(RunChild(environment));
        JsonElement root = json.RootElement;
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Count >= 9, $"{name}: only {results.Count} functions measured");
        foreach (var r in results)
        {
            string what = $"{name}: {r.GetProperty("function").GetString()} float";
            Assert.True(r.GetProperty("inputs").GetInt64() > 1_000_000, $"{what}: {r.GetProperty("inputs").GetInt64()} inputs");
            Assert.True(r.GetProperty("undecided").GetInt64() == 0, $"{what}: undecided inputs");
            Assert.True(r.GetProperty("rangeViolations").GetInt64() == 0, $"{what}: results out of range");
        }
        Assert.True(root.GetProperty("contractHolds").GetBoolean(), $"{name}: contract violated: {root.GetProperty("violations")}");
    }

    private static string RunChild(IReadOnlyDictionary<string, string> environment)
    {
        var (exitCode, output, stderr) = CliProcess.Run(environment, "accuracy", "--type", "float", "--stride", "4099", "--json");
        // Exit 1 is a broken contract: the JSON says which function, and the caller shows it.
        Assert.True(exitCode is 0 or 1, $"child ({string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}"))}) exit {exitCode}: {stderr}");
        return output;
    }
}
