using System.Diagnostics;
using Sigmoid.Cli;
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

    [Fact]
    public void ChildProcessesWithoutAvx512OrAvx2GiveIdenticalBits()
    {
        string dll = typeof(LabCommandLine).Assembly.Location;
        string baseline = RunChild(dll, null);
        Assert.Equal(Enum.GetValues<SigmoidFunction>().Length * 3, baseline.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var variable in new[] { "DOTNET_EnableAVX512F", "DOTNET_EnableAVX2", "DOTNET_EnableHWIntrinsic" })
            Assert.Equal(baseline, RunChild(dll, variable));
    }

    private static string RunChild(string dll, string? disabled)
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
        if (disabled is not null) start.Environment[disabled] = "0";
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"child ({disabled ?? "default"}) exit {process.ExitCode}: {error}");
        return output.Replace("\r", "");
    }
}
