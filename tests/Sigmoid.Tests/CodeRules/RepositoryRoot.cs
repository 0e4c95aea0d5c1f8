namespace Sigmoid.Tests.CodeRules;

/// <summary>Finds the repository root (the folder holding Sigmoid.slnx) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Sigmoid.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"No Sigmoid.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>Every C# source file under <paramref name="folder"/> (relative to the root), without bin/obj.</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Path, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}")
                        && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}"));
}
