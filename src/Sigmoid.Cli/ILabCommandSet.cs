using System.CommandLine;

namespace Sigmoid.Cli;

/// <summary>
/// Several subcommands of the <c>sigmoid</c> program built together (e.g. one per experiment of the catalogue).
/// <see cref="LabCommandLine"/> finds every implementation by reflection, like <see cref="ILabCommand"/>.
/// </summary>
public interface ILabCommandSet
{
    /// <summary>Builds the commands.</summary>
    IEnumerable<Command> Build();
}
