using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Sigmoid.Web;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid serve [--port N]</c>: starts the live lab on http://127.0.0.1:N/ (127.0.0.1 only; default port
/// <see cref="LiveLab.DefaultPort"/>, 0 = any free port), prints the address to open and runs until Ctrl+C.
/// Exit codes: 0 after Ctrl+C, 1 when the port cannot be bound (e.g. in use), 2 for a port outside [0, 65535].
/// </summary>
public sealed class ServeCommand : ILabCommand
{
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
            var app = LiveLab.Build(new LiveLabOptions { Port = portValue });
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (IOException e)
                {
                    await stderr.WriteLineAsync($"sigmoid serve: cannot listen on {LiveLab.LoopbackHost}:{portValue}: {e.Message} (is another server using it? try --port 0)");
                    return 1;
                }
                await stdout.WriteLineAsync($"Sigmoid live lab: open {LiveLab.Url(app)}  (listening on {LiveLab.LoopbackHost} only; Ctrl+C stops)");
                await stdout.FlushAsync(CancellationToken.None);
                try
                {
                    await app.WaitForShutdownAsync(cancellation);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: fall through to a clean stop
                }
                await app.StopAsync(CancellationToken.None);
                await stdout.WriteLineAsync("Sigmoid live lab stopped.");
            }
            return 0;
        });
        return command;
    }
}
