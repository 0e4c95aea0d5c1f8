using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Learning;

/// <summary>Each learning experiment runs (small settings where it has them) and writes what it lists.</summary>
public sealed class ExperimentSmokeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-learning-smoke-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private void AssertWrote(ExperimentResult result)
    {
        Assert.False(string.IsNullOrWhiteSpace(result.Paragraph));
        Assert.NotEmpty(result.KeyNumbers);
        Assert.NotEmpty(result.Figures);
        foreach (var f in result.Figures.Concat(result.DataFiles))
            Assert.True(new FileInfo(Path.Combine(_dir, f)).Length > 0, f);
        foreach (var png in result.Figures)
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(_dir, png)).Take(4));
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

    [Fact]
    public void LayerExperimentWithItsGradientChecks()
    {
        var result = new SigmoidLayerExperiment().Run(new ExperimentContext(_dir, Language.Russian));
        AssertWrote(result);
        var summary = (SigmoidLayerSummary)result.Summary;
        Assert.All(summary.GradientChecks.Values, e => Assert.True(e < 1e-6, e.ToString()));
        // d_h = o(1−o)·d_o, checked against the numbers the experiment prints
        for (int i = 0; i < summary.O.Length; i++) Assert.Equal(summary.O[i] * (1 - summary.O[i]) * summary.DO[i], summary.DH[i], 1e-15);
        Assert.Contains(summary.Forms, f => f.FromOutputFloat == 0 && f.FromInputFloat > 0);
    }

    [Fact]
    public void VanishingExperimentSmall()
    {
        var options = new VanishingOptions { Depths = [2, 6], Epochs = 2, Samples = 64, Width = 8 };
        var result = new VanishingExperiment().Run(new ExperimentContext(_dir), options);
        AssertWrote(result);
        Assert.Equal(6, ((VanishingSummary)result.Summary).Runs.Count);
    }

    [Fact]
    public void ZigZagExperimentSmall()
    {
        var result = new ZigZagExperiment().Run(new ExperimentContext(_dir), new ZigZagOptions { Trials = 20 });
        AssertWrote(result);
    }

    [Fact]
    public void LogisticRegressionExperimentOnTheDefaultData()
    {
        var result = new LogisticRegressionExperiment().Run(new ExperimentContext(_dir));
        AssertWrote(result);
        var summary = (LogisticRegressionSummary)result.Summary;
        Assert.Equal(["x1", "x2"], summary.Coefficients.Keys);
    }
}
