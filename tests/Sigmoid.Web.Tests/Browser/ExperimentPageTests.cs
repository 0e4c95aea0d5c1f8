using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sigmoid.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>The Vanishing-gradients and Zig-zag panels in a real browser against the real server and real experiments.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExperimentPageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPage _page = null!;
    private readonly List<string> _offsite = [];

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartKestrel(); // the lab's own trainer
        _page = await browser.NewPage(LiveLab.Url(_app), _offsite);
        await _page.GotoAsync(LiveLab.Url(_app));
        await Expect(_page.Locator("#train-dataset option")).Not.ToHaveCountAsync(0);
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    private async Task Train(string activation, int depth, int width, double rate, int epochs, string dataset)
    {
        await _page.Locator("#train-activation").SelectOptionAsync(activation);
        await _page.Locator("#train-depth").FillAsync(depth.ToString(CultureInfo.InvariantCulture));
        await _page.Locator("#train-width").FillAsync(width.ToString(CultureInfo.InvariantCulture));
        await _page.Locator("#train-lr").FillAsync(rate.ToString(CultureInfo.InvariantCulture));
        await _page.Locator("#train-epochs").FillAsync(epochs.ToString(CultureInfo.InvariantCulture));
        await _page.Locator("#train-dataset").SelectOptionAsync(dataset);
        await _page.Locator("#train-start").ClickAsync();
        await Expect(_page.Locator("#train-status")).ToContainTextAsync("done: final loss", new() { Timeout = 120_000 });
    }

    [Fact]
    public async Task TrainingDrawsAFallingLossAndFillsTheGradientChart()
    {
        await Train("relu", depth: 3, width: 16, rate: 0.1, epochs: 40, dataset: "circles");
        await Expect(_page.Locator("#chart-loss path[data-series=loss]")).ToHaveAttributeAsync("data-count", "40");
        await Expect(_page.Locator("#chart-grads rect.bar")).ToHaveCountAsync(4); // 3 hidden + output
        double[] losses = await _page.EvaluateAsync<double[]>("() => training.epochs.map(e => Number(e.loss))");
        Assert.Equal(40, losses.Length);
        Assert.True(losses[^1] < 0.8 * losses[0], $"loss did not fall: {losses[0]} → {losses[^1]}");
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#vanishing"), "live-training-relu"));
        Assert.Empty(_offsite);
    }

    [Fact]
    public async Task DeepSigmoidShowsTheGradientVanishingTowardsTheInput()
    {
        await Train("sigmoid", depth: 12, width: 16, rate: 0.1, epochs: 5, dataset: "circles");
        await Expect(_page.Locator("#chart-grads rect.bar")).ToHaveCountAsync(13);
        double[] norms = await _page.EvaluateAsync<double[]>("() => training.epochs.at(-1).gradNorms.map(Number)");
        Assert.True(norms[0] < 1e-3 * norms[^1], $"layer 1 {norms[0]} vs output {norms[^1]}"); // ≤ ¼ per layer, 12 layers
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#vanishing"), "live-training-sigmoid-deep"));
    }

    [Fact]
    public async Task ClickingTheContoursDrawsBothPathsWithTheirStepCounts()
    {
        var positive = _page.Locator("#chart-zig-positive");
        await Expect(_page.Locator("#zig-steps-positive")).ToContainTextAsync("steps");
        await Expect(positive.Locator("path[data-series=path-positive]")).ToHaveCountAsync(1);
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#zigzag"), "live-zigzag-default"));

        string before = await _page.Locator("#zig-w1").InputValueAsync();
        var box = (await positive.BoundingBoxAsync())!;
        await _page.Mouse.ClickAsync(box.X + box.Width * 0.8f, box.Y + box.Height * 0.2f); // upper right of the window
        await Expect(_page.Locator("#zig-w1")).Not.ToHaveValueAsync(before);
        double w1 = double.Parse(await _page.Locator("#zig-w1").InputValueAsync(), CultureInfo.InvariantCulture);
        double w2 = double.Parse(await _page.Locator("#zig-w2").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.True(w1 > 2 && w2 > -1, $"click landed at ({w1}, {w2}), not in the upper right");
        var path = positive.Locator("path[data-series=path-positive]");
        await Expect(_page.Locator("#zig-steps-positive")).ToContainTextAsync("steps to");
        await Expect(_page.Locator("#zig-steps-centred")).ToContainTextAsync("steps to");
        int positiveSteps = int.Parse((await positive.GetAttributeAsync("data-steps"))!, CultureInfo.InvariantCulture);
        int centredSteps = int.Parse((await _page.Locator("#chart-zig-centred").GetAttributeAsync("data-steps"))!, CultureInfo.InvariantCulture);
        Assert.True(positiveSteps > centredSteps, $"positive {positiveSteps} vs centred {centredSteps}");
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#zigzag"), "live-zigzag-clicked"));
        _ = JsonSerializer.Serialize(new { positiveSteps, centredSteps });
    }
}
