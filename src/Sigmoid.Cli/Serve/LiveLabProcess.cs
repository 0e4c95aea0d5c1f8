using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Sigmoid.Web;

namespace Sigmoid.Cli.Serve;

/// <summary>
/// Runs the live lab server (<c>Sigmoid.Web.dll</c>, shipped beside <c>sigmoid.dll</c>) as a child process on the same
/// <c>dotnet</c>: passes the port, copies its output and error lines through, stops it cleanly when
/// <c>sigmoid serve</c> is asked to stop (Ctrl+C, SIGTERM), and returns its exit code. The server has a runtime
/// configuration of its own that asks for ASP.NET Core; <c>sigmoid.dll</c>'s asks for the base runtime only, so every
/// other command runs where ASP.NET Core is not installed.
/// </summary>
internal static class LiveLabProcess
{
    /// <summary>
    /// The exit code of the <c>dotnet</c> host when a framework the app asks for is not installed
    /// (FrameworkMissingFailure, 0x80008096, of which a Unix exit status keeps the low byte).
    /// </summary>
    private const int FrameworkMissingExitCode = 0x96;

    /// <summary>The one line shown when this .NET has no ASP.NET Core, instead of the host's long explanation.</summary>
    public const string NeedsAspNetCore =
        "sigmoid serve: the live lab server needs the ASP.NET Core 10 runtime (Microsoft.AspNetCore.App), which this .NET " +
        "installation lacks; install it (package aspnetcore-runtime-10.0, or the .NET 10 SDK, which includes it) — the other commands do not need it";

    /// <summary>Runs the server on <paramref name="port"/> until it ends or <paramref name="stop"/> fires; returns its exit code.</summary>
    public static async Task<int> RunAsync(int port, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        string folder = ToolFolder();
        string server = Path.Combine(folder, LiveLabAddress.ServerAssemblyFile);
        if (!File.Exists(server))
        {
            await stderr.WriteLineAsync($"sigmoid serve: the live lab server {server} is missing; reinstall the tool");
            return LabCommandLine.UsageError;
        }
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true, // never written: its end tells the server to stop
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        // This tool's dependency list describes the folder as installed (every library the server uses is one the tool
        // uses too), so the server needs none of its own.
        string dependencies = Path.Combine(folder, "sigmoid.deps.json");
        if (File.Exists(dependencies))
        {
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(dependencies);
        }
        start.ArgumentList.Add(server);
        start.ArgumentList.Add(LiveLabAddress.PortOption);
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(LiveLabAddress.StopWhenInputClosesOption);

        Process? child;
        try
        {
            child = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            await stderr.WriteLineAsync($"sigmoid serve: cannot start {start.FileName}: {e.Message}");
            return LabCommandLine.UsageError;
        }
        if (child is null)
        {
            await stderr.WriteLineAsync($"sigmoid serve: cannot start {start.FileName}");
            return LabCommandLine.UsageError;
        }
        using (child)
        {
            var errors = new HeldErrors(stderr);
            var output = CopyLines(child.StandardOutput, stdout, errors.Release);
            var errorLines = CopyLines(child.StandardError, errors.Write, () => { });
            try
            {
                await child.WaitForExitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                child.StandardInput.Close(); // the server stops as after Ctrl+C and exits 0
                await child.WaitForExitAsync(CancellationToken.None);
            }
            await Task.WhenAll(output, errorLines);
            if (errors.Held is { } held)
            {
                // The server never started: a host without ASP.NET Core gets one line, anything else its own words.
                if (child.ExitCode == FrameworkMissingExitCode || held.Any(l => l.Contains("'Microsoft.AspNetCore.App'", StringComparison.Ordinal)))
                {
                    await stderr.WriteLineAsync(NeedsAspNetCore);
                    return LabCommandLine.UsageError;
                }
                errors.Release();
            }
            await stdout.FlushAsync(CancellationToken.None);
            await stderr.FlushAsync(CancellationToken.None);
            return child.ExitCode;
        }
    }

    private static Task CopyLines(StreamReader from, TextWriter to, Action afterFirst) =>
        CopyLines(from, line => { to.WriteLine(line); to.Flush(); }, afterFirst);

    private static async Task CopyLines(StreamReader from, Action<string> write, Action afterFirst)
    {
        bool first = true;
        while (await from.ReadLineAsync() is { } line)
        {
            write(line);
            if (first) afterFirst();
            first = false;
        }
    }

    /// <summary>The folder of <c>sigmoid.dll</c>, where the server is installed too.</summary>
    private static string ToolFolder()
    {
        string location = typeof(LiveLabProcess).Assembly.Location;
        return string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!;
    }

    /// <summary>
    /// The <c>dotnet</c> of the installation running this program, so that the server runs on the same one: this process
    /// when it is <c>dotnet</c>, else the host at the root of the running runtime (…/shared/Microsoft.NETCore.App/10.x/;
    /// an installed tool runs through a launcher of its own), else the one on PATH.
    /// </summary>
    private static string DotnetHost()
    {
        string host = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string? self = Environment.ProcessPath;
        if (self is not null && string.Equals(Path.GetFileName(self), host, StringComparison.OrdinalIgnoreCase)) return self;
        var runtime = new DirectoryInfo(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        string? root = runtime.Parent?.Parent?.Parent?.FullName;
        if (root is not null && File.Exists(Path.Combine(root, host))) return Path.Combine(root, host);
        string? named = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(named) && File.Exists(named) ? named : host;
    }
}
