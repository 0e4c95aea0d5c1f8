using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Report;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Tests.Lab;

/// <summary>The report's sections on σ as a distribution function and on SiLU.</summary>
public class FamilySectionsTests
{
    [Fact]
    public void SampleStudyAgreesWithTheDistribution()
    {
        var s = LogisticSampleStudy.Compute(20_000, 11);
        // 0.1% Kolmogorov–Smirnov critical value; 4.5 Fisher standard errors (1 in 150,000 per estimate).
        Assert.True(s.KolmogorovDistance < 1.949 / Math.Sqrt(s.Samples), $"D = {s.KolmogorovDistance}");
        Assert.True(Math.Abs(s.FittedLocation - s.TrueLocation) <= 4.5 * s.LocationStandardError);
        Assert.True(Math.Abs(s.FittedScale - s.TrueScale) <= 4.5 * s.ScaleStandardError);
        double width = s.BinEdges[1] - s.BinEdges[0];
        Assert.Equal(s.Samples - s.Outside, (int)Math.Round(s.Density.Sum() * width * s.Samples));
        Assert.Equal(Math.Sqrt(3.0 / s.Samples), s.LocationStandardError, 15);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Russian)]
    public void SectionsHaveTheirFiguresAndNoUnfilledPlaceholders(Language language)
    {
        var family = new FamilySections(language);
        foreach (var section in new[] { family.Distribution(), family.Silu() })
        {
            Assert.Contains(section.Blocks, b => b is FigureBlock { Bytes.Length: > 1000 });
            var text = string.Join(" ", section.Blocks.OfType<TextBlock>().Select(b => b.Text));
            Assert.DoesNotContain("{", text);
            Assert.NotEmpty(text);
        }
        var silu = family.Silu().Blocks.OfType<TableBlock>().Single();
        Assert.Contains(silu.Rows, r => r[2] == TextCatalog.For(language).Numbers.Fixed(1.0998, 4));
    }
}
