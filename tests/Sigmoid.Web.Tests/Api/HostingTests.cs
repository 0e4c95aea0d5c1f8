using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Connections;
using Sigmoid.Cli;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>Where the server listens, what it serves, and the <c>serve</c> command's errors.</summary>
public sealed partial class HostingTests
{
    [Fact]
    public async Task KestrelListensOnLoopbackOnly()
    {
        await using var app = await LabHosts.StartKestrel();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.StartsWith("http://127.0.0.1:", a));
        int port = new Uri(LiveLab.Url(app)).Port;
        Assert.NotEqual(0, port);

        using (var loopback = new TcpClient()) await loopback.ConnectAsync(IPAddress.Loopback, port); // reachable here

        // Not reachable on any other address of this machine (IPv6 loopback, LAN addresses).
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address)
            .Where(a => !a.Equals(IPAddress.Loopback) && !a.IsIPv6LinkLocal)
            .Append(IPAddress.IPv6Loopback).Distinct().ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient(address.AddressFamily);
            var error = await Record.ExceptionAsync(() => client.ConnectAsync(address, port).WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.True(error is SocketException or TimeoutException, $"port {port} answered on {address}");
        }
    }

    [Fact]
    public async Task ForeignHostHeaderIsRefused()
    {
        await using var app = await LabHosts.StartInMemory();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/point?t=1");
        request.Headers.Host = "attacker.example";
        var response = await app.GetTestClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task PageIsServedFromTheProgramWithNoExternalReferences()
    {
        await using var app = await LabHosts.StartInMemory();
        var client = app.GetTestClient();
        var html = await client.GetStringAsync("/");
        Assert.Contains(">Sigmoid live lab</title>", html); // the English title; the page may switch it to Russian
        var references = ReferenceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/app.js", references);
        Assert.Contains("/app.css", references);
        Assert.All(references, r => Assert.True(r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) || r.StartsWith('#'), $"external reference {r}"));
        foreach (var (path, type) in new[] { ("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/strings/en.json", "application/json"), ("/strings/ru.json", "application/json") })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            string text = await response.Content.ReadAsStringAsync();
            // The only URL in the assets is the SVG namespace name, which is never fetched.
            var urls = UrlPattern().Matches(text).Select(m => m.Value).Where(u => u != "http://www.w3.org/2000/svg");
            Assert.Empty(urls);
        }
        var csp = (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
    }

    [Fact]
    public void ServeRejectsAPortOutOfRange()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(LabCommandLine.UsageError, LabCommandLine.Run(["serve", "--port", "70000"], stdout, stderr));
        Assert.Contains("--port must be in [0, 65535]", stderr.ToString());
        Assert.Equal(LabCommandLine.UsageError, LabCommandLine.Run(["serve", "--port", "abc"], stdout, stderr));
    }

    [Fact]
    public void ServeReportsAPortInUse()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        int port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(LabCommandLine.UsageError, LabCommandLine.Run(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr));
        string message = stderr.ToString();
        Assert.Contains($"sigmoid serve: cannot listen on 127.0.0.1:{port}: the port is in use", message);
        Assert.Contains("--port 0", message);
        Assert.DoesNotContain("   at ", message); // no stack trace
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ServeExplainsAPortItMayNotUse()
    {
        // Tests run as root, who may bind port 80: a transport whose bind fails as it does for other users stands in.
        var options = new LiveLabOptions
        {
            Port = 80, ConfigureBuilder = b => b.Services.AddSingleton<IConnectionListenerFactory, AccessDeniedTransport>(),
        };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await LiveLabServer.RunAsync(options, stdout, stderr, CancellationToken.None);
        Assert.Equal(LabCommandLine.UsageError, code);
        string message = stderr.ToString();
        Assert.Equal("sigmoid serve: cannot listen on 127.0.0.1:80: permission denied: ports below 1024 need administrator rights; " +
            "use a port from 1024 up (the default is 5199), or --port 0 for any free one", message.Trim());
        Assert.Equal("", stdout.ToString());
    }

    [Theory]
    [InlineData("--port 70000", "sigmoid serve: --port must be in [0, 65535]; got 70000")]
    [InlineData("--port -1", "sigmoid serve: --port must be in [0, 65535]; got -1")]
    [InlineData("--port", "sigmoid serve: --port needs a value (a TCP port in [0, 65535])")]
    [InlineData("--host 0.0.0.0", "sigmoid serve: unknown argument '--host'; the server takes --port N only")]
    public async Task TheServerProgramRejectsBadArguments(string arguments, string expected)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await LiveLabServer.RunProgramAsync(arguments.Split(' '), stdout, stderr);
        Assert.Equal(LiveLabServer.UsageError, code);
        Assert.Equal(expected, stderr.ToString().Trim());
        Assert.Equal("", stdout.ToString());
    }

    // Fails every bind with EACCES, as the system does for a non-root user below port 1024.
    private sealed class AccessDeniedTransport : IConnectionListenerFactory
    {
        public ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default) =>
            throw new SocketException((int)SocketError.AccessDenied);
    }

    [Fact]
    public void BuildRejectsBadOptions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LiveLab.Build(new LiveLabOptions { Port = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiveLab.Build(new LiveLabOptions { Port = 65536 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiveLab.Build(new LiveLabOptions { MaxConcurrentTrainings = 0 }));
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex ReferenceAttribute();

    [GeneratedRegex("https?://[^\\s'\"`)]+")]
    private static partial Regex UrlPattern();
}
