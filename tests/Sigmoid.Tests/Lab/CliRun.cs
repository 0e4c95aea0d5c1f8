using Sigmoid.Cli;

namespace Sigmoid.Tests.Lab;

/// <summary>Runs the sigmoid program in process with captured output.</summary>
internal static class CliRun
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string TempFolder(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"sigmoid-lab-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>The repository root (the folder holding Sigmoid.slnx), or null when the tests run elsewhere.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sigmoid.slnx"))) return dir.FullName;
        return null;
    }
}
