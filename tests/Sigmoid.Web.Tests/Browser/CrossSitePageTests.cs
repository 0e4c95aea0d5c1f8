using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sigmoid.Web.Tests.Support;
using Sigmoid.Web.Training;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>
/// A hostile page served from a second loopback origin (another port on 127.0.0.1) tries, in a real Chromium, to start
/// trainings on the lab: a text/plain form POST, a no-cors fetch, and a JSON fetch. None may start a training; the
/// lab's own page, in the same browser, still can.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossSitePageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Training = "api/training?activation=sigmoid&depth=2&width=4&learningRate=0.1&epochs=3&dataset=circles";
    private readonly FakeTrainer _trainer = new() { QuickEpochs = 1, BlockAfter = true };
    private readonly RequestLog _log = new();
    private WebApplication _lab = null!;
    private WebApplication _evil = null!;

    public async Task InitializeAsync()
    {
        _lab = await LabHosts.StartKestrel(_trainer, configure: _log.AddTo);
        _evil = await StartEvilSite(LiveLab.Url(_lab) + Training);
    }

    public async Task DisposeAsync()
    {
        await _evil.DisposeAsync();
        await _lab.DisposeAsync();
    }

    private TrainingGate Gate => _lab.Services.GetRequiredService<TrainingGate>();

    [Fact]
    public async Task APageFromAnotherOriginCannotStartATrainingButTheLabsOwnPageCan()
    {
        var offsite = new List<string>();
        string evilUrl = LiveLab.Url(_evil);
        var evilPage = await browser.NewPage(evilUrl, offsite);
        await evilPage.GotoAsync(evilUrl);
        await evilPage.WaitForFunctionAsync("() => window.attackFinished === true");
        string results = await evilPage.EvaluateAsync<string>("() => JSON.stringify(window.results)");
        output.WriteLine($"the hostile page saw: {results}");

        // Wait until both simple POSTs (form, no-cors fetch) reached the lab, or a training started.
        bool arrived = await LabHosts.Eventually(
            () => _log.Seen.Count(r => r.Method == "POST") >= 2 || _trainer.Started > 0, TimeSpan.FromSeconds(30));
        foreach (var r in _log.Seen) output.WriteLine($"lab answered {r.Method} {r.Path} → {r.Status}");
        Assert.Equal(0, _trainer.Started);
        Assert.Equal(0, Gate.Started);
        Assert.True(arrived, "the hostile page's POSTs never reached the lab");
        Assert.All(_log.Seen.Where(r => r.Method == "POST"), r => Assert.Equal(StatusCodes.Status403Forbidden, r.Status));
        Assert.Contains("\"jsonFetch\":\"blocked", results); // the preflight was not approved: the JSON POST was never sent
        await evilPage.Context.CloseAsync();

        // The lab's own page in the same browser still trains.
        var labPage = await browser.NewPage(LiveLab.Url(_lab), offsite);
        await labPage.GotoAsync(LiveLab.Url(_lab) + "#vanishing");
        await Expect(labPage.Locator("#train-dataset option")).ToHaveCountAsync(2);
        await labPage.Locator("#train-start").ClickAsync();
        await Expect(labPage.Locator("#train-status")).ToContainTextAsync("epoch 1/");
        Assert.Equal(1, _trainer.Started);
        Assert.Contains(_log.Seen, r => r.Method == "GET" && r.Path == "/api/training/options" && r.Status == 200);
        await labPage.Context.CloseAsync();
    }

    // A second web server on another loopback port: the hostile site.
    private static async Task<WebApplication> StartEvilSite(string target)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseRouting();
        string page = $$"""
            <!doctype html>
            <html><head><title>evil</title></head><body>
            <iframe name="sink"></iframe>
            <form id="form" method="post" enctype="text/plain" target="sink" action="{{target}}"><input name="a" value="b"></form>
            <script>
            const target = {{System.Text.Json.JsonSerializer.Serialize(target)}};
            window.results = {};
            (async () => {
              try {
                await fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
                window.results.noCorsFetch = 'sent';
              } catch (e) { window.results.noCorsFetch = 'error ' + e; }
              try {
                const r = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
                window.results.jsonFetch = 'status ' + r.status;
              } catch (e) { window.results.jsonFetch = 'blocked: ' + e; }
              document.getElementById('form').submit();
              window.attackFinished = true;
            })();
            </script>
            </body></html>
            """;
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        await app.StartAsync();
        return app;
    }
}
