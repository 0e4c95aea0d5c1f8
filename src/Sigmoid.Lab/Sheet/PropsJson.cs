using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sigmoid.Lab.Sheet;

/// <summary>
/// How <see cref="SheetProps"/> is written as JSON: camelCase names, indented, non-ASCII letters (the part letters
/// а, б, …) kept as they are, and ±∞ / NaN written as the strings <c>"Infinity"</c>, <c>"-Infinity"</c>, <c>"NaN"</c>
/// because JSON numbers cannot hold them.
/// </summary>
public static class PropsJson
{
    /// <summary>The serializer options of the <c>sigmoid-props/1</c> schema.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes <paramref name="props"/> with <see cref="Options"/>.</summary>
    public static string Serialize(SheetProps props) => JsonSerializer.Serialize(props, Options);
}
