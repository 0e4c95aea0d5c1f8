using System.Diagnostics;

namespace Sigmoid.Tests.Cli;

/// <summary>Starts the real <c>sigmoid</c> program (<c>dotnet sigmoid.dll …</c>) as a child process.</summary>
internal static class CliProcess
{
    /// <summary>The built <c>sigmoid.dll</c> with its runtimeconfig: next to the tests, or the CLI project's own output.</summary>
    public static string DllPath()
    {
        string here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, "sigmoid.dll")) && File.Exists(Path.Combine(here, "sigmoid.runtimeconfig.json")))
            return Path.Combine(here, "sigmoid.dll");
        // tests/Sigmoid.Tests/bin/<Configuration>/<tfm>/ → src/Sigmoid.Cli/bin/<Configuration>/<tfm>/
        var tfm = new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        string candidate = Path.Combine(root.FullName, "src", "Sigmoid.Cli", "bin", configuration.Name, tfm.Name, "sigmoid.dll");
        if (!File.Exists(candidate)) throw new FileNotFoundException("Cannot find the built sigmoid.dll", candidate);
        return candidate;
    }

    /// <summary>Starts <c>dotnet sigmoid.dll ARGS</c> with redirected stdin, stdout and stderr.</summary>
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Runs <c>dotnet sigmoid.dll ARGS</c> to its end with these environment variables added (e.g. an
    /// instruction level's runtime switches), its input closed; returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath());
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
