using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Report;
using Sigmoid.Lab.Sheet;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Lab;

/// <summary>`sigmoid report`: one self-contained page with a section per part а–к and logistic regression.</summary>
[Collection(ReportCollection.Name)]
public class ReportTests(ReportFixture report)
{
    private static readonly string[] Ids =
        ["part-а", "logistic-distribution", "part-б", "part-в", "part-г", "part-д", "part-е", "part-ё", "part-ж", "part-з", "part-и", "silu", "part-к", "logistic-regression"];

    private IDocument Parse() => new HtmlParser().ParseDocument(report.Html);

    [Fact]
    public void CommandSucceedsAndSaysWhereThePageIs()
    {
        Assert.True(report.Code == 0, report.Stderr);
        Assert.Contains(Path.GetFullPath(report.IndexPath), report.Stdout);
        Assert.True(File.Exists(report.IndexPath));
    }

    [Fact]
    public void ProgressGoesToStderrAsPlainLinesWhenRedirected()
    {
        foreach (string id in Ids) Assert.Contains($"report: {id}", report.Stderr);
        Assert.DoesNotContain("\u001b[", report.Stderr + report.Stdout);
        Assert.DoesNotContain("report: part-", report.Stdout);
    }

    [Fact]
    public void EverySectionExistsInOrderWithANumberOrAPicture()
    {
        var doc = Parse();
        Assert.Equal(Ids, doc.QuerySelectorAll("main > section").Select(s => s.Id).ToArray());
        Assert.Equal(Ids, ReportBuilder.SectionIds);
        foreach (string id in Ids)
        {
            var section = doc.GetElementById(id);
            Assert.NotNull(section);
            Assert.NotNull(section.QuerySelector("h2"));
            Assert.False(string.IsNullOrWhiteSpace(section.QuerySelector(".question")?.TextContent), id);
            Assert.NotNull(section.QuerySelector(".formula"));
            bool number = section.QuerySelectorAll("td.num").Any(td => td.TextContent.Any(char.IsDigit));
            bool picture = section.QuerySelectorAll("img").Any(img => img.GetAttribute("src")!.StartsWith("data:image/", StringComparison.Ordinal));
            Assert.True(number || picture, $"{id} has neither a number nor a picture");
        }
    }

    [Fact]
    public void NumbersComeFromTheLibrary()
    {
        var doc = Parse();
        string Cells(string id) => string.Join("|", doc.GetElementById(id)!.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains(Logistic.Sigmoid(1f).ToString("R", System.Globalization.CultureInfo.InvariantCulture), Cells("part-а"));
        Assert.Contains("0.5", Cells("part-г"));
        Assert.Contains("0.25", Cells("part-г"));
        Assert.Contains("17.32868", Cells("part-в"));
    }

    [Fact]
    public void SectionsWithoutAnExperimentSaySoAndOthersShowIt()
    {
        var doc = Parse();
        foreach (string id in new[] { "part-з", "part-и", "part-к", "logistic-regression" })
        {
            var section = doc.GetElementById(id)!;
            Assert.Null(section.QuerySelector(".notice.error"));
            bool saysNotBuilt = section.QuerySelectorAll(".notice").Any(n => n.TextContent.Contains("Not built yet"));
            Assert.Equal(ExperimentCatalog.ForSection(id) is null, saysNotBuilt);
        }
    }

    [Fact]
    public void PageIsSelfContained()
    {
        var doc = Parse();
        Assert.Empty(doc.QuerySelectorAll("script"));
        foreach (var e in doc.QuerySelectorAll("[src]"))
            Assert.StartsWith("data:", e.GetAttribute("src")!);
        foreach (var e in doc.QuerySelectorAll("[href]"))
        {
            string href = e.GetAttribute("href")!;
            Assert.True(href.StartsWith('#') || href.StartsWith("data:", StringComparison.Ordinal) || !href.Contains(':'),
                $"external reference {href}");
            if (!href.StartsWith('#') && !href.StartsWith("data:", StringComparison.Ordinal))
                Assert.True(File.Exists(Path.Combine(report.Folder, Uri.UnescapeDataString(href))), $"missing local file {href}");
        }
        Assert.DoesNotContain("http://", report.Html);
        Assert.DoesNotContain("https://", report.Html);
    }

    [Fact]
    public void OutKeepsOtherFiles() => Assert.Equal("mine", File.ReadAllText(report.KeptFile));

    [Fact]
    public void RussianPageHasTheSameSheetSectionsInRussian()
    {
        // Built from the section classes directly (the experiments already ran once for the English page).
        var f = SheetProperties.Compute(NumberFormat.Float);
        var d = SheetProperties.Compute(NumberFormat.Double);
        var sheet = new SheetSections(Language.Russian, f, d);
        var network = new NetworkSections(Language.Russian, sheet, f, d);
        var family = new FamilySections(Language.Russian);
        ReportSection[] sections =
        [
            sheet.PartA(), family.Distribution(), sheet.PartB(), sheet.PartV(), sheet.PartG(), sheet.PartD(), sheet.PartE(), sheet.PartYo(), sheet.PartZh(),
            network.PartZ([]), network.PartI([]), family.Silu(), network.PartK([]), network.LogisticRegression([]),
        ];
        var doc = new HtmlParser().ParseDocument(HtmlReport.Render(sections, Language.Russian));
        Assert.Equal("ru", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Ids, doc.QuerySelectorAll("main > section").Select(s => s.Id).ToArray());
        Assert.Contains("Выразите σ(−t) через σ(t).", doc.GetElementById("part-б")!.TextContent);
        Assert.Equal("Решение", doc.GetElementById("part-ё")!.QuerySelector("details.solution > summary")!.TextContent);
    }
}
