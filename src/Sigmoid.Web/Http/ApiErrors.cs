using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>
/// JSON error responses: every failure has a body <c>{"error": "…", "code": "…", "args": {…}}</c>: the English text
/// for any client, and the message key and values the page says in the reader's language (<see cref="ApiMessage"/>).
/// </summary>
internal static class ApiErrors
{
    /// <summary>
    /// Middleware: a <see cref="BadParameterException"/> thrown before the response started becomes HTTP 400
    /// <c>{"error": message, "code": key, "args": {…}, "parameter": name}</c>.
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
            await context.Response.WriteAsJsonAsync(new { error = e.Message, code = e.Detail.Key, args = e.Detail.Args, parameter = e.Parameter }, LiveLabJson.Options);
        }
    }

    /// <summary>HTTP <paramref name="status"/> with <c>{"error": English, "code": key, "args": {…}}</c>.</summary>
    public static IResult Json(int status, ApiMessage message) =>
        Results.Json(message.Body(), LiveLabJson.Options, statusCode: status);
}
