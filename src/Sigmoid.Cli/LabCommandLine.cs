using System.CommandLine;
using System.Reflection;

namespace Sigmoid.Cli;

/// <summary>The root of the <c>sigmoid</c> program: collects every <see cref="ILabCommand"/> and runs the parse.</summary>
public static class LabCommandLine
{
    /// <summary>Exit code for bad usage (unknown command, bad option value, malformed input).</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command with every subcommand (<see cref="ILabCommand"/>, <see cref="ILabCommandSet"/>) found in this assembly, sorted by name.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("sigmoid — the logistic sigmoid σ(t) = 1/(1+e^-t): evaluate, measure, plot, learn and explore.");
        var types = typeof(LabCommandLine).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }).ToArray();
        var commands = types.Where(t => typeof(ILabCommand).IsAssignableFrom(t)).Select(t => ((ILabCommand)Activator.CreateInstance(t)!).Build())
            .Concat(types.Where(t => typeof(ILabCommandSet).IsAssignableFrom(t)).SelectMany(t => ((ILabCommandSet)Activator.CreateInstance(t)!).Build()))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in commands) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Parses and runs; parse errors go to stderr with exit code <see cref="UsageError"/>.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = BuildRoot();
        var config = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var err = config.Error;
            foreach (var error in parse.Errors) err.WriteLine($"sigmoid: {error.Message}");
            err.WriteLine("Run 'sigmoid --help' (or 'sigmoid COMMAND --help') for usage.");
            return UsageError;
        }
        return parse.Invoke(config);
    }
}
