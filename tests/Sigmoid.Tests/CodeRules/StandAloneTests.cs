using System.Text.RegularExpressions;

namespace Sigmoid.Tests.CodeRules;

/// <summary>
/// The repository stands alone for its users: its code, tests, docs and scripts never point at a tracker's issue
/// numbers or at files outside the repository, which a reader of the repository cannot follow.
/// </summary>
public partial class StandAloneTests
{
    private static readonly string[] Folders = ["src", "tests", "bench", "docs", "scripts", ".ci"];
    private static readonly string[] Extensions = [".cs", ".md", ".json", ".sh", ".js", ".html", ".css", ".csproj", ".props", ".targets", ""];

    [GeneratedRegex(@"\b[Ii]ssues?\b|\b[Ii]ssue's\b|/work/|shared/seed|\.\./shared")]
    private static partial Regex OutsideReference();

    private static IEnumerable<string> Files()
    {
        char sep = Path.DirectorySeparatorChar;
        foreach (var folder in Folders)
        {
            var root = Path.Combine(RepositoryRoot.Path, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                if (!f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}") && !f.Contains($"{sep}node_modules{sep}")
                    && !f.Contains($"{sep}TestResults{sep}") && Extensions.Contains(Path.GetExtension(f))
                    && f != Path.Combine(RepositoryRoot.Path, "tests", "Sigmoid.Tests", "CodeRules", "StandAloneTests.cs"))
                    yield return f;
        }
        yield return Path.Combine(RepositoryRoot.Path, "README.md");
    }

    [Fact]
    public void NoFileMentionsATrackersIssuesOrFilesOutsideTheRepository()
    {
        var hits = new List<string>();
        foreach (var file in Files())
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
                if (OutsideReference().Match(lines[i]) is { Success: true } m)
                    hits.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{i + 1}: '{m.Value}' in: {lines[i].Trim()}");
        }
        Assert.True(hits.Count == 0, $"{hits.Count} line(s) point outside the repository:\n" + string.Join("\n", hits.Take(40)));
    }
}
