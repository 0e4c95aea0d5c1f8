using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using Sigmoid.Web;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid serve [--port N]</c>: starts the live lab on http://127.0.0.1:N/ (127.0.0.1 only; default port
/// <see cref="LiveLab.DefaultPort"/>, 0 = any free port), prints the address to open and runs until Ctrl+C or SIGTERM.
/// Exit codes: 0 after Ctrl+C or SIGTERM (running trainings are cancelled and the server stops within
/// <see cref="ShutdownGrace"/>), 2 for a port outside [0, 65535] or one that cannot be listened on (in use, or below
/// 1024 without the right to), with a one-line message naming the port and what to do.
/// </summary>
public sealed class ServeCommand : ILabCommand
{
    /// <summary>
    /// Longest wait for open requests to finish once asked to stop; then their connections are closed. Shorter than the
    /// 2 s after which the command line forces an exit (code 130 or 143), so a stop is always a clean exit 0.
    /// </summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);

    /// <summary>Extra set-up of the server before it is built (tests: a transport whose bind fails).</summary>
    internal Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }

    /// <inheritdoc />
    public Command Build()
    {
        var port = new Option<int>("--port")
        {
            Description = $"TCP port on 127.0.0.1 (0 = pick a free one; default {LiveLab.DefaultPort})",
            DefaultValueFactory = _ => LiveLab.DefaultPort,
        };
        var command = new Command("serve",
            "Serve the live lab (Explorer, vanishing gradients, zig-zag) at http://127.0.0.1:PORT/ until Ctrl+C; the page needs no network.")
        {
            port,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            int portValue = parse.GetValue(port);
            if (portValue is < 0 or > IPEndPoint.MaxPort)
            {
                await stderr.WriteLineAsync($"sigmoid serve: --port must be in [0, {IPEndPoint.MaxPort}]; got {portValue}");
                return LabCommandLine.UsageError;
            }
            var app = LiveLab.Build(new LiveLabOptions { Port = portValue, ConfigureBuilder = ConfigureBuilder });
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (Exception e) when (ListenFailure(e, portValue) is { } reason)
                {
                    await stderr.WriteLineAsync($"sigmoid serve: cannot listen on {LiveLab.LoopbackHost}:{portValue}: {reason}");
                    return LabCommandLine.UsageError;
                }
                await stdout.WriteLineAsync($"Sigmoid live lab: open {LiveLab.Url(app)}  (listening on {LiveLab.LoopbackHost} only; Ctrl+C stops)");
                await stdout.FlushAsync(CancellationToken.None);
                try
                {
                    await app.WaitForShutdownAsync(cancellation);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: fall through to a clean stop
                }
                using (var grace = new CancellationTokenSource(ShutdownGrace))
                    await app.StopAsync(grace.Token); // cancels running trainings, then waits for their streams to end
                await stdout.WriteLineAsync("Sigmoid live lab stopped.");
            }
            return 0;
        });
        return command;
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
}
