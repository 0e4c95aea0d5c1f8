using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>
/// Middleware: the same security headers on every response, whatever produced it (the page, JSON, a 400 from the
/// error middleware, the 421 of a foreign host, a 404/405). They are set when the response starts, so no handler
/// can forget or clear them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Content-Security-Policy</c>: scripts, styles and connections only from this server, images also as
/// <c>data:</c> URLs, and <c>frame-ancestors 'none'</c>: no other page may frame this one (clickjacking).</item>
/// <item><c>X-Frame-Options: DENY</c>: the same for browsers that predate <c>frame-ancestors</c>.</item>
/// <item><c>X-Content-Type-Options: nosniff</c>: a JSON answer is never run as a script or rendered as HTML.</item>
/// <item><c>Cross-Origin-Resource-Policy: same-origin</c>: another site cannot embed the answers (an
/// <c>&lt;img&gt;</c> or <c>&lt;script&gt;</c> pointing here gets nothing).</item>
/// <item><c>Referrer-Policy: no-referrer</c>: nothing of this address leaks to other sites.</item>
/// </list>
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>The page's content security policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /// <summary>Registers the headers to be written when the response starts, then runs the rest of the pipeline.</summary>
    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
