using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sigmoid.Web.Assets;
using Sigmoid.Web.Experiments;
using Sigmoid.Web.Explorer;
using Sigmoid.Web.Http;
using Sigmoid.Web.Training;
using Sigmoid.Web.ZigZag;

namespace Sigmoid.Web;

/// <summary>
/// The local interactive web page of the lab (<c>sigmoid serve</c>): one ASP.NET Core app, bound to
/// <see cref="LoopbackHost"/> only, serving an embedded page and a small JSON/server-sent-events API, including the lab's experiments
/// (<see cref="ExperimentApi"/>).
/// </summary>
/// <remarks>
/// The server never reads or writes files while answering a request; the page's files are embedded resources.
/// What it trusts and why (loopback binding, the Host check, the cross-site checks, the limits and timeouts) is
/// written up in docs/security.md.
/// </remarks>
public static class LiveLab
{
    /// <summary>The only address the server ever binds to.</summary>
    public const string LoopbackHost = LiveLabAddress.LoopbackHost;

    /// <summary>The port <c>sigmoid serve</c> uses when none is given.</summary>
    public const int DefaultPort = LiveLabAddress.DefaultPort;

    /// <summary>
    /// Longest time a client may take to send a request's headers; Kestrel then drops the connection (it checks once a
    /// second). A browser on the same machine sends them in one write, well under a millisecond.
    /// </summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Longest time an idle connection is kept open between requests (and before its first one).</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Builds (does not start) the app: Kestrel listening on 127.0.0.1:<see cref="LiveLabOptions.Port"/> only, the
    /// page, and the API of the three panels. Start it with <c>StartAsync</c>/<c>RunAsync</c>; after start,
    /// <see cref="Url"/> gives the address to open.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Port outside [0, 65535], fewer than one concurrent training, request
    /// or connection, a negative request queue, or a non-positive training duration.</exception>
    public static WebApplication Build(LiveLabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentTrainings, 1, nameof(options.MaxConcurrentTrainings));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxTrainingDuration, TimeSpan.Zero, nameof(options.MaxTrainingDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentRequests, 1, nameof(options.MaxConcurrentRequests));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestQueueLimit, nameof(options.RequestQueueLimit));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConnections, 1, nameof(options.MaxConnections));

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Sigmoid.Web" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var limits = kestrel.Limits;
            limits.MaxRequestBodySize = 16 * 1024; // the API reads no bodies
            limits.MaxRequestHeadersTotalSize = 16 * 1024;
            limits.MaxConcurrentConnections = options.MaxConnections;
            limits.RequestHeadersTimeout = RequestHeadersTimeout;
            limits.KeepAliveTimeout = KeepAliveTimeout;
            // 127.0.0.1 only: never Any, never a host name. HTTP/1.1 only: without TLS a browser speaks nothing else,
            // and cleartext HTTP/2 would let one connection carry many requests past the connection limit.
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddRoutingCore();
        var gate = new TrainingGate(options.MaxConcurrentTrainings);
        builder.Services.AddSingleton(gate);
        var limiter = new RequestLimiter(options.MaxConcurrentRequests, options.RequestQueueLimit);
        builder.Services.AddSingleton(limiter);
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        app.Use(LoopbackHosts.Check);
        app.Use(HeadRequests.AsGet);
        app.Use(ApiErrors.CatchBadParameters);
        app.UseRouting();
        app.Use(CrossSiteGuard.Check);
        app.Use(limiter.Handle);
        EmbeddedAssets.Map(app);
        app.MapGet("/favicon.ico", (HttpResponse response) =>
        {
            response.Headers.CacheControl = "max-age=86400"; // the page has no icon; do not ask again today
            return Results.NoContent();
        });
        ExplorerApi.Map(app);
        TrainingApi.Map(app, options.Trainer ?? new VanishingTrainer(), gate, options);
        ZigZagApi.Map(app);
        ExperimentApi.Map(app, gate);
        UnmatchedRequests.Map(app);
        return app;
    }

    /// <summary>The address to open, e.g. <c>http://127.0.0.1:5199/</c>, once <paramref name="app"/> has started.</summary>
    /// <exception cref="InvalidOperationException">The app has not started or has no address.</exception>
    public static string Url(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        string? first = addresses?.FirstOrDefault();
        if (first is null) throw new InvalidOperationException("the live lab has no address yet; start it first");
        return first.TrimEnd('/') + "/";
    }
}
