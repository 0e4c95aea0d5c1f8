using System.CommandLine;
using Sigmoid.Cli.Serve;
using Sigmoid.Web;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid serve [--port N]</c>: starts the live lab on http://127.0.0.1:N/ (127.0.0.1 only; default port
/// <see cref="LiveLabAddress.DefaultPort"/>, 0 = any free port), prints the address to open and runs until Ctrl+C or
/// SIGTERM. The server is a program of its own beside this one (<see cref="LiveLabProcess"/>), the only part of the tool
/// that needs the ASP.NET Core runtime. Exit codes: 0 after Ctrl+C or SIGTERM; 2 for a port outside [0, 65535], one that
/// cannot be listened on (in use, or below 1024 without the right to), or a .NET without ASP.NET Core, with a one-line
/// message saying what to do.
/// </summary>
public sealed class ServeCommand : ILabCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var port = new Option<int>(LiveLabAddress.PortOption)
        {
            Description = $"TCP port on {LiveLabAddress.LoopbackHost} (0 = pick a free one; default {LiveLabAddress.DefaultPort})",
            DefaultValueFactory = _ => LiveLabAddress.DefaultPort,
        };
        var command = new Command("serve",
            "Serve the live lab (Explorer, vanishing gradients, zig-zag) at http://127.0.0.1:PORT/ until Ctrl+C; the page needs no network. Needs the ASP.NET Core 10 runtime.")
        {
            port,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            int portValue = parse.GetValue(port);
            if (portValue is < 0 or > LiveLabAddress.MaxPort)
            {
                await stderr.WriteLineAsync($"sigmoid serve: --port must be in [0, {LiveLabAddress.MaxPort}]; got {portValue}");
                return LabCommandLine.UsageError;
            }
            return await LiveLabProcess.RunAsync(portValue, stdout, stderr, cancellation);
        });
        return command;
    }
}
