using System.Globalization;
using System.Text.Json;
using Sigmoid.Web.Assets;

namespace Sigmoid.Web.Http;

/// <summary>
/// A message of the server for the reader: a key of the page's text files (<c>/strings/LANG.json</c>) and the values of
/// its placeholders. The page says it in the reader's language (numbers in that language's separators); the English
/// text, made from the same template in <c>strings.en.json</c>, goes along as <c>error</c> for other clients, so every
/// sentence lives in one place per language.
/// </summary>
internal sealed class ApiMessage
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> EnglishTemplates = new(() =>
    {
        using var json = JsonDocument.Parse(EmbeddedAssets.Read("strings.en.json"));
        return json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    });

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/> (strings, or numbers the page writes in the reader's language).</summary>
    /// <exception cref="InvalidOperationException">The key is not in <c>strings.en.json</c> or a placeholder is left unfilled (a build error).</exception>
    public ApiMessage(string key, params (string Name, object Value)[] args)
    {
        Key = key;
        Args = args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        if (!EnglishTemplates.Value.TryGetValue(key, out string? template))
            throw new InvalidOperationException($"the message '{key}' is missing from strings.en.json");
        English = Fill(template, Args);
    }

    /// <summary>The key of the message in the page's text files, e.g. <c>errIntRange</c>.</summary>
    public string Key { get; }

    /// <summary>The placeholder values by name.</summary>
    public IReadOnlyDictionary<string, object> Args { get; }

    /// <summary>The message in English, numbers as shortest round-trip invariant text.</summary>
    public string English { get; }

    /// <summary>The JSON body of an error response: <c>{"error": English, "code": key, "args": {…}}</c>.</summary>
    public object Body() => new { error = English, code = Key, args = Args };

    private static string Fill(string template, IReadOnlyDictionary<string, object> args)
    {
        string text = template;
        foreach (var (name, value) in args)
            text = text.Replace("{" + name + "}", Invariant(value), StringComparison.Ordinal);
        int open = text.IndexOf('{');
        if (open >= 0 && text.IndexOf('}', open) > open)
            throw new InvalidOperationException($"the message template '{template}' has a placeholder with no value");
        return text;
    }

    private static string Invariant(object value) => value switch
    {
        double d => double.IsPositiveInfinity(d) ? "+∞" : double.IsNegativeInfinity(d) ? "−∞" : d.ToString("R", CultureInfo.InvariantCulture),
        float f => float.IsPositiveInfinity(f) ? "+∞" : float.IsNegativeInfinity(f) ? "−∞" : f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
