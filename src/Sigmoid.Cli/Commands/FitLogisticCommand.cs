using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid fit-logistic [--input FILE] [--json]</c>: the maximum-likelihood logistic distribution of one number a
/// line (<see cref="LogisticDistribution.Fit"/>). Prints loc, scale, the log-likelihood at the fit and n — as
/// <c>{"loc":…,"scale":…,"logLikelihood":…,"n":…}</c> with <c>--json</c>, numbers in shortest round-trip form. Lines
/// are read as by <c>sigmoid eval</c> (blank lines skipped, counted for line numbers); a malformed line stops with
/// <c>line N: cannot parse "…"</c>, a NaN or infinite value with <c>line N: … is not a finite number</c>, and data
/// with fewer than two distinct values with a message; all exit with code 2.
/// </summary>
public sealed class FitLogisticCommand : ILabCommand
{
    private const int MaxQuoted = 80;

    /// <inheritdoc />
    public Command Build()
    {
        var input = new Option<FileInfo?>("--input")
        {
            HelpName = "FILE",
            Description = "Read the sample from this file, one number a line ('-' or no option: stdin).",
        };
        var json = new Option<bool>("--json") { Description = "Print {\"loc\":…,\"scale\":…,\"logLikelihood\":…,\"n\":…}." };
        var command = new Command("fit-logistic",
            "Fit a logistic distribution (location μ, scale s) to one number a line by maximum likelihood; print loc, scale, the log-likelihood and n.")
        {
            input, json,
        };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            FileInfo? file = parse.GetValue(input);
            TextReader reader;
            try
            {
                reader = file is null || file.ToString() == "-"
                    ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
                    : new StreamReader(file.FullName, Encoding.UTF8, true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                config.Error.WriteLine($"sigmoid fit-logistic: cannot read input file '{file}': {e.Message}");
                return LabCommandLine.UsageError;
            }
            var data = new List<double>();
            using (reader)
            {
                string? line;
                long lineNumber = 0;
                while ((line = reader.ReadLine()) is not null)
                {
                    lineNumber++;
                    ReadOnlySpan<char> s = line.AsSpan().Trim();
                    if (s.IsEmpty) continue;
                    if (!NumberText<double>.TryParse(s, out double x))
                    {
                        config.Error.WriteLine($"line {lineNumber}: cannot parse \"{Quote(line)}\" (expected one number per line)");
                        return LabCommandLine.UsageError;
                    }
                    if (!double.IsFinite(x))
                    {
                        config.Error.WriteLine($"line {lineNumber}: \"{Quote(line)}\" is not a finite number; a sample to fit must be finite.");
                        return LabCommandLine.UsageError;
                    }
                    data.Add(x);
                }
            }
            LogisticDistribution fit;
            try { fit = LogisticDistribution.Fit(data.ToArray()); }
            catch (ArgumentException e)
            {
                string why = data.Count == 0 ? "the input holds no numbers; at least two distinct values are needed." : e.Message.Split(" (Parameter")[0];
                config.Error.WriteLine($"sigmoid fit-logistic: {why}");
                return LabCommandLine.UsageError;
            }
            double logLikelihood = fit.LogLikelihood(data.ToArray());
            if (parse.GetValue(json))
                config.Output.WriteLine(JsonSerializer.Serialize(new { loc = fit.Location, scale = fit.Scale, logLikelihood, n = data.Count }));
            else
            {
                var inv = CultureInfo.InvariantCulture;
                config.Output.WriteLine(string.Create(inv, $"loc            {fit.Location:R}"));
                config.Output.WriteLine(string.Create(inv, $"scale          {fit.Scale:R}"));
                config.Output.WriteLine(string.Create(inv, $"logLikelihood  {logLikelihood:R}"));
                config.Output.WriteLine(string.Create(inv, $"n              {data.Count}"));
            }
            return 0;
        });
        return command;
    }

    private static string Quote(string line) => line.Length <= MaxQuoted ? line : string.Concat(line.AsSpan(0, MaxQuoted), "…");
}
