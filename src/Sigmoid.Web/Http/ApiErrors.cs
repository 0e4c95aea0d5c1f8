using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>JSON error responses: every failure the page can meet has a body <c>{"error": "…"}</c> it can show.</summary>
internal static class ApiErrors
{
    /// <summary>
    /// Middleware: a <see cref="BadParameterException"/> thrown before the response started becomes HTTP 400
    /// <c>{"error": message, "parameter": name}</c>.
    /// </summary>
    public static async Task CatchBadParameters(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadParameterException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = e.Message, parameter = e.Parameter }, LiveLabJson.Options);
        }
    }

    /// <summary>HTTP <paramref name="status"/> with <c>{"error": message}</c>.</summary>
    public static IResult Json(int status, string message) =>
        Results.Json(new { error = message }, LiveLabJson.Options, statusCode: status);
}
