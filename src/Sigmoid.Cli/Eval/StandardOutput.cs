using Microsoft.Win32.SafeHandles;

namespace Sigmoid.Cli.Eval;

/// <summary>
/// The process's standard output as a plain stream that reports a closed pipe. .NET's console stream on Unix
/// swallows EPIPE (so a filter feeding <c>| head</c> would run forever); a stream on file descriptor 1 throws an
/// <see cref="IOException"/> instead, which <see cref="IsBrokenPipe"/> recognises.
/// </summary>
internal static class StandardOutput
{
    private const int EpipeUnix = 32;            // EPIPE on Linux and macOS
    private const int ErrorBrokenPipe = 109;     // Windows ERROR_BROKEN_PIPE
    private const int ErrorNoData = 232;         // Windows ERROR_NO_DATA: the pipe is being closed

    /// <summary>
    /// An unbuffered stream on standard output: on Unix a stream on file descriptor 1 when it is a pipe or a terminal,
    /// the console stream when it is a regular file (or on Windows).
    /// </summary>
    /// <remarks>
    /// A <see cref="FileStream"/> on a regular file writes at a position of its own (pwrite), so in
    /// <c>{ echo a; sigmoid eval …; echo b; } &gt; file</c> the next writer would overwrite its lines; the console
    /// stream writes at the position the descriptor shares with them. A file has no reader to go away, so nothing is
    /// lost by the console stream's silence on EPIPE there.
    /// </remarks>
    /// <exception cref="IOException">Descriptor 1 is closed or not writable.</exception>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!descriptor.CanSeek) return descriptor;
        descriptor.Dispose(); // leaves descriptor 1 open: the handle is not owned
        return Console.OpenStandardOutput();
    }

    /// <summary>True when <paramref name="e"/> says the reading end of the output pipe was closed.</summary>
    public static bool IsBrokenPipe(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        int code = e.HResult;
        return OperatingSystem.IsWindows()
            ? (code & 0xFFFF) is ErrorBrokenPipe or ErrorNoData
            : code == EpipeUnix;
    }
}
