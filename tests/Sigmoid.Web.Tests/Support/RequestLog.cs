using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sigmoid.Web.Tests.Support;

/// <summary>
/// Records every request the server answered (method, path, status), ahead of the lab's own middleware, so a test
/// can wait until a request from a browser has really reached the server and see what it got.
/// </summary>
internal sealed class RequestLog : IStartupFilter
{
    private readonly ConcurrentQueue<(string Method, string Path, int Status)> _seen = new();

    /// <summary>Everything answered so far, oldest first.</summary>
    public IReadOnlyList<(string Method, string Path, int Status)> Seen => _seen.ToArray();

    /// <summary>Registers the log as the outermost middleware of the app being built.</summary>
    public void AddTo(WebApplicationBuilder builder) => builder.Services.AddSingleton<IStartupFilter>(this);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate inner) =>
        {
            try { await inner(context); }
            finally { _seen.Enqueue((context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode)); }
        });
        next(app);
    };
}
