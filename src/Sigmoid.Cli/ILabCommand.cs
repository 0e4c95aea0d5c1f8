using System.CommandLine;

namespace Sigmoid.Cli;

/// <summary>
/// One subcommand of the <c>sigmoid</c> program. Each command lives in its own file under <c>Commands/</c>;
/// <see cref="LabCommandLine"/> finds every implementation by reflection, so adding a command touches no other file.
/// </summary>
public interface ILabCommand
{
    /// <summary>Builds the command (name, description, options and action).</summary>
    Command Build();
}
