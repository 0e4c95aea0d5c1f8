using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sigmoid.Web.Http;

/// <summary>
/// The one JSON setting of every response: camelCase names, and NaN/±∞ written as the strings <c>"NaN"</c>,
/// <c>"Infinity"</c>, <c>"-Infinity"</c> (a diverging training may produce them; plain JSON has no such numbers).
/// </summary>
internal static class LiveLabJson
{
    /// <summary>The shared serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
