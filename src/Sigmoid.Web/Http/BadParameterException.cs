namespace Sigmoid.Web.Http;

/// <summary>
/// A request parameter that is missing, malformed or out of range. The error middleware turns it into HTTP 400 with
/// the JSON body <c>{"error": message, "parameter": name}</c>, which the page shows next to the panel.
/// </summary>
internal sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    /// <summary>The offending parameter's name as it appears in the query string.</summary>
    public string Parameter { get; } = parameter;
}
