namespace Sigmoid.Cli;

/// <summary>The sentence a user should read for an exception the commands report as bad input.</summary>
public static class UserMessage
{
    /// <summary>
    /// <paramref name="e"/>'s message without what .NET appends for developers: the <c>(Parameter 'Name')</c> of an
    /// <see cref="ArgumentException"/> and the <c>Actual value was …</c> line of an
    /// <see cref="ArgumentOutOfRangeException"/> (the library's own messages already state the value and the range).
    /// </summary>
    public static string Of(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string message = e.Message;
        if (e is ArgumentException { ParamName: { } name })
        {
            int cut = message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal);
            if (cut >= 0) message = message[..cut];
        }
        int actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        if (actual >= 0) message = message[..actual];
        return message.TrimEnd();
    }
}
