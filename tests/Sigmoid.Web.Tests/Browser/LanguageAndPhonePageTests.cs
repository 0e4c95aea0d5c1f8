using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sigmoid.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>The live page's language switch (English/Russian, text from /strings/LANG.json) and its layout at 390 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageAndPhonePageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private WebApplication _app = null!;

    public async Task InitializeAsync() => _app = await LabHosts.StartKestrel();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> Open(int width, string? lang = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(LiveLab.Url(_app) + (lang is null ? "" : "?lang=" + lang));
        await Expect(page.Locator("#chart-sigmoid path[data-series=sigmoid]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#point-note")).Not.ToBeEmptyAsync();
        return page;
    }

    [Fact]
    public async Task TheSwitchTurnsEveryTextOfThePageRussianAndBack()
    {
        var page = await Open(1280);
        await Expect(page.Locator("h1")).ToHaveTextAsync("σ live lab");
        await page.Locator("#language").SelectOptionAsync("ru");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.Locator("h1")).ToHaveTextAsync("σ: живая лаборатория");
        await Expect(page.Locator("#train-status")).ToHaveTextAsync("ожидание");
        await Expect(page.Locator("#point-note")).ToContainTextAsync("округляется ровно до 1");
        await Expect(page.Locator("#chart-sigmoid rect.band")).ToHaveAttributeAsync("data-label", "float: σ = 1");
        await Expect(page.Locator("#zig-steps-positive")).ToContainTextAsync("до ‖w − w*‖");
        // The colour keys inside captions survive the rewrite.
        await Expect(page.Locator("#explorer figcaption .key.k0").First).ToBeVisibleAsync();
        output.WriteLine(await BrowserFixture.Shot(page.Locator("body"), "live-page-ru-desktop"));

        await page.Locator("#language").SelectOptionAsync("en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("σ live lab");
        await Expect(page.Locator("#point-note")).ToContainTextAsync("rounds to exactly 1");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheServersMessagesAreShownInThePagesLanguageAndFollowTheSwitch()
    {
        var page = await Open(1280, "ru");
        await page.Locator("#range-from").FillAsync("0.5");
        await page.Locator("#range-to").FillAsync("-5");
        await page.Locator("#range-plot").ClickAsync();
        var error = page.Locator("#explorer-error");
        await Expect(error).ToHaveTextAsync("отрезок задан неверно: начало (0,5) должно быть меньше конца (-5)");
        await page.Locator("#train-depth").FillAsync("100");
        await page.Locator("#train-start").ClickAsync();
        var trainError = page.Locator("#train-error");
        await Expect(trainError).ToHaveTextAsync("значение «глубина» должно быть целым числом из [1; 64]; получено 100");
        // Chart tick labels are numbers of the page's language too.
        await Expect(page.Locator("#chart-sigmoid text", new() { HasTextString = "0,2" })).Not.ToHaveCountAsync(0);
        output.WriteLine(await BrowserFixture.Shot(page.Locator("body"), "live-page-ru-errors"));

        await page.Locator("#language").SelectOptionAsync("en");
        await Expect(error).ToHaveTextAsync("the range must be ordered: from (0.5) must be less than to (-5)");
        await Expect(trainError).ToHaveTextAsync("depth must be an integer in [1, 64]; got 100");
        await page.Locator("#range-to").FillAsync("5");
        await page.Locator("#range-plot").ClickAsync();
        await Expect(error).ToBeHiddenAsync();
        await Expect(page.Locator("#chart-sigmoid text", new() { HasTextString = "0.2" })).Not.ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BothStringFilesHaveTheSameKeysAndEveryMarkedElementHasOne()
    {
        using var client = new HttpClient { BaseAddress = new Uri(LiveLab.Url(_app)) };
        var en = JsonDocument.Parse(await client.GetStringAsync("/strings/en.json")).RootElement;
        var ru = JsonDocument.Parse(await client.GetStringAsync("/strings/ru.json")).RootElement;
        var enKeys = en.EnumerateObject().Select(p => p.Name).Where(k => k != "plural").Order().ToArray();
        var ruKeys = ru.EnumerateObject().Select(p => p.Name).Where(k => k != "plural").Order().ToArray();
        Assert.Equal(enKeys, ruKeys);
        string html = await client.GetStringAsync("/");
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "data-(?:i18n|msg)=\"(\\w+)\""))
            Assert.Contains(m.Groups[1].Value, enKeys);
        // Every English text with a word in it (not just symbols such as "ln σ(t)") has its own Russian text.
        foreach (var key in ruKeys.Where(k => k != "language"))
        {
            string english = en.GetProperty(key).GetString()!;
            if (System.Text.RegularExpressions.Regex.IsMatch(System.Text.RegularExpressions.Regex.Replace(english, "\\{\\w+\\}", ""), "[A-Za-z]{3,}"))
                Assert.NotEqual(english, ru.GetProperty(key).GetString());
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task AtPhoneWidthNothingOverflowsAndTheChartsStack(string lang)
    {
        var page = await Open(390, lang);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        string[] overflowing = await page.EvaluateAsync<string[]>(@"() => {
            const out = [], width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width + 1) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
              const box = e.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              const name = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} «${(e.textContent || '').trim().slice(0, 40)}»`;
              if (box.right > width + 1) out.push(`${name} reaches ${Math.round(box.right)} px`);
              if (getComputedStyle(e).display !== 'inline' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
                out.push(`${name}: content ${e.scrollWidth} px in ${e.clientWidth} px`);
            }
            return out; }");
        Assert.True(overflowing.Length == 0, string.Join("\n", overflowing.Take(30)));
        // One chart per row, each as wide as the panel allows.
        var boxes = await page.Locator("#explorer .charts figure").EvaluateAllAsync<double[]>("fs => fs.map(f => f.getBoundingClientRect().left)");
        Assert.All(boxes, left => Assert.Equal(boxes[0], left, 1.0));
        output.WriteLine(await BrowserFixture.Shot(page.Locator("body"), $"live-page-{lang}-phone"));
        await page.Context.CloseAsync();
    }

    /// <summary>Reads a number as the page writes it (−, decimal comma or point, ·10ⁿ) back to a double, independently
    /// of the page's code: the digits must be all there, so it parses to the library's value exactly.</summary>
    private static double ParseShown(string shown)
    {
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        string text = shown.Replace('−', '-').Replace(',', '.');
        int times = text.IndexOf("·10", StringComparison.Ordinal);
        if (times >= 0)
        {
            string power = new(text[(times + 3)..].Select(c => c == '⁻' ? '-' : (char)('0' + superscripts.IndexOf(c))).ToArray());
            text = text[..times] + "E" + power;
        }
        return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TheExplorersValuesAreWrittenInThePagesLanguageWithEveryDigit()
    {
        var page = await Open(1280, "ru");
        await page.Locator("#point-t").FillAsync("-18");
        await page.Locator("#point-form button").ClickAsync();
        var cell = page.Locator("#point-table td[data-type=double][data-key=sigmoid]");
        // σ(−18) = 1.5229979744712628E-08 in double: a decimal comma and a power of ten on the Russian page.
        await Expect(cell).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1,\d+·10⁻⁸$"));
        Assert.Equal(Sigmoid.Logistic.Sigmoid(-18.0), ParseShown(await cell.InnerTextAsync()));

        await page.Locator("#language").SelectOptionAsync("en");
        await Expect(cell).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1\.\d+·10⁻⁸$"));
        Assert.Equal(Sigmoid.Logistic.Sigmoid(-18.0), ParseShown(await cell.InnerTextAsync()));
        // A negative value gets the minus sign − and keeps every digit in both languages.
        var logSigmoid = page.Locator("#point-table td[data-type=double][data-key=logSigmoid]");
        await Expect(logSigmoid).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^−18\.\d+$"));
        Assert.Equal(Sigmoid.Logistic.LogSigmoid(-18.0), ParseShown(await logSigmoid.InnerTextAsync()));
        await page.Locator("#language").SelectOptionAsync("ru");
        await Expect(logSigmoid).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^−18,\d+$"));
        await Expect(page.Locator("#point-table td[data-type=float][data-key=t]")).ToHaveTextAsync("−18");
        await page.Context.CloseAsync();
    }
}
