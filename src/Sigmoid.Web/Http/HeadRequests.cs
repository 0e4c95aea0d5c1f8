using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Sigmoid.Web.Http;

/// <summary>
/// Middleware: <c>HEAD</c> is answered like <c>GET</c> (same status and headers, <c>Content-Length</c> included)
/// with the body thrown away, as HTTP requires of every resource that takes GET.
/// </summary>
internal static class HeadRequests
{
    /// <summary>Runs a HEAD request as GET into a body that discards what is written.</summary>
    public static async Task AsGet(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, original));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
