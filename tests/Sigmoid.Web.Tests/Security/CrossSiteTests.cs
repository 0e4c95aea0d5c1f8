using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sigmoid.Web.Tests.Support;
using Sigmoid.Web.Training;

namespace Sigmoid.Web.Tests.Security;

/// <summary>
/// Requests another web site could make the user's browser send, over real HTTP to Kestrel on 127.0.0.1: none of
/// them starts a training or reaches the API; the page's own requests (same origin, JSON) and tools without a
/// browser (no Origin) still work.
/// </summary>
public sealed class CrossSiteTests : IAsyncLifetime
{
    private const string Training = "api/training?activation=sigmoid&depth=2&width=4&learningRate=0.1&epochs=3&dataset=circles";
    private readonly FakeTrainer _trainer = new() { QuickEpochs = 1, BlockAfter = true };
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _origin = null!;

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartKestrel(_trainer);
        // Bounded: a wrongly admitted training streams until cancelled, and the test must fail, not hang.
        _client = new HttpClient { BaseAddress = new Uri(LiveLab.Url(_app)), Timeout = TimeSpan.FromSeconds(20) };
        _origin = LiveLab.Url(_app).TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private TrainingGate Gate => _app.Services.GetRequiredService<TrainingGate>();

    // What a browser sends for <form method=post enctype=text/plain> or a no-cors fetch from another site.
    private HttpRequestMessage FormPost(string? origin, string? fetchSite, string contentType = "text/plain")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Training) { Content = new StringContent("a=b", Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return request;
    }

    [Theory]
    [InlineData("https://evil.example", "cross-site", "text/plain")]
    [InlineData("https://evil.example", "cross-site", "application/x-www-form-urlencoded")]
    [InlineData("https://evil.example", "cross-site", "application/json")] // a browser would have asked first; a forged request must not pass either
    [InlineData("https://evil.example", null, "text/plain")] // an old browser without Sec-Fetch-*
    [InlineData(null, "cross-site", "text/plain")]
    [InlineData(null, "same-site", "text/plain")] // another port on 127.0.0.1 is the same site, not the same origin
    [InlineData("null", null, "text/plain")] // sandboxed frames and file:// pages send Origin: null
    public async Task ACrossSitePostIsRefusedAndStartsNothing(string? origin, string? fetchSite, string contentType)
    {
        using var response = await _client.SendAsync(FormPost(origin, fetchSite, contentType), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("cross-site", body.GetProperty("error").GetString());
        Assert.Equal(0, _trainer.Started);
        Assert.Equal(0, Gate.Started);
    }

    [Fact]
    public async Task AnotherPortOnLoopbackIsAnotherOrigin()
    {
        var other = new Uri(LiveLab.Url(_app));
        string origin = $"http://127.0.0.1:{(other.Port == 65535 ? 1 : other.Port + 1)}";
        using var response = await _client.SendAsync(FormPost(origin, "same-site", "application/json"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _trainer.Started);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task APostWithAContentTypeAFormCanSendIsRefusedEvenWithoutOrigin(string contentType)
    {
        using var response = await _client.SendAsync(FormPost(origin: null, fetchSite: null, contentType), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Content-Type: application/json", body.GetProperty("error").GetString());
        Assert.Equal(0, _trainer.Started);
    }

    [Fact]
    public async Task APostWithoutAnyContentTypeIsRefused()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Training), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _trainer.Started);
    }

    [Fact]
    public async Task ACrossSiteGetOfTheApiIsRefused()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/curves?points=4001");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("cross-site")] // a link from another site to the page still opens it
    [InlineData("none")]
    public async Task NavigatingToThePageFromAnywhereStillWorks(string fetchSite)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(true, true)] // what the page sends from a current browser
    [InlineData(false, false)] // a script or curl
    public async Task TheSameOriginJsonPostStartsATraining(bool withOrigin, bool withFetchSite)
    {
        var request = LabHosts.TrainingPost(Training);
        if (withOrigin) request.Headers.Add("Origin", _origin);
        if (withFetchSite) request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await LabHosts.Eventually(() => _trainer.Started == 1));
    }

    [Fact]
    public async Task TheOriginMayNameTheHostInAnyCase()
    {
        var request = LabHosts.TrainingPost(Training);
        int port = new Uri(LiveLab.Url(_app)).Port;
        request.Headers.Host = $"localhost:{port}";
        request.Headers.Add("Origin", $"http://LocalHost:{port}");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
