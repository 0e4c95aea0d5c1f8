namespace Sigmoid.Lab.Progress;

/// <summary>Whether a writer is a person's terminal (so live, coloured output is wanted) or a pipe, file or test.</summary>
public static class Terminal
{
    /// <summary>
    /// True only when <paramref name="writer"/> is the process's own <see cref="Console.Out"/> and standard output is
    /// not redirected. Any other writer (a test's <see cref="StringWriter"/>, a file) counts as redirected.
    /// </summary>
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
