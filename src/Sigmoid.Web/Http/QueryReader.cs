using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>
/// Reads and validates query-string parameters of one endpoint. Every read states its range; anything malformed,
/// out of range, repeated or not declared by the endpoint throws <see cref="BadParameterException"/> naming the
/// parameter, the rule and the value received. Numbers use the invariant culture (a dot as decimal separator).
/// </summary>
internal sealed class QueryReader
{
    private readonly IQueryCollection _query;

    /// <summary>Wraps <paramref name="query"/>; rejects parameters not in <paramref name="allowed"/> and repeated ones.</summary>
    public QueryReader(IQueryCollection query, params string[] allowed)
    {
        _query = query;
        foreach (var (key, values) in query)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw new BadParameterException(key, allowed.Length == 0
                    ? new ApiMessage("errNoParameters", ("name", Shorten(key)))
                    : new ApiMessage("errUnknownParameter", ("name", Shorten(key)), ("allowed", string.Join(", ", allowed))));
            if (values.Count != 1)
                throw new BadParameterException(key, new ApiMessage("errRepeated", ("name", Shorten(key)), ("count", values.Count)));
        }
    }

    /// <summary>A finite double in [<paramref name="min"/>, <paramref name="max"/>] (bounds exclusive when asked).</summary>
    public double Double(string name, double? fallback, double min, double max, bool minExclusive = false)
    {
        string? text = Raw(name);
        if (text is null)
            return fallback ?? throw new BadParameterException(name, new ApiMessage("errRequired", ("name", name)));
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new BadParameterException(name, new ApiMessage("errNotNumber", ("name", name), ("got", Shorten(text))));
        bool below = minExclusive ? value <= min : value < min;
        if (below || value > max)
            throw new BadParameterException(name, new ApiMessage(minExclusive ? "errRangeOpen" : "errRange",
                ("name", name), ("min", min), ("max", max), ("got", value)));
        return value;
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Int(string name, int? fallback, int min, int max)
    {
        string? text = Raw(name);
        if (text is null)
            return fallback ?? throw new BadParameterException(name, new ApiMessage("errRequired", ("name", name)));
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            throw new BadParameterException(name, new ApiMessage("errNotInteger", ("name", name), ("min", min), ("max", max), ("got", Shorten(text))));
        if (value < min || value > max)
            throw new BadParameterException(name, new ApiMessage("errIntRange", ("name", name), ("min", min), ("max", max), ("got", value)));
        return value;
    }

    /// <summary>One of <paramref name="choices"/> (compared case-insensitively, returned as listed).</summary>
    public string OneOf(string name, string? fallback, IReadOnlyList<string> choices)
    {
        string? text = Raw(name);
        if (text is null)
            return fallback ?? throw new BadParameterException(name, new ApiMessage("errRequired", ("name", name)));
        foreach (var choice in choices)
            if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase)) return choice;
        throw new BadParameterException(name, new ApiMessage("errOneOf", ("name", name), ("choices", string.Join(", ", choices)), ("got", Shorten(text))));
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>).</summary>
    public bool Bool(string name, bool fallback)
    {
        string? text = Raw(name);
        if (text is null) return fallback;
        if (bool.TryParse(text, out bool value)) return value;
        throw new BadParameterException(name, new ApiMessage("errBool", ("name", name), ("got", Shorten(text))));
    }

    private string? Raw(string name) => _query.TryGetValue(name, out var values) ? values[0] : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
