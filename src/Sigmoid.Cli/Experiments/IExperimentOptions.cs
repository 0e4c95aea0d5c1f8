using System.CommandLine;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Experiments;

/// <summary>
/// The command-line options of one experiment beyond the common ones (<c>--seed --lang --out --format --json</c>),
/// and how they become a run. A new instance is made for every command built, since an option belongs to one command.
/// Experiments without an implementation run with their defaults.
/// </summary>
public interface IExperimentOptions
{
    /// <summary>The <see cref="IExperiment.Name"/> these options belong to.</summary>
    string Experiment { get; }

    /// <summary>The options, in help order.</summary>
    IReadOnlyList<Option> Options { get; }

    /// <summary>The run the parsed values ask for.</summary>
    /// <param name="parse">The parse result holding <see cref="Options"/>.</param>
    /// <param name="note">Receives notes for the user (e.g. rows skipped in a CSV), written to stderr.</param>
    /// <exception cref="ArgumentException">A value is out of range or options contradict each other; the message says which.</exception>
    Func<ExperimentContext, ExperimentResult> Bind(ParseResult parse, Action<string> note);
}
