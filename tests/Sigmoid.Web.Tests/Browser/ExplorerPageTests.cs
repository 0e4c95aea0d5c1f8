using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sigmoid.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>The Explorer panel in a real browser against the real server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerPageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPage _page = null!;
    private readonly List<string> _offsite = [];

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartKestrel();
        _page = await browser.NewPage(LiveLab.Url(_app), _offsite);
        await _page.GotoAsync(LiveLab.Url(_app));
        await Expect(_page.Locator("#chart-sigmoid path[data-series=sigmoid]")).ToHaveCountAsync(1);
        await Expect(_page.Locator("#chart-steep path[data-series=steep]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task TheDefaultRangeShadesWhereFloatSigmaRoundsToOne()
    {
        // Default range [−20, 20] holds the float threshold t ≈ 17.33 (σ = 1) but not t ≈ −103.97 (σ = 0).
        var bands = _page.Locator("#chart-sigmoid rect.band");
        await Expect(bands).ToHaveCountAsync(1);
        await Expect(bands).ToHaveAttributeAsync("data-label", "float σ = 1");
        await Expect(_page.Locator("#point-table td[data-type=float][data-key=sigmoid]")).ToHaveTextAsync("1"); // default t = 18
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task MovingTheKSliderChangesTheCurve()
    {
        var steep = _page.Locator("#chart-steep path[data-series=steep]");
        await Expect(steep).ToHaveAttributeAsync("data-k", "1");
        string before = (await steep.GetAttributeAsync("d"))!;
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#explorer"), "live-explorer-k1"));

        await _page.Locator("#k-slider").FillAsync("2"); // log10 k = 2
        await Expect(_page.Locator("#k-value")).ToHaveTextAsync("100");
        await Expect(steep).ToHaveAttributeAsync("data-k", "100");
        string after = (await steep.GetAttributeAsync("d"))!;
        Assert.NotEqual(before, after);
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#explorer"), "live-explorer-k100"));
        Assert.Empty(_offsite);
    }

    [Fact]
    public async Task ThePointReadoutShowsFloatSaturation()
    {
        var floatSigma = _page.Locator("#point-table td[data-type=float][data-key=sigmoid]");
        await _page.Locator("#point-t").FillAsync("20");
        await _page.Locator("#point-form button").ClickAsync();
        await Expect(floatSigma).ToHaveTextAsync("1");
        await Expect(floatSigma).ToHaveClassAsync("saturated");
        var doubleSigma = _page.Locator("#point-table td[data-type=double][data-key=sigmoid]");
        await Expect(doubleSigma).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\.99999999\d+$"));
        double shown = double.Parse(await doubleSigma.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1 / (1 + Math.Exp(-20)), shown, 2.3e-16); // double keeps 1 − σ(20) ≈ 2.06e-9, within an ulp of 1
        await Expect(_page.Locator("#point-note")).ToContainTextAsync("rounds to exactly 1");

        // Hovering over the σ chart near its left edge (t ≈ −8) moves the read-out there.
        var box = (await _page.Locator("#chart-sigmoid").BoundingBoxAsync())!;
        await _page.Mouse.MoveAsync(box.X + box.Width * 0.15f, box.Y + box.Height / 2);
        await Expect(_page.Locator("#point-t")).Not.ToHaveValueAsync("20");
        await Expect(floatSigma).Not.ToHaveClassAsync("saturated");
        Assert.True(double.Parse(await _page.Locator("#point-t").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture) < -4);
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#explorer"), "live-explorer-hover"));
    }

    [Fact]
    public async Task ABadRangeShowsTheServersMessage()
    {
        await _page.Locator("#range-from").FillAsync("5");
        await _page.Locator("#range-to").FillAsync("-5");
        await _page.Locator("#range-plot").ClickAsync();
        var error = _page.Locator("#explorer-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("from (5) must be less than to (-5)");
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#explorer"), "live-explorer-bad-range"));

        await _page.Locator("#range-from").FillAsync("-30");
        await _page.Locator("#range-to").FillAsync("30");
        await _page.Locator("#range-plot").ClickAsync();
        await Expect(error).ToBeHiddenAsync();
    }
}
