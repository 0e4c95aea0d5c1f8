using Sigmoid.Lab.Experiments;

namespace Sigmoid.Tests.CodeRules;

/// <summary>
/// An experiment computes; its presenter speaks and draws. The files that hold an experiment's run
/// (<c>src/Sigmoid.Lab/Experiments/&lt;Name&gt;/&lt;Name&gt;Experiment.cs</c>) may not touch plotting, text resources or
/// the file system, and every catalogued experiment lives in such a file. (The interface's default <c>Title</c> reads
/// the resources; it is the one piece of text an experiment has.)
/// </summary>
public class ExperimentLayeringTests
{
    private static readonly string[] Forbidden = ["ScottPlot", "Sigmoid.Lab.Plotting", "Sigmoid.Lab.Localization", "TextCatalog", "Language",
        "File.", "Directory.", "FileStream", "Console."];

    private static IEnumerable<string> ExperimentFiles() =>
        RepositoryRoot.SourceFiles("src/Sigmoid.Lab/Experiments")
            .Where(f => Path.GetFileName(f).EndsWith("Experiment.cs", StringComparison.Ordinal) && Path.GetFileName(f) != "IExperiment.cs");

    [Fact]
    public void EveryCataloguedExperimentHasItsOwnFile()
    {
        var names = ExperimentFiles().Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet();
        Assert.All(ExperimentCatalog.All, e => Assert.Contains(e.GetType().Name, names));
    }

    [Fact]
    public void ExperimentRunsHoldNoPlottingNoProseAndNoFiles()
    {
        var files = ExperimentFiles().ToArray();
        Assert.True(files.Length >= 4, $"only {files.Length} experiment files found");
        foreach (string file in files)
        {
            string[] code = File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToArray();
            foreach (string word in Forbidden)
                Assert.False(code.Any(l => l.Contains(word, StringComparison.Ordinal)), $"{Path.GetFileName(file)} uses {word}");
        }
    }
}
