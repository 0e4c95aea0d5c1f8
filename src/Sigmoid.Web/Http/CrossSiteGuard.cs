using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sigmoid.Web.Http;

/// <summary>
/// Middleware (after routing): keeps other web sites open in the user's browser from driving the server.
/// <list type="number">
/// <item>Every API request (<c>/api/…</c>) and every request with a method that changes state (anything but GET,
/// HEAD, OPTIONS) must come from this server's own page: a <c>Sec-Fetch-Site</c> header, when present, must be
/// <c>same-origin</c> (or <c>none</c>: typed into the address bar), and an <c>Origin</c> header, when present, must
/// be exactly this server's <c>http://host:port</c>. Otherwise HTTP 403. Another port on 127.0.0.1 is the same
/// <em>site</em> but another <em>origin</em>, and is refused too.</item>
/// <item>An endpoint that changes state takes only <c>Content-Type: application/json</c>; anything else gets HTTP 415.
/// HTML forms can send only <c>text/plain</c>, <c>application/x-www-form-urlencoded</c> and
/// <c>multipart/form-data</c>, and a script on another origin that sets <c>application/json</c> makes the browser ask
/// first (a CORS preflight), which this server never approves: so even a browser that sent neither header above
/// cannot deliver such a request from another site.</item>
/// </list>
/// Requests without <c>Origin</c> and <c>Sec-Fetch-Site</c> (curl, scripts, tests) pass the first check; they are not
/// from a browser page, so no other site can make them.
/// </summary>
internal static class CrossSiteGuard
{
    /// <summary>The only content type a state-changing endpoint accepts.</summary>
    public const string RequiredContentType = "application/json";

    /// <summary>Refuses cross-site and form-like requests; passes the rest on.</summary>
    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        bool changesState = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if ((changesState || request.Path.StartsWithSegments("/api")) && CrossSiteReason(request) is { } reason)
        {
            await ApiErrors.Json(StatusCodes.Status403Forbidden, reason).ExecuteAsync(context);
            return;
        }
        if (changesState && TakesMethod(context) && !IsJson(request.ContentType))
        {
            await ApiErrors.Json(StatusCodes.Status415UnsupportedMediaType,
                string.IsNullOrEmpty(request.ContentType)
                    ? new ApiMessage("errNoContentType", ("method", request.Method), ("path", request.Path.ToString()), ("required", RequiredContentType))
                    : new ApiMessage("errContentType", ("method", request.Method), ("path", request.Path.ToString()), ("required", RequiredContentType), ("got", Shorten(request.ContentType))))
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    // Why the request looks like it came from another origin, or null when it does not.
    private static ApiMessage? CrossSiteReason(HttpRequest request)
    {
        if (request.Headers.TryGetValue("Sec-Fetch-Site", out var site) && site.ToString() is not ("same-origin" or "none"))
            return new ApiMessage("errCrossSiteFetch", ("site", Shorten(site.ToString())));
        if (request.Headers.TryGetValue("Origin", out var origin) && !IsOwnOrigin(origin.ToString(), request.Host))
            return new ApiMessage("errCrossSiteOrigin", ("origin", Shorten(origin.ToString())));
        return null;
    }

    private static bool IsOwnOrigin(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.AbsolutePath == "/" && origin.Count(c => c == '/') == 2 // scheme://host[:port], nothing after
        && string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == (host.Port ?? 80);

    // Whether the endpoint routing chose really takes this method (not the 404/405 catch-all).
    private static bool TakesMethod(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods
            .Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase) == true;

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType, RequiredContentType, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
