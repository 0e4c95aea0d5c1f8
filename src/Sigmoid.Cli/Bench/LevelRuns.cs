namespace Sigmoid.Cli.Bench;

/// <summary>
/// <c>sigmoid bench --levels</c>: the same measurement once per <see cref="InstructionLevel"/>, each in a child process
/// started with the level's runtime switches (and tiered compilation off). A first child per level only reports what
/// it runs on, so a level this machine cannot show (AVX-512 on an AVX2 machine, no FMA on ARM64) is named and skipped.
/// </summary>
internal static class LevelRuns
{
    /// <summary>Runs <paramref name="args"/> (a <c>bench</c> command line without <c>--levels</c>) on each level;
    /// returns 0, or the first failing child's exit code.</summary>
    public static int Run(IReadOnlyList<InstructionLevel> levels, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var shown = new List<InstructionLevel>();
        foreach (var level in levels)
        {
            var probe = new StringWriter();
            if (!BenchChild.TryRun(["bench", "--describe-level"], probe, error, out int probeCode, level.Environment) || probeCode != 0)
            {
                error.WriteLine("sigmoid bench: could not start a child process for the instruction levels");
                return 1;
            }
            string ranOn = probe.ToString().Trim();
            if (ranOn == level.Expected) shown.Add(level);
            else output.WriteLine($"level {level.Name}: not on this machine ({level.Switches} gives {ranOn}); skipped");
        }
        output.WriteLine($"levels this machine can show: {string.Join(", ", shown.Select(l => l.Name))}");
        output.Flush();
        foreach (var level in shown)
        {
            output.WriteLine();
            output.WriteLine($"## level {level.Name}: {level.Description}; switches: {level.Switches}");
            output.WriteLine();
            output.Flush();
            var childArgs = args.Concat(["--in-process"]).ToList();
            if (!BenchChild.TryRun(childArgs, output, error, out int code, level.Environment))
            {
                error.WriteLine("sigmoid bench: could not start a child process for the instruction levels");
                return 1;
            }
            if (code != 0) return code;
        }
        return 0;
    }
}
