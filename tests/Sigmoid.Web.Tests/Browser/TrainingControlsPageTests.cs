using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sigmoid.Web.Tests.Support;
using Sigmoid.Web.Training;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>
/// The training panel's controls against a real server whose trainer blocks after a few epochs (so Stop, the
/// concurrency limit and validation can be seen without waiting for a real training).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingControlsPageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTrainer _trainer = new() { QuickEpochs = 3, BlockAfter = true };
    private WebApplication _app = null!;
    private IPage _page = null!;
    private readonly List<string> _offsite = [];

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartKestrel(_trainer, maxTrainings: 1);
        _page = await browser.NewPage(LiveLab.Url(_app), _offsite);
        await _page.GotoAsync(LiveLab.Url(_app) + "#vanishing");
        await Expect(_page.Locator("#train-dataset option")).ToHaveCountAsync(2);
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    private TrainingGate Gate => _app.Services.GetRequiredService<TrainingGate>();

    [Fact]
    public async Task StopCancelsTheTrainingOnTheServer()
    {
        await _page.Locator("#train-depth").FillAsync("5");
        await _page.Locator("#train-start").ClickAsync();
        await Expect(_page.Locator("#train-status")).ToContainTextAsync("epoch 3/200");
        await Expect(_page.Locator("#chart-grads rect.bar")).ToHaveCountAsync(5);
        Assert.Equal(1, Gate.Running);

        await _page.Locator("#train-stop").ClickAsync();
        await Expect(_page.Locator("#train-status")).ToHaveTextAsync("stopped after 3 epochs");
        Assert.True(await LabHosts.Eventually(() => _trainer.ObservedCancellation == 1 && Gate.Running == 0 && Gate.Cancelled == 1),
            "the server did not cancel the training after Stop");
        await Expect(_page.Locator("#server-status")).ToContainTextAsync("0 of at most 1 trainings running");
        await Expect(_page.Locator("#train-start")).ToBeEnabledAsync();
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#vanishing"), "live-training-stopped"));
    }

    [Fact]
    public async Task ATrainingBeyondTheLimitShowsTheServersRefusal()
    {
        using var other = new HttpClient();
        using var occupant = await other.SendAsync(LabHosts.TrainingPost(
            LiveLab.Url(_app) + "api/training?activation=relu&depth=2&width=2&learningRate=0.1&epochs=5&dataset=circles"),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.True(await LabHosts.Eventually(() => Gate.Running == 1));

        await _page.Locator("#train-start").ClickAsync();
        var error = _page.Locator("#train-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("Too many trainings: the server is already running its limit of 1 training;");
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#vanishing"), "live-training-429"));
        Assert.Equal(1, _trainer.Started);
    }

    [Fact]
    public async Task ABadDepthShowsTheServersMessage()
    {
        await _page.Locator("#train-depth").FillAsync("100");
        await _page.Locator("#train-start").ClickAsync();
        await Expect(_page.Locator("#train-error")).ToContainTextAsync("depth must be an integer in [1, 64]; got 100");
        Assert.Equal(0, _trainer.Started);
        output.WriteLine(await BrowserFixture.Shot(_page.Locator("#vanishing"), "live-training-bad-depth"));
        Assert.Empty(_offsite);
    }
}
