using System.ComponentModel;
using System.Diagnostics;

namespace Sigmoid.Cli.Bench;

/// <summary>Runs <c>sigmoid bench</c> again in a child process with tiered compilation and precompiled code off, so
/// that every contender runs the JIT's fully optimised code from the first call; forwards its output.</summary>
internal static class BenchChild
{
    /// <summary>
    /// Starts this program (through <c>dotnet</c> when it runs as <c>dotnet sigmoid.dll</c>) with
    /// <paramref name="args"/>, <c>DOTNET_TieredCompilation=0</c> and <c>DOTNET_ReadyToRun=0</c>, copies its stdout and stderr to
    /// <paramref name="output"/> and <paramref name="error"/>, and returns its exit code; false if it cannot start.
    /// <paramref name="environment"/> adds variables (the switches of an <see cref="InstructionLevel"/>).
    /// </summary>
    public static bool TryRun(IReadOnlyList<string> args, TextWriter output, TextWriter error, out int exitCode,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        exitCode = 0;
        string? host = Environment.ProcessPath;
        if (host is null) return false;
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            string dll = typeof(BenchChild).Assembly.Location;
            if (dll.Length == 0) return false;
            info.ArgumentList.Add(dll);
        }
        else if (!Path.GetFileNameWithoutExtension(host).Equals("sigmoid", StringComparison.OrdinalIgnoreCase))
            return false; // hosted by something else (a test runner): no way to start the program itself
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment[Commands.BenchCommand.TieredCompilationVariable] = "0";
        info.Environment[Commands.BenchCommand.ReadyToRunVariable] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        Process? child;
        try { child = Process.Start(info); }
        catch (Win32Exception) { return false; }
        if (child is null) return false;
        using (child)
        {
            var stderr = child.StandardError.ReadToEndAsync();
            var buffer = new char[4096];
            int n;
            while ((n = child.StandardOutput.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
            child.WaitForExit();
            error.Write(stderr.GetAwaiter().GetResult());
            exitCode = child.ExitCode;
        }
        output.Flush();
        return true;
    }
}
