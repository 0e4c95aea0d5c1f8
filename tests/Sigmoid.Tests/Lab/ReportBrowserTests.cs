using Microsoft.Playwright;
using Xunit.Abstractions;
using Sigmoid.Lab.Report;

namespace Sigmoid.Tests.Lab;

/// <summary>The report opens in headless Chromium with no console errors; a full-page screenshot is kept.</summary>
[Collection(ReportCollection.Name)]
public class ReportBrowserTests(ReportFixture report, ITestOutputHelper output)
{
    [Fact]
    public async Task OpensInHeadlessChromiumWithoutErrorsAndIsScreenshotted()
    {
        Assert.True(report.Code == 0, report.Stderr);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Add($"network request: {request.Url}");
        };

        var response = await page.GotoAsync(new Uri(report.IndexPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        bool imagesDecoded = await page.EvaluateAsync<bool>(
            "() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)");
        int images = await page.EvaluateAsync<int>("() => document.images.length");
        bool lastAnchor = await page.EvaluateAsync<bool>("() => document.getElementById('logistic-regression') !== null");

        string folder = Path.Combine(CliRun.RepositoryRoot() ?? AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        string shot = Path.Combine(folder, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        // One picture per section as well (ASCII names: section-01.png is part-а … section-12.png logistic regression).
        var sections = await page.QuerySelectorAllAsync("main > section");
        for (int i = 0; i < sections.Count; i++)
            await sections[i].ScreenshotAsync(new ElementHandleScreenshotOptions { Path = Path.Combine(folder, $"report-section-{i + 1:00}.png") });
        output.WriteLine($"report screenshot: {shot}");
        Console.WriteLine($"report screenshot: {shot}");

        Assert.Empty(problems);
        Assert.True(imagesDecoded, "an image did not decode");
        Assert.True(images >= 6, $"only {images} images");
        Assert.True(lastAnchor);
        Assert.Equal(ReportBuilder.SectionIds.Count, sections.Count);
        Assert.True(new FileInfo(shot).Length > 10_000);
    }
}
