using System.Diagnostics;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// The <c>sigmoid</c> tool on a .NET installation that has only the base runtime (Microsoft.NETCore.App, no ASP.NET
/// Core): every command but <c>serve</c> works, and <c>serve</c> says in one line what it needs.
/// </summary>
public sealed class LightToolTests : IDisposable
{
    private readonly DirectoryInfo _root = NetCoreOnlyRoot.Create();

    public void Dispose() => NetCoreOnlyRoot.Delete(_root);

    [Fact]
    public void TheTestRootHasTheBaseRuntimeOnly()
    {
        Assert.True(Directory.Exists(Path.Combine(_root.FullName, "shared", "Microsoft.NETCore.App")));
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "shared", "Microsoft.AspNetCore.App")));
        // The same host runs an app that asks for ASP.NET Core only where that framework is installed.
        Assert.True(Directory.Exists(Path.Combine(NetCoreOnlyRoot.RealRoot(), "shared", "Microsoft.AspNetCore.App")),
            "the machine's .NET has no ASP.NET Core either: this test would prove nothing");
    }

    [Fact]
    public void EvalRunsWithoutAspNetCore()
    {
        var (code, stdout, stderr) = Run("0\n-90\n", "eval", "sigmoid", "--type", "float");
        Assert.True(code == 0, $"exit {code}: {stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("0.5", lines[0].Trim());
        float tail = float.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(tail > 0 && float.IsSubnormal(tail), $"σ(-90) printed as {lines[1]}"); // the library ran, not a stand-in
        Assert.Equal("", stderr);
    }

    [Fact]
    public void AccuracyAndPropsRunWithoutAspNetCore()
    {
        var accuracy = Run("", "accuracy", "-f", "sigmoid", "-t", "half", "--threads", "1");
        Assert.True(accuracy.Code == 0, $"accuracy: exit {accuracy.Code}: {accuracy.Stderr}");
        Assert.Contains("sigmoid", accuracy.Stdout);
        var props = Run("", "props", "--type", "float");
        Assert.True(props.Code == 0, $"props: exit {props.Code}: {props.Stderr}");
        Assert.NotEqual("", props.Stdout.Trim());
    }

    [Fact]
    public void ServeSaysWhatItNeedsInOneLine()
    {
        var (code, stdout, stderr) = Run("", "serve", "--port", "0");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("sigmoid serve: ", lines[0]);
        Assert.Contains("ASP.NET Core 10 runtime", lines[0]);
        Assert.Contains("aspnetcore-runtime-10.0", lines[0]);
    }

    private (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(_root.FullName, NetCoreOnlyRoot.HostName))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliProcess.DllPath());
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("DOTNET_ROOT", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(name);
        info.Environment["DOTNET_HOST_PATH"] = info.FileName;
        info.Environment["DOTNET_MULTILEVEL_LOOKUP"] = "0";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
        var output = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"sigmoid {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (p.ExitCode, output.Result, errors.Result);
    }
}
