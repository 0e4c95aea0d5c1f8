using System.Diagnostics;
using System.Text;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Progress;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Lab.Report;

/// <summary>What <see cref="ReportBuilder.Build"/> produced.</summary>
/// <param name="IndexPath">Full path of the written <c>index.html</c>.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Failures">Experiments that threw (their sections show the error); empty when all went well.</param>
/// <param name="Elapsed">Wall time of the whole build.</param>
public sealed record ReportOutcome(string IndexPath, IReadOnlyList<ReportSection> Sections, IReadOnlyList<string> Failures, TimeSpan Elapsed);

/// <summary>
/// Builds the report: computes parts а–ж on the library, runs the experiments of з, и, к and logistic regression
/// with their defaults (concurrently, while parts а–ж are drawn), and writes one self-contained <c>index.html</c> into the output folder, with each experiment's raw data in a
/// subfolder named after it; everything is computed in memory and the files are written whole at the end (nothing else
/// in the folder is touched).
/// </summary>
public static class ReportBuilder
{
    /// <summary>The section ids, in the report's order: the sheet's parts а–к (with σ as a distribution function after а
    /// and SiLU after и), then logistic regression.</summary>
    public static IReadOnlyList<string> SectionIds { get; } =
        ["part-а", "logistic-distribution", "part-б", "part-в", "part-г", "part-д", "part-е", "part-ё", "part-ж", "part-з", "part-и", "silu", "part-к", "logistic-regression"];

    /// <summary>Builds and writes the report.</summary>
    /// <param name="outputDirectory">Folder to write into (created if missing).</param>
    /// <param name="language">The page's language.</param>
    /// <param name="display">Shows one task per section.</param>
    /// <param name="cancellation">Cancels the experiments.</param>
    /// <exception cref="ArgumentException">Empty folder path.</exception>
    public static ReportOutcome Build(string outputDirectory, Language language, ProgressDisplay display, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory)) throw new ArgumentException("The output folder path is empty.", nameof(outputDirectory));
        ArgumentNullException.ThrowIfNull(display);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);
        var failures = new List<string>();
        var files = new List<ReportFile>();

        var sections = display.Run(board =>
        {
            var tasks = SectionIds.ToDictionary(id => id, id => board.AddTask(id));
            void Done(string id) => tasks[id].Report(new ExperimentProgress(1, "done"));

            // The experiments (parts з, и, к, logistic regression) start first, each on its own thread pool task,
            // so they overlap with each other and with drawing parts а–ж; their sections wait for them below.
            string[] networkIds = ["part-з", "part-и", "part-к", "logistic-regression"];
            var runs = networkIds.ToDictionary(id => id, id =>
            {
                var experiment = ExperimentCatalog.ForSection(id);
                tasks[id].Report(new(0, experiment is null ? "no experiment yet" : $"running {experiment.Name}"));
                return Task.Run(() => ExperimentBlocks.Run(id, language, tasks[id], cancellation), cancellation);
            });

            tasks["part-а"].Report(new(0, "computing float and double"));
            var f = SheetProperties.Compute(NumberFormat.Float);
            var d = SheetProperties.Compute(NumberFormat.Double);
            var sheet = new SheetSections(language, f, d);
            var network = new NetworkSections(language, sheet, f, d);
            var family = new FamilySections(language);
            var list = new List<ReportSection>();

            (string Id, Func<ReportSection> Make)[] sheetParts =
            [
                ("part-а", sheet.PartA), ("logistic-distribution", family.Distribution), ("part-б", sheet.PartB), ("part-в", sheet.PartV), ("part-г", sheet.PartG),
                ("part-д", sheet.PartD), ("part-е", sheet.PartE), ("part-ё", sheet.PartYo), ("part-ж", sheet.PartZh),
            ];
            foreach (var (id, make) in sheetParts)
            {
                cancellation.ThrowIfCancellationRequested();
                tasks[id].Report(new(0, "drawing"));
                list.Add(make());
                Done(id);
            }

            var networkParts = new Dictionary<string, Func<IReadOnlyList<ReportBlock>, ReportSection>>
            {
                ["part-з"] = network.PartZ, ["part-и"] = network.PartI, ["part-к"] = network.PartK,
                ["logistic-regression"] = network.LogisticRegression,
            };
            foreach (string id in networkIds)
            {
                var outcome = runs[id].GetAwaiter().GetResult();
                if (outcome.Failure is not null) failures.Add($"{id}: {outcome.Failure}");
                files.AddRange(outcome.Files);
                list.Add(networkParts[id](outcome.Blocks));
                Done(id);
                if (id == "part-и")
                {
                    list.Add(family.Silu());
                    Done("silu");
                }
            }
            return list;
        });

        // Everything was computed and rendered in memory; now each file is written whole (temporary file, then rename),
        // the page last, so two reports into one folder never leave a page pointing at another run's half-written data.
        foreach (var file in files)
        {
            string path = Path.Combine(outputDirectory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllBytes(path, file.Bytes);
        }
        string index = Path.GetFullPath(Path.Combine(outputDirectory, "index.html"));
        AtomicFile.WriteAllText(index, HtmlReport.Render(sections, language));
        return new ReportOutcome(index, sections, failures, clock.Elapsed);
    }
}
