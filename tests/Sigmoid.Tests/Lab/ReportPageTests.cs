using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sigmoid.Tests.Lab;

/// <summary>
/// The English and the Russian report in headless Chromium, at desktop width (1000 px) and phone width (390 px):
/// every part has a folded solution, formulas are MathML, the Russian prose is Russian, nothing overflows on a phone,
/// every figure has a caption of its own. Each section is screenshotted in both languages at both widths with its
/// solution open, into <c>TestResults/artifacts/report-LANG-WIDTH-NN.png</c> (not committed).
/// </summary>
[Collection(ReportCollection.Name)]
public sealed partial class ReportPageTests(ReportFixture english, RussianReportFixture russian, ITestOutputHelper output)
    : IClassFixture<RussianReportFixture>, IAsyncLifetime
{
    private static readonly string[] Ids = [.. Sigmoid.Lab.Report.ReportBuilder.SectionIds];

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private (int Code, string Stderr, string IndexPath) Report(string lang) =>
        lang == "ru" ? (russian.Code, russian.Stderr, russian.IndexPath) : (english.Code, english.Stderr, english.IndexPath);

    /// <summary>The page in a fresh tab of the given width; console errors, page errors and network requests are collected.</summary>
    private async Task<(IPage Page, List<string> Problems)> Open(string lang, int width)
    {
        var (code, stderr, index) = Report(lang);
        Assert.True(code == 0, stderr);
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Add($"network request: {request.Url}");
        };
        await page.GotoAsync(new Uri(index).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, problems);
    }

    private static string Artifacts()
    {
        string folder = Path.Combine(CliRun.RepositoryRoot() ?? AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Theory]
    [InlineData("en", "Solution")]
    [InlineData("ru", "Решение")]
    public async Task EveryPartAsksItsQuestionAndFoldsItsSolutionAndTheShowAllBoxUnfoldsThemWithoutScript(string lang, string summary)
    {
        var (page, problems) = await Open(lang, 1000);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(Ids, await page.Locator("main > section").EvaluateAllAsync<string[]>("s => s.map(e => e.id)"));
        foreach (string id in Ids)
        {
            var section = page.Locator($"section[id='{id}']");
            Assert.False(string.IsNullOrWhiteSpace(await section.Locator(".question").InnerTextAsync()), id);
            Assert.Equal(1, await section.Locator("details.solution").CountAsync());
            Assert.Equal(summary, (await section.Locator("details.solution > summary").InnerTextAsync()).Trim());
            Assert.False(await section.Locator("details.solution").EvaluateAsync<bool>("d => d.open"), $"{id}: the solution is open before the reader asks");
            Assert.False(await section.Locator("details.solution > :not(summary)").First.IsVisibleAsync(), $"{id}: the folded solution shows");
        }
        // One checkbox, no script: every solution becomes visible.
        await page.Locator("#show-all").CheckAsync();
        foreach (string id in Ids)
            Assert.True(await page.Locator($"section[id='{id}'] details.solution > :not(summary)").First.IsVisibleAsync(), $"{id}: 'show all' left it folded");
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task FormulasAreMathMlAndNoTextUsesCaretsOrRawUnderscores(string lang)
    {
        var (page, _) = await Open(lang, 1000);
        await page.Locator("#show-all").CheckAsync();
        foreach (string id in Ids)
        {
            var formulas = page.Locator($"section[id='{id}'] .formula");
            Assert.True(await formulas.CountAsync() > 0, $"{id} has no formula");
            foreach (var formula in await formulas.AllAsync())
                Assert.True(await formula.Locator("math").CountAsync() > 0, $"{id}: a formula is not MathML: {await formula.InnerTextAsync()}");
        }
        // Chromium lays MathML out natively: a fraction is taller than a line of text.
        double fraction = await page.Locator("section[id='part-б'] mfrac").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        double line = await page.Locator("section[id='part-б'] .question").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(fraction > line, $"a fraction is {fraction} px high, a text line {line} px: MathML is not rendered");
        // A bracket around a fraction grows with it, as in print: σ′(t) = (eᵗ / (1 + eᵗ))′ must not squeeze the fraction
        // between two text-sized parentheses (that needs a math font with stretchy glyphs).
        double[] bracket = await page.EvaluateAsync<double[]>(@"() => {
            for (const mo of document.querySelectorAll(""section[id='part-в'] mo[stretchy='true']"")) {
              const inside = mo.nextElementSibling && mo.nextElementSibling.querySelector('mfrac');
              if (mo.textContent === '(' && inside)
                return [mo.getBoundingClientRect().height, inside.getBoundingClientRect().height];
            }
            return []; }");
        Assert.True(bracket.Length == 2, "no bracket around a fraction in part в");
        Assert.True(bracket[0] >= 0.9 * bracket[1], $"a bracket {bracket[0]:0.#} px high around a fraction {bracket[1]:0.#} px high");
        string text = await page.Locator("body").InnerTextAsync();
        foreach (char bad in "^_")
        {
            int at = text.IndexOf(bad);
            Assert.True(at < 0, $"'{bad}' in the page text: …{(at < 0 ? "" : text.Substring(Math.Max(0, at - 60), Math.Min(120, text.Length - Math.Max(0, at - 60))))}…");
        }
        await page.CloseAsync();
    }

    [Fact]
    public async Task RussianProseHasNoLatinWordsOutsideFormulasAndCode()
    {
        var (page, _) = await Open("ru", 1000);
        await page.Locator("#show-all").CheckAsync();
        // Text of every text node that is not inside <math>, <code> or a number cell, with its parent tag.
        string[] prose = await page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const p = n.parentElement;
              if (!p || p.closest('math, code, td.num, style')) continue;
              if (n.textContent.trim()) out.push(n.textContent);
            }
            return out; }");
        var latin = prose.SelectMany(t => LatinWord().Matches(t).Select(m => $"'{m.Value}' in: {t.Trim()}")).Distinct().ToArray();
        Assert.True(latin.Length == 0, string.Join("\n", latin));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task NothingOverflowsItsBoxAtPhoneWidth(string lang)
    {
        var (page, _) = await Open(lang, 390);
        await page.Locator("#show-all").CheckAsync();
        string[] overflowing = await page.EvaluateAsync<string[]>(@"() => {
            const out = [], width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width + 1) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('math') && e.tagName.toLowerCase() !== 'math') continue;
              const box = e.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              const name = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className : ''} «${(e.textContent || '').trim().slice(0, 50)}»`;
              if (box.right > width + 1 || box.left < -1) out.push(`${name} spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
              const style = getComputedStyle(e);
              if (style.display !== 'inline' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
                out.push(`${name}: content ${e.scrollWidth} px in a box of ${e.clientWidth} px`);
            }
            return out; }");
        Assert.True(overflowing.Length == 0, string.Join("\n", overflowing.Take(30)));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task NoNumberInATableIsBrokenAcrossLinesAtPhoneWidth(string lang)
    {
        var (page, _) = await Open(lang, 390);
        await page.Locator("#show-all").CheckAsync();
        // Every run of non-space characters in a number cell must lie on one line (a number split as 37.429947750237 / 05
        // reads as two numbers); the cells may wrap between the items of a list.
        string[] broken = await page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            for (const cell of document.querySelectorAll('td.num')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const m of n.textContent.matchAll(/\S+/g)) {
                  const range = document.createRange();
                  range.setStart(n, m.index);
                  range.setEnd(n, m.index + m[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) out.push(`«${m[0]}» in ${cell.closest('section')?.id}`);
                }
              }
            }
            return out; }");
        Assert.True(broken.Length == 0, "numbers broken across lines:\n" + string.Join("\n", broken.Take(30)));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task EveryFigureHasACaptionOfItsOwnAndDecodes(string lang)
    {
        var (page, problems) = await Open(lang, 1000);
        await page.Locator("#show-all").CheckAsync();
        string[] captions = await page.Locator("figure").EvaluateAllAsync<string[]>("fs => fs.map(f => (f.querySelector('figcaption')?.textContent ?? '').trim())");
        Assert.True(captions.Length >= 10, $"only {captions.Length} figures");
        Assert.DoesNotContain("", captions);
        var repeated = captions.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"{g.Count()}× {g.Key}").ToArray();
        Assert.True(repeated.Length == 0, "captions used more than once:\n" + string.Join("\n", repeated));
        Assert.True(await page.EvaluateAsync<bool>("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"), "an image did not decode");
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task EverySectionIsScreenshottedOpenAtDesktopAndPhoneWidth(string lang)
    {
        string folder = Artifacts();
        foreach (var (width, name) in new[] { (1000, "desktop"), (390, "phone") })
        {
            var (page, problems) = await Open(lang, width);
            await page.Locator("#show-all").CheckAsync();
            // A viewport as tall as the unfolded page (nothing on it depends on the viewport's height): each section is
            // then captured where it lies. Scrolled into a 900-pixel viewport instead, every capture took 9–10 s in
            // headless Chromium without a GPU (4.5 minutes a test); this way it takes well under a second.
            int height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
            await page.SetViewportSizeAsync(width, height);
            string header = Path.Combine(folder, $"report-{lang}-{name}-00-header.png");
            await page.Locator("header").ScreenshotAsync(new LocatorScreenshotOptions { Path = header, Timeout = 120_000 });
            for (int i = 0; i < Ids.Length; i++)
            {
                string path = Path.Combine(folder, $"report-{lang}-{name}-{i + 1:00}.png");
                await page.Locator($"section[id='{Ids[i]}']").ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Timeout = 120_000 });
                Assert.True(new FileInfo(path).Length > 5_000, $"{path} is nearly empty");
            }
            output.WriteLine($"screenshots: {folder}/report-{lang}-{name}-NN.png");
            Assert.Empty(problems);
            await page.CloseAsync();
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z]{4,}(?![A-Za-z0-9])")]
    private static partial Regex LatinWord();
}
