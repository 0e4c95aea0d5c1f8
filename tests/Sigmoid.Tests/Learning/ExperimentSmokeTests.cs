using System.Text.Json;
using System.Text.RegularExpressions;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// Each learning experiment runs (small settings where it has them), its presenter shows the result in both languages
/// with a caption of its own per figure, and <see cref="ExperimentFiles"/> writes what the view lists.
/// </summary>
public sealed partial class ExperimentSmokeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-learning-smoke-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static readonly Dictionary<string, Func<ExperimentResult>> SmallRuns = new()
    {
        ["layer"] = () => new SigmoidLayerExperiment().Run(new ExperimentContext()),
        ["vanishing"] = () => new VanishingExperiment().Run(new ExperimentContext(), new VanishingOptions { Depths = [2, 6], Epochs = 2, Samples = 64, Width = 8 }),
        ["zigzag"] = () => new ZigZagExperiment().Run(new ExperimentContext(), new ZigZagOptions { Trials = 20 }),
        ["logreg"] = () => new LogisticRegressionExperiment().Run(new ExperimentContext()),
    };

    private static readonly Lazy<Dictionary<string, ExperimentResult>> Results = new(() => SmallRuns.ToDictionary(r => r.Key, r => r.Value()));

    public static TheoryData<string, Language> EveryViewOfEveryExperiment()
    {
        var data = new TheoryData<string, Language>();
        foreach (var name in SmallRuns.Keys)
            foreach (var language in Languages.All)
                data.Add(name, language);
        return data;
    }

    [Fact]
    public void TheCatalogueHoldsExactlyTheExperimentsTestedHereAndEachHasAPresenter()
    {
        Assert.Equal(SmallRuns.Keys.Order(), ExperimentCatalog.All.Select(e => e.Name).Order());
        foreach (var experiment in ExperimentCatalog.All) Assert.Equal(experiment.Name, ExperimentPresenters.For(experiment.Name).Experiment);
    }

    [Theory]
    [InlineData("layer", "part-з")]
    [InlineData("vanishing", "part-и")]
    [InlineData("zigzag", "part-к")]
    [InlineData("logreg", "logistic-regression")]
    public void CatalogFindsEachExperimentByNameAndSection(string name, string section)
    {
        Assert.Same(ExperimentCatalog.ByName(name)!.GetType(), ExperimentCatalog.ForSection(section)!.GetType());
        Assert.False(string.IsNullOrWhiteSpace(ExperimentCatalog.ByName(name)!.Title(Language.Russian)));
    }

    [Theory]
    [MemberData(nameof(EveryViewOfEveryExperiment))]
    public void EveryFigureHasACaptionOfItsOwnAndTheTextIsComplete(string name, Language language)
    {
        var view = ExperimentPresenters.For(name).Present(Results.Value[name], language);
        Assert.NotEmpty(view.KeyNumbers);
        Assert.NotEmpty(view.Figures);
        Assert.False(string.IsNullOrWhiteSpace(view.Paragraph));
        Assert.Equal(view.Figures.Count, view.Figures.Select(f => f.Caption).Distinct().Count());
        Assert.Equal(view.Figures.Count, view.Figures.Select(f => f.Name).Distinct().Count());
        foreach (var figure in view.Figures)
        {
            Assert.True(figure.Caption.Length > 60, $"{figure.Name}: caption too short to say what it shows: {figure.Caption}");
            Assert.DoesNotContain(figure.Name, figure.Caption);
            Assert.DoesNotContain(view.Title, figure.Caption);
        }
        var texts = view.KeyNumbers.SelectMany(k => new[] { k.Label, k.Value }).Append(view.Paragraph).Append(view.Title).Concat(view.Figures.Select(f => f.Caption));
        foreach (string text in texts)
        {
            Assert.DoesNotMatch(RawNumber(), text);               // no 2.511E-008, no 1e-6
            Assert.DoesNotContain("{", text);                     // every placeholder filled
            if (language == Language.Russian)
            {
                var latin = LatinWord().Matches(CodeSpan().Replace(text, " ")).Select(m => m.Value).ToArray();
                Assert.True(latin.Length == 0, $"Latin word(s) {string.Join(", ", latin)} in: {text}");
                Assert.DoesNotMatch(DecimalPoint(), text);        // 0,25 not 0.25
            }
        }
    }

    [Theory]
    [InlineData("layer")]
    [InlineData("vanishing")]
    [InlineData("zigzag")]
    [InlineData("logreg")]
    public void FilesAreWrittenWholeAsTheViewLists(string name)
    {
        var result = Results.Value[name];
        var view = ExperimentPresenters.For(name).Present(result, Language.English);
        var written = ExperimentFiles.Write(result, view, _dir);
        Assert.Equal(view.Figures.Select(f => f.Name + ".png"), written.Figures);
        foreach (var png in written.Figures)
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(_dir, png)).Take(4));
        foreach (var file in written.Data) Assert.True(new FileInfo(Path.Combine(_dir, file)).Length > 0, file);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, name + ".json")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
        Assert.Contains(MarkedText.Plain(view.Paragraph), File.ReadAllText(Path.Combine(_dir, name + ".txt")));
    }

    [Fact]
    public void ConcurrentRunsIntoOneFolderLeaveOnlyWholeFiles()
    {
        var result = Results.Value["zigzag"];
        var views = Languages.All.Select(l => ExperimentPresenters.For("zigzag").Present(result, l)).ToArray();
        Parallel.For(0, 8, i => ExperimentFiles.Write(result, views[i % 2], _dir, i % 4 < 2 ? FigureFormat.Png : FigureFormat.Svg));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
        string text = File.ReadAllText(Path.Combine(_dir, "zigzag.txt"));
        Assert.Contains(views.Select(v => ExperimentFiles.Text(v)), v => v == text); // one run's text, not a mixture
        foreach (var png in Directory.GetFiles(_dir, "*.png"))
            using (var bitmap = SkiaSharp.SKBitmap.Decode(png)) Assert.NotNull(bitmap);
    }

    [Fact]
    public void LayerExperimentWithItsGradientChecks()
    {
        var data = (SigmoidLayerData)Results.Value["layer"].Data;
        var summary = data.Summary;
        Assert.All(summary.GradientChecks.Values, e => Assert.True(e < 1e-6, e.ToString()));
        // d_h = o(1−o)·d_o, checked against the numbers the experiment prints
        for (int i = 0; i < summary.O.Length; i++) Assert.Equal(summary.O[i] * (1 - summary.O[i]) * summary.DO[i], summary.DH[i], 1e-15);
        Assert.Contains(summary.Forms, f => f.FromOutputFloat == 0 && f.FromInputFloat > 0);
        // The float threshold is where σ rounds to 1f, the last float below it still gives a non-zero o(1 − o).
        Assert.Equal(1f, Logistic.Sigmoid((float)data.FloatLostFrom));
        Assert.True(Logistic.Sigmoid(float.BitDecrement((float)data.FloatLostFrom)) < 1f);
        Assert.Equal(1.0, Logistic.Sigmoid(data.DoubleLostFrom));
        Assert.True(Logistic.Sigmoid(Math.BitDecrement(data.DoubleLostFrom)) < 1.0);
    }

    [Fact]
    public void VanishingExperimentSmall() =>
        Assert.Equal(8, ((VanishingSummary)Results.Value["vanishing"].Summary).Runs.Count);   // sigmoid, tanh, ReLU, SiLU × two depths

    [Fact]
    public void LogisticRegressionOnTheDefaultDataAndTheScoringRule()
    {
        var summary = (LogisticRegressionSummary)Results.Value["logreg"].Summary;
        Assert.Equal(["x1", "x2"], summary.Coefficients.Keys);
        var data = (LogisticRegressionData)Results.Value["logreg"].Data;
        foreach (var m in data.ScoringRule)
        {
            Assert.Equal(m.Q, m.ArgMin, 1e-6);                      // the numeric minimiser is the true probability
            Assert.True(m.Minimum <= m.Entropy + 1e-12);             // and its value is the entropy at q
            foreach (double p in new[] { m.Q / 2, (1 + m.Q) / 2 })   // any other prediction costs more
                Assert.True(LogisticRegressionExperiment.ExpectedLogLoss(m.Q, p) > m.Minimum);
        }
    }

    [GeneratedRegex(@"\d[eE][+-]?\d")]
    private static partial Regex RawNumber();

    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{4,}(?![\p{L}])")]
    private static partial Regex LatinWord();
}
