using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sigmoid.Web.Tests.Support;

/// <summary>
/// Starts a child process that Ctrl+C (SIGINT) can reach. A test run started in the background of a shell ignores
/// SIGINT (shells do that for background jobs), and children inherit the ignore, so <c>kill -INT</c> would do nothing
/// to them. The default disposition is put back just around the start.
/// </summary>
internal static class InheritedSignals
{
    private const int SigInt = 2;
    private static readonly IntPtr Default = 0, Ignore = 1;

    /// <summary>Starts <paramref name="start"/> with SIGINT at its default disposition.</summary>
    public static Process StartInterruptible(ProcessStartInfo start)
    {
        bool ignored = OperatingSystem.IsLinux() && IsIgnored(SigInt);
        if (ignored) Signal(SigInt, Default);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        }
        finally
        {
            if (ignored) Signal(SigInt, Ignore);
        }
    }

    // The "SigIgn:" mask of /proc/self/status: bit n-1 set when signal n is ignored.
    private static bool IsIgnored(int signal)
    {
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong mask)
            && (mask >> (signal - 1) & 1) == 1;
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signum, IntPtr handler);
}
