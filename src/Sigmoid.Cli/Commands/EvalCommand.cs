using System.CommandLine;
using System.Text;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid eval FUNCTION [--type float|double|half] [--input FILE] [--skip-invalid]</c>: a streaming filter that
/// applies one function of the family to one number a line (two for the two-input functions) and prints one
/// round-trip result a line. The numbers go through the library's span API in batches, so the output is what the
/// vector paths compute. See <see cref="EvalRunner"/> for the line format and <see cref="NumberText{T}"/> for the
/// accepted and printed number forms.
/// </summary>
public sealed class EvalCommand : ILabCommand
{
    private const int IoBufferSize = 1 << 16;

    /// <inheritdoc />
    public Command Build()
    {
        var names = FamilyFunctions.All.Concat(FamilyFunctions.Distribution).Select(e => e.Name).ToArray();
        var function = new Argument<string>("FUNCTION")
        {
            HelpName = "FUNCTION",
            Description = "The function: " + string.Join(", ", names) +
                          ". bce-*, backward-from-output and backward-from-input take two numbers a line (bce-*: logit z and label y; backward-from-output: y and dy; backward-from-input: x and dy). " +
                          "logistic-* are the logistic distribution's functions (SciPy's names; ppf and isf take a probability), double only, with --loc and --scale.",
        };
        function.AcceptOnlyFromAmong(names);
        var type = new Option<string>("--type")
        {
            HelpName = "float|double|half",
            Description = "Element type: float, double or half. The input decimal is rounded once, straight to this type.",
            DefaultValueFactory = _ => "double",
        };
        type.AcceptOnlyFromAmong("float", "double", "half");
        var input = new Option<FileInfo?>("--input")
        {
            HelpName = "FILE",
            Description = "Read from this file instead of stdin ('-' means stdin).",
        };
        var location = new Option<double?>("--loc")
        {
            HelpName = "μ",
            Description = "logistic-* only: the location μ of the logistic distribution (default 0).",
        };
        var scale = new Option<double?>("--scale")
        {
            HelpName = "s",
            Description = "logistic-* only: the scale s > 0 of the logistic distribution (default 1).",
        };
        var skipInvalid = new Option<bool>("--skip-invalid")
        {
            Description = "Skip lines that do not parse and report how many at the end, instead of stopping with exit code 2.",
        };

        var command = new Command("eval",
            "Apply a function to one number a line from stdin (or --input FILE); print one result a line, in the shortest form that parses back to the same bits (NaN, Infinity, -Infinity, -0). " +
            "Accepts nan, inf, -inf, +inf, infinity (any case) and every invariant-culture decimal form; blank lines are skipped. " +
            "A malformed line stops with 'line N: cannot parse \"…\"' and exit code 2 after all earlier results are written.")
        {
            function, type, input, skipInvalid, location, scale,
        };
        command.SetAction(parse =>
        {
            FamilyFunctions.TryParseWithDistribution(parse.GetValue(function)!, out var f);
            var config = parse.InvocationConfiguration;
            double? mu = parse.GetValue(location), s = parse.GetValue(scale);
            LogisticDistribution? distribution = null;
            if (FamilyFunctions.IsDistribution(f))
            {
                if (parse.GetValue(type) != "double")
                {
                    config.Error.WriteLine($"sigmoid eval: {FamilyFunctions.Name(f)} is computed in double only; drop --type {parse.GetValue(type)}.");
                    return LabCommandLine.UsageError;
                }
                try { distribution = new LogisticDistribution(mu ?? 0, s ?? 1); }
                catch (ArgumentOutOfRangeException)
                {
                    config.Error.WriteLine(s is { } bad && !(bad > 0 && double.IsFinite(bad))
                        ? $"sigmoid eval: --scale must be a finite number greater than 0, not {bad}."
                        : $"sigmoid eval: --loc must be a finite number, not {mu}.");
                    return LabCommandLine.UsageError;
                }
            }
            else if (mu is not null || s is not null)
            {
                config.Error.WriteLine($"sigmoid eval: --loc and --scale apply to the logistic-* functions only, not to {FamilyFunctions.Name(f)}.");
                return LabCommandLine.UsageError;
            }
            var options = new EvalOptions(f, parse.GetValue(skipInvalid), distribution);
            FileInfo? file = parse.GetValue(input);

            TextReader reader;
            if (file is null || file.ToString() == "-")
                reader = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, false, IoBufferSize);
            else
            {
                try
                {
                    reader = new StreamReader(file.FullName, Encoding.UTF8, true,
                        new FileStreamOptions { BufferSize = IoBufferSize, Options = FileOptions.SequentialScan });
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    config.Error.WriteLine($"sigmoid eval: cannot read input file '{file}': {e.Message}");
                    return LabCommandLine.UsageError;
                }
            }

            // Console.Out flushes on every write; for the real stdout use one large buffered writer instead.
            bool realStdout = ReferenceEquals(config.Output, Console.Out);
            TextWriter writer = realStdout
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), IoBufferSize) { AutoFlush = false }
                : config.Output;
            try
            {
                return parse.GetValue(type) switch
                {
                    "float" => EvalRunner.Run<float>(options, reader, writer, config.Error),
                    "half" => EvalRunner.Run<Half>(options, reader, writer, config.Error),
                    _ => EvalRunner.Run<double>(options, reader, writer, config.Error),
                };
            }
            catch (IOException e)
            {
                config.Error.WriteLine($"sigmoid eval: I/O error: {e.Message}");
                return 1;
            }
            finally
            {
                reader.Dispose();
                if (realStdout) writer.Dispose();
            }
        });
        return command;
    }
}
