using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sigmoid.Web.Assets;

/// <summary>
/// Serves the page (HTML, JavaScript, CSS, and the page's text in each language as <c>/strings/en.json</c> and
/// <c>/strings/ru.json</c>) from resources embedded in this assembly: nothing is read from disk and nothing comes from
/// the network, so the page works offline. Each file is read once at start-up.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        ("/strings/en.json", "strings.en.json", "application/json; charset=utf-8"),
        ("/strings/ru.json", "strings.ru.json", "application/json; charset=utf-8"),
    ];

    /// <summary>Maps one GET route per embedded file.</summary>
    /// <exception cref="InvalidOperationException">A file is missing from the assembly (a build error).</exception>
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            byte[] bytes = Read(resource);
            app.MapGet(route, (HttpResponse response) =>
            {
                response.Headers.CacheControl = "no-cache";
                response.Headers["X-Content-Type-Options"] = "nosniff";
                return Results.Bytes(bytes, contentType);
            });
        }
    }

    /// <summary>The bytes of the embedded file <paramref name="name"/> (e.g. <c>strings.en.json</c>).</summary>
    /// <exception cref="InvalidOperationException">The file is missing from the assembly (a build error).</exception>
    public static byte[] Read(string name)
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream("Sigmoid.Web.Assets." + name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from {assembly.GetName().Name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
