using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sigmoid.Web.Http;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Sigmoid.Web.Tests.Support;
using Xunit.Abstractions;

namespace Sigmoid.Web.Tests.Security;

/// <summary>
/// Connection limits on real Kestrel (127.0.0.1): slow connections cannot lock the user out, they are dropped after
/// the header timeout, and a burst larger than the server takes gets answers (503 when full), never silence. Every
/// loop here is bounded and stops by itself.
/// </summary>
public sealed class ConnectionLimitTests(ITestOutputHelper output)
{
    private const int SlowConnections = 64;

    // A client that sends the start of a request and then nothing: it never finishes its headers.
    private static async Task<TcpClient> OpenSlow(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"));
        return tcp;
    }

    [Fact]
    public async Task SixtyFourSlowConnectionsDoNotLockTheUserOut()
    {
        await using var app = await LabHosts.StartKestrel(new FakeTrainer());
        int port = new Uri(LiveLab.Url(app)).Port;
        var slow = new List<TcpClient>();
        try
        {
            for (int i = 0; i < SlowConnections; i++) slow.Add(await OpenSlow(port));
            using var client = new HttpClient { BaseAddress = new Uri(LiveLab.Url(app)), Timeout = TimeSpan.FromSeconds(10) };
            var clock = Stopwatch.StartNew();
            var response = await client.GetAsync("api/point?t=1");
            output.WriteLine($"answered in {clock.ElapsedMilliseconds} ms with {SlowConnections} slow connections open");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            foreach (var tcp in slow) tcp.Dispose();
        }
    }

    [Fact]
    public async Task AConnectionThatNeverFinishesItsHeadersIsDroppedWithinTheHeaderTimeout()
    {
        await using var app = await LabHosts.StartKestrel(new FakeTrainer());
        int port = new Uri(LiveLab.Url(app)).Port;
        using var tcp = await OpenSlow(port);
        var clock = Stopwatch.StartNew();
        var buffer = new byte[4096];
        var stream = tcp.GetStream();
        // The server either closes the connection or answers 408 and closes it; read until the end (bounded).
        var drained = Task.Run(async () =>
        {
            var text = new StringBuilder();
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0) text.Append(Encoding.ASCII.GetString(buffer, 0, n));
            return text.ToString();
        });
        var finished = await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(15)));
        output.WriteLine($"dropped after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(finished == drained, $"the slow connection was still open after {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(LiveLab.RequestHeadersTimeout.TotalSeconds + 3),
            $"dropped only after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task WhenEveryTurnIsTakenTheNextRequestGets503WithRetryAfter()
    {
        await using var app = LiveLab.Build(new LiveLabOptions { Port = 0, MaxConcurrentRequests = 1, RequestQueueLimit = 0 });
        await app.StartAsync();
        var limiter = app.Services.GetRequiredService<RequestLimiter>();
        using var client = new HttpClient { BaseAddress = new Uri(LiveLab.Url(app)), Timeout = TimeSpan.FromSeconds(30) };
        using (var held = await limiter.Limiter.AcquireAsync(1)) // the one turn is busy, nobody may wait
        {
            Assert.True(held.IsAcquired);
            var refused = await client.GetAsync("api/point?t=1");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
            var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("the server is busy", body.GetProperty("error").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/point?t=1")).StatusCode);
    }

    [Fact]
    public async Task ABurstOf200LargeCurveRequestsGetsAnAnswerEach()
    {
        await using var app = await LabHosts.StartKestrel(new FakeTrainer());
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 200, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(LiveLab.Url(app)), Timeout = TimeSpan.FromSeconds(120) };
        var requests = Enumerable.Range(0, 200).Select(async _ =>
        {
            try
            {
                using var response = await client.GetAsync("api/curves?points=4001");
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                    Assert.True(response.Headers.RetryAfter is not null, "a 503 without Retry-After");
                return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException e)
            {
                return "no answer: " + e.Message;
            }
        }).ToList();
        var results = await Task.WhenAll(requests);
        foreach (var group in results.GroupBy(r => r)) output.WriteLine($"{group.Count(),4} × {group.Key}");
        Assert.All(results, r => Assert.True(r is "200" or "503", r));
        Assert.Contains("200", results);
    }
}
