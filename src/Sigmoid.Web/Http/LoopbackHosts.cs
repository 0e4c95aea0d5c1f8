using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>
/// Middleware: answers only requests whose <c>Host</c> names this machine's loopback (<c>127.0.0.1</c> or
/// <c>localhost</c>, in any letter case as host names are), and HTTP 421 to anything else. A web site that re-points
/// its own DNS name at 127.0.0.1 (DNS rebinding) sends its own name as <c>Host</c>, so it never reaches the API.
/// </summary>
internal static class LoopbackHosts
{
    /// <summary>True for the host names this server answers to.</summary>
    public static bool IsLoopback(string host) =>
        host == LiveLab.LoopbackHost || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>Passes loopback requests on; refuses the rest with 421 and a JSON message.</summary>
    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        string host = context.Request.Host.Host;
        if (IsLoopback(host))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        await context.Response.WriteAsJsonAsync(new ApiMessage("errHost", ("loopback", LiveLab.LoopbackHost), ("host", Shorten(host))).Body(), LiveLabJson.Options);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
