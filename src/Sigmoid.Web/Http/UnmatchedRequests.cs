using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sigmoid.Web.Http;

/// <summary>
/// The answer to a request no endpoint took: HTTP 405 with an <c>Allow</c> header when the path exists under other
/// methods (GET paths also allow HEAD), else 404; both with a JSON <c>{"error": …}</c> body.
/// </summary>
internal static class UnmatchedRequests
{
    /// <summary>Maps the catch-all endpoint (every path, every method, file-like names such as <c>/x.txt</c> included).</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapFallback("{*path}", (HttpContext context, EndpointDataSource endpoints) => Answer(context, endpoints));

    private static IResult Answer(HttpContext context, EndpointDataSource endpoints)
    {
        string path = context.Request.Path.Value ?? "/";
        string method = context.Request.Method;
        var allowed = AllowedMethods(endpoints, path);
        if (allowed.Count == 0)
            return ApiErrors.Json(StatusCodes.Status404NotFound, new ApiMessage("errNoSuchPage", ("method", method), ("path", Shorten(path))));
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiErrors.Json(StatusCodes.Status405MethodNotAllowed,
            new ApiMessage("errMethod", ("method", method), ("path", path), ("allowed", string.Join(" | ", allowed))));
    }

    // The methods of every endpoint whose route matches this path; GET brings HEAD along.
    private static List<string> AllowedMethods(EndpointDataSource endpoints, string path)
    {
        var methods = new List<string>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            string? route = endpoint.RoutePattern.RawText;
            if (route is null || route.Contains('*') || !Matches(route, path)) continue;
            foreach (string m in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                if (!methods.Contains(m)) methods.Add(m);
                if (m == HttpMethods.Get && !methods.Contains(HttpMethods.Head)) methods.Add(HttpMethods.Head);
            }
        }
        return methods;
    }

    // Segment by segment: a literal matches in any letter case, a {parameter} matches any one non-empty segment.
    private static bool Matches(string route, string path)
    {
        string[] pattern = route.Trim('/').Split('/');
        string[] actual = path.Trim('/').Split('/');
        if (pattern.Length != actual.Length) return false;
        for (int i = 0; i < pattern.Length; i++)
        {
            bool parameter = pattern[i].StartsWith('{') && pattern[i].EndsWith('}');
            if (parameter ? actual[i].Length == 0 : !string.Equals(pattern[i], actual[i], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
