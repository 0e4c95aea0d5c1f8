using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
/// Requests whose <c>Host</c> header is not <c>127.0.0.1</c> or <c>localhost</c> get HTTP 421, so a web site that
/// re-points its DNS name at 127.0.0.1 cannot drive the API from a browser.
/// </remarks>
public static class LiveLab
{
    /// <summary>The only address the server ever binds to.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The port <c>sigmoid serve</c> uses when none is given.</summary>
    public const int DefaultPort = 5199;

    /// <summary>
    /// Builds (does not start) the app: Kestrel listening on 127.0.0.1:<see cref="LiveLabOptions.Port"/> only, the
    /// page, and the API of the three panels. Start it with <c>StartAsync</c>/<c>RunAsync</c>; after start,
    /// <see cref="Url"/> gives the address to open.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Port outside [0, 65535], or fewer than one concurrent training,
    /// or a non-positive training duration.</exception>
    public static WebApplication Build(LiveLabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentTrainings, 1, nameof(options.MaxConcurrentTrainings));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxTrainingDuration, TimeSpan.Zero, nameof(options.MaxTrainingDuration));

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Sigmoid.Web" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024; // the API takes no bodies
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Listen(IPAddress.Loopback, options.Port); // 127.0.0.1 only: never Any, never a host name
        });
        builder.Services.AddRoutingCore();
        var gate = new TrainingGate(options.MaxConcurrentTrainings);
        builder.Services.AddSingleton(gate);
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        app.Use(RejectForeignHosts);
        app.Use(ApiErrors.CatchBadParameters);
        app.UseRouting();
        EmbeddedAssets.Map(app);
        ExplorerApi.Map(app);
        TrainingApi.Map(app, options.Trainer ?? new VanishingTrainer(), gate, options);
        ZigZagApi.Map(app);
        ExperimentApi.Map(app, gate);
        app.MapFallback((HttpContext context) =>
            ApiErrors.Json(StatusCodes.Status404NotFound, $"no such page or endpoint: {context.Request.Method} {context.Request.Path}"));
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

    private static async Task RejectForeignHosts(HttpContext context, RequestDelegate next)
    {
        string host = context.Request.Host.Host;
        if (host is LoopbackHost or "localhost")
        {
            context.Response.Headers["Content-Security-Policy"] =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        await context.Response.WriteAsJsonAsync(new { error = $"this server answers only to {LoopbackHost} and localhost, not '{host}'" }, LiveLabJson.Options);
    }
}
