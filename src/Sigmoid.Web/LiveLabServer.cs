using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;

namespace Sigmoid.Web;

/// <summary>
/// The live lab server as a program (<c>dotnet Sigmoid.Web.dll [--port N]</c>, started by <c>sigmoid serve</c>):
/// starts <see cref="LiveLab"/> on http://127.0.0.1:N/, prints the address to open and runs until Ctrl+C or SIGTERM.
/// It is a program of its own so that the <c>sigmoid</c> tool needs the ASP.NET Core runtime for this one command only.
/// Exit codes: 0 after Ctrl+C or SIGTERM (running trainings are cancelled and the server stops within
/// <see cref="ShutdownGrace"/>), 2 for a port outside [0, 65535] or one that cannot be listened on (in use, or below
/// 1024 without the right to), with a one-line message naming the port and what to do.
/// </summary>
public static class LiveLabServer
{
    /// <summary>Exit code for bad usage: a bad argument or a port that cannot be listened on.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Longest wait for open requests to finish once asked to stop; then their connections are closed. Shorter than the
    /// 2 s after which <c>sigmoid serve</c> forces an exit (code 130 or 143), so a stop is always a clean exit 0.
    /// </summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs the program: reads <c>--port N</c> (default <see cref="LiveLab.DefaultPort"/>) and
    /// <c>--stop-when-input-closes</c>, stops on the first SIGINT or SIGTERM (a second one ends the process at once).
    /// </summary>
    public static async Task<int> RunProgramAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Parse(args) is not { } settings)
        {
            await stderr.WriteLineAsync($"sigmoid serve: {ArgumentsError(args)}");
            return UsageError;
        }
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        if (settings.StopWhenInputCloses) WatchInput(stop);
        return await RunAsync(new LiveLabOptions { Port = settings.Port }, stdout, stderr, stop.Token);

        void Stop(PosixSignalContext context)
        {
            if (stop.IsCancellationRequested) return; // a second signal: the system's default, which ends the process
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>
    /// Starts the server with <paramref name="options"/>, prints its address, waits for <paramref name="stop"/>, then
    /// stops within <see cref="ShutdownGrace"/> and returns 0; returns <see cref="UsageError"/> with one line on
    /// <paramref name="stderr"/> when the port cannot be listened on.
    /// </summary>
    public static async Task<int> RunAsync(LiveLabOptions options, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = LiveLab.Build(options);
        await using (app)
        {
            try
            {
                await app.StartAsync(stop);
            }
            catch (Exception e) when (ListenFailure(e, options.Port) is { } reason)
            {
                await stderr.WriteLineAsync($"sigmoid serve: cannot listen on {LiveLab.LoopbackHost}:{options.Port}: {reason}");
                return UsageError;
            }
            await stdout.WriteLineAsync($"Sigmoid live lab: open {LiveLab.Url(app)}  (listening on {LiveLab.LoopbackHost} only; Ctrl+C stops)");
            await stdout.FlushAsync(CancellationToken.None);
            try
            {
                await app.WaitForShutdownAsync(stop);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C, SIGTERM or the end of sigmoid serve: fall through to a clean stop
            }
            using (var grace = new CancellationTokenSource(ShutdownGrace))
                await app.StopAsync(grace.Token); // cancels running trainings, then waits for their streams to end
            await stdout.WriteLineAsync("Sigmoid live lab stopped.");
            await stdout.FlushAsync(CancellationToken.None);
        }
        return 0;
    }

    /// <summary>What went wrong when binding the port, in words with a way out; null for any other exception.</summary>
    internal static string? ListenFailure(Exception error, int port)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
                return "the port is in use (another program, or another sigmoid serve); choose another with --port N, or --port 0 for any free one";
            if (e is SocketException { SocketErrorCode: SocketError.AccessDenied })
                return port is > 0 and < 1024
                    ? $"permission denied: ports below 1024 need administrator rights; use a port from 1024 up (the default is {LiveLab.DefaultPort}), or --port 0 for any free one"
                    : "permission denied by the system; choose another with --port N, or --port 0 for any free one";
        }
        return error is IOException or SocketException ? $"{error.Message}; choose another with --port N, or --port 0 for any free one" : null;
    }

    private readonly record struct Settings(int Port, bool StopWhenInputCloses);

    private static Settings? Parse(string[] args)
    {
        int port = LiveLab.DefaultPort;
        bool stopWhenInputCloses = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == LiveLabAddress.StopWhenInputClosesOption) stopWhenInputCloses = true;
            else if (args[i] == LiveLabAddress.PortOption && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= LiveLabAddress.MaxPort) i++;
            else return null;
        }
        return new Settings(port, stopWhenInputCloses);
    }

    private static string ArgumentsError(string[] args)
    {
        int at = Array.IndexOf(args, LiveLabAddress.PortOption);
        if (at >= 0)
            return at + 1 < args.Length
                ? $"--port must be in [0, {LiveLabAddress.MaxPort}]; got {args[at + 1]}"
                : "--port needs a value (a TCP port in [0, 65535])";
        string unknown = args.First(a => a != LiveLabAddress.StopWhenInputClosesOption);
        return $"unknown argument '{unknown}'; the server takes --port N only";
    }

    // Standard input is a pipe from sigmoid serve, which never writes to it: its end means sigmoid serve is gone.
    private static void WatchInput(CancellationTokenSource stop)
    {
        var watcher = new Thread(() =>
        {
            try
            {
                using var input = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (input.Read(buffer) > 0) { }
            }
            catch (IOException) { }
            try { stop.Cancel(); } catch (ObjectDisposedException) { } // the server has already stopped
        }) { IsBackground = true, Name = "stop when input closes" };
        watcher.Start();
    }
}
