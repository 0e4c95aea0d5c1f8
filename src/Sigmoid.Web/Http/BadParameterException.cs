namespace Sigmoid.Web.Http;

/// <summary>
/// A request parameter that is missing, malformed or out of range. The error middleware turns it into HTTP 400 with
/// the JSON body <c>{"error": English message, "code": key, "args": {…}, "parameter": name}</c>; the page shows the
/// message (<see cref="ApiMessage"/>) in the reader's language next to the panel.
/// </summary>
internal sealed class BadParameterException(string parameter, ApiMessage detail) : Exception(detail.English)
{
    /// <summary>The offending parameter's name as it appears in the query string.</summary>
    public string Parameter { get; } = parameter;

    /// <summary>What is wrong, as a message the page can say in either language.</summary>
    public ApiMessage Detail { get; } = detail;
}
