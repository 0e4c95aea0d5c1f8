using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Security;

/// <summary>HTTP details every response gets right: methods, HEAD, host names, security headers, the favicon.</summary>
public sealed class HttpDetailsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartInMemory(new FakeTrainer());
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("POST", "/api/curves", "GET, HEAD")]
    [InlineData("DELETE", "/", "GET, HEAD")]
    [InlineData("PUT", "/app.js", "GET, HEAD")]
    [InlineData("GET", "/api/training", "POST")]
    [InlineData("OPTIONS", "/api/training", "POST")]
    [InlineData("POST", "/api/experiments/zigzag", "GET, HEAD")] // a route with a parameter
    public async Task AWrongMethodGets405WithAllow(string method, string path, string allow)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"{method} is not allowed on {path}", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AnUnknownPathIsStill404WithAMessage()
    {
        foreach (string path in new[] { "/nowhere", "/api/nothing", "/secret.txt" })
        {
            var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("no such page or endpoint", body.GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task HeadOfThePageOverRealHttpIs200WithHeadersAndNoBody()
    {
        await using var app = await LabHosts.StartKestrel(new FakeTrainer());
        var uri = new Uri(LiveLab.Url(app));
        int getLength = (await new HttpClient().GetByteArrayAsync(uri)).Length;

        // Raw bytes, so a body the server wrongly sent would show up after the blank line.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{uri.Port}\r\nConnection: close\r\n\r\n"));
        using var all = new MemoryStream();
        await stream.CopyToAsync(all).WaitAsync(TimeSpan.FromSeconds(30));
        string text = Encoding.ASCII.GetString(all.ToArray());
        Assert.StartsWith("HTTP/1.1 200", text);
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, text);
        Assert.Equal(end + 4, text.Length); // nothing after the headers
        Assert.Contains($"Content-Length: {getLength}\r\n", text);
        Assert.Contains("Content-Type: text/html", text);
    }

    [Theory]
    [InlineData("LOCALHOST")]
    [InlineData("LocalHost")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task HostNamesIgnoreCase(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/point?t=1");
        request.Headers.Host = host + ":5199";
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/point?t=1")]
    [InlineData("/api/point?t=abc")] // 400
    [InlineData("/api/training/status?x=1")] // 400
    [InlineData("/nowhere")] // 404
    [InlineData("/api/training")] // 405
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        var response = await _client.GetAsync(path);
        string csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task AForeignHostIsRefusedWithTheSecurityHeadersToo()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/point?t=1");
        request.Headers.Host = "evil.example";
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task TheFaviconIsAnsweredWithoutAnError()
    {
        var response = await _client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("max-age", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/training/status?x=1")]
    [InlineData("/api/training/options?x=1")]
    [InlineData("/api/zigzag/contours?x=1")]
    public async Task AParameterOnAnEndpointWithoutParametersSaysItTakesNone(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unknown parameter 'x'; this endpoint takes no parameters", body.GetProperty("error").GetString());
    }
}
