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

    /// <summary>An unbuffered stream on standard output (file descriptor 1 on Unix; the console stream on Windows).</summary>
    /// <exception cref="IOException">Descriptor 1 is closed or not writable.</exception>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
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
