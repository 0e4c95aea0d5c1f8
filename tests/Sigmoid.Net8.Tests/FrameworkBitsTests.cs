using System.Diagnostics;
using System.Reflection;
using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests;

/// <summary>
/// Same bits on every framework: the library built for net8.0 (fused multiply-adds through the FMA intrinsics)
/// gives the fingerprints (<see cref="OutputHash"/>) that the net10.0 build gives (through the cross-platform
/// <c>Vector128/256/512.FusedMultiplyAdd</c>), on every forced SIMD path.
/// </summary>
public class FrameworkBitsTests
{
    private static readonly SimdPath[] Paths = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];

    [Fact]
    public void RunsOnDotNet8() => Assert.Equal(8, Environment.Version.Major);

    [Fact]
    public void EveryPathOnNet8GivesTheBitsOfTheNet10Build()
    {
        var net10 = Net10Fingerprints();
        Assert.Equal(Enum.GetValues<SigmoidFunction>().Length * 3, net10.Count);
        SimdPath saved = SimdPathOverride.Forced;
        try
        {
            foreach (var path in Paths)
            {
                SimdPathOverride.Forced = path;
                foreach (var ((function, type), expected) in net10)
                {
                    string hash = OutputHash.Compute(SigmoidFunctionNames.Parse(function)!.Value, NumberFormat.Parse(type)!);
                    Assert.True(hash == expected, $"{function} {type} on {path}: net8.0 gives {hash[..16]}…, net10.0 {expected[..16]}…");
                }
            }
        }
        finally { SimdPathOverride.Forced = saved; }
    }

    /// <summary>"function type hash" lines of <c>sigmoid accuracy --hash</c>, run on .NET 10.</summary>
    private static Dictionary<(string Function, string Type), string> Net10Fingerprints()
    {
        string dll = typeof(FrameworkBitsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Net10CommandLine").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("accuracy");
        start.ArgumentList.Add("--hash");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"net10.0 command line exit {process.ExitCode}: {error.Result}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(p => (p[0], p[1]), p => p[2]);
    }
}
