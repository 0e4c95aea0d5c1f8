using System.CommandLine;
using System.Runtime.InteropServices;
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

    /// <summary>How long a Ctrl+C waits for a write in progress before the process ends anyway.</summary>
    private static readonly TimeSpan SignalWait = TimeSpan.FromSeconds(1);

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
        var beta = new Option<string?>("--beta")
        {
            HelpName = "B",
            Description = "softplus only: the sharpness β > 0 (finite), giving ln(1+e^(βx))/β without a threshold switch; β = 1 is plain softplus.",
        };
        var eps = new Option<string?>("--eps")
        {
            HelpName = "E",
            Description = "logit only: clamp p to [ε, 1-ε] first, ε in [0, 0.5], as torch.logit(p, eps); NaN stays NaN.",
        };

        var command = new Command("eval",
            "Apply a function to one number a line from stdin (or --input FILE); print one result a line, in the shortest form that parses back to the same bits (NaN, Infinity, -Infinity, -0). " +
            "Accepts nan, inf, -inf, +inf, infinity (any case) and every invariant-culture decimal form; blank lines are skipped. " +
            "A malformed line, or one longer than 1 MiB, stops with 'line N: …' and exit code 2 after all earlier results are written. " +
            "Output is written in whole lines only, also when interrupted (Ctrl+C); when the reader of the output goes away (| head) eval stops with exit code 0.")
        {
            function, type, input, skipInvalid, location, scale, beta, eps,
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
            if (!EvalParameter.TryParse(f, parse.GetValue(beta), parse.GetValue(eps), parse.GetValue(type)!, out double? parameter, out string? problem))
            {
                config.Error.WriteLine($"sigmoid eval: {problem}");
                return LabCommandLine.UsageError;
            }
            var options = new EvalOptions(f, parse.GetValue(skipInvalid), distribution, parameter);
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

            // Console.Out flushes on every write and, on Unix, silently ignores a closed pipe; the real stdout gets a
            // plain stream on file descriptor 1 instead, behind a writer that only ever hands it whole lines.
            bool realStdout = ReferenceEquals(config.Output, Console.Out);
            WholeLineWriter? lines = null;
            if (realStdout)
            {
                try
                {
                    lines = new WholeLineWriter(StandardOutput.Open(), IoBufferSize);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    reader.Dispose();
                    config.Error.WriteLine($"sigmoid eval: cannot write to standard output (is it closed?): {e.Message}");
                    return 1;
                }
            }
            TextWriter writer = lines ?? config.Output;
            // Ctrl+C or SIGTERM: hand over the whole lines written so far, drop the unfinished one, then let the
            // signal end the process as usual (exit status 130 or 143).
            using var interrupt = lines is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => lines.CloseAfterWholeLines(SignalWait));
            using var terminate = lines is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => lines.CloseAfterWholeLines(SignalWait));
            try
            {
                return parse.GetValue(type) switch
                {
                    "float" => EvalRunner.Run<float>(options, reader, writer, config.Error),
                    "half" => EvalRunner.Run<Half>(options, reader, writer, config.Error),
                    _ => EvalRunner.Run<double>(options, reader, writer, config.Error),
                };
            }
            catch (IOException e) when (StandardOutput.IsBrokenPipe(e))
            {
                return 0; // the reader went away (e.g. `| head`): stop quietly, as Unix filters do
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && lines is { Failed: true })
            {
                // e.g. `sigmoid eval sigmoid >&-`: "Bad file descriptor", as coreutils report it
                config.Error.WriteLine($"sigmoid eval: cannot write to standard output: {(e.InnerException ?? e).Message}");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                config.Error.WriteLine($"sigmoid eval: cannot read the input: {e.Message}");
                return 1;
            }
            finally
            {
                reader.Dispose();
                lines?.Dispose();
            }
        });
        return command;
    }
}
