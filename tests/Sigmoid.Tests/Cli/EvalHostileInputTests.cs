using Sigmoid.Cli;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// <c>sigmoid eval</c> against input a careless user or a hostile file gives it: one runaway line, escape sequences
/// in a bad line. In process, through <see cref="EvalRunner"/>.
/// </summary>
public class EvalHostileInputTests
{
    /// <summary>The stated limit: 1 MiB of characters per line.</summary>
    private const int Limit = 1 << 20;

    private static (int Code, string Out, string Err) Eval(string input, bool skip = false)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = EvalRunner.Run<double>(new EvalOptions(FamilyFunction.Sigmoid, skip), new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void LineLongerThanOneMebibyteStopsWithItsNumber()
    {
        var (code, output, err) = Eval("0\n" + new string('1', Limit + 1) + "\n0\n");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Equal("0.5\n", output);
        Assert.StartsWith("line 2: longer than 1 MiB (1048576 characters)", err);
    }

    [Fact]
    public void LineOfExactlyTheLimitIsStillRead()
    {
        string padded = new string(' ', Limit - 3) + "inf"; // Limit characters in all
        var (code, output, err) = Eval("0\n" + padded + "\n-inf");
        Assert.True(code == 0, err);
        Assert.Equal("0.5\n1\n0\n", output);
    }

    [Fact]
    public void SkipInvalidSkipsATooLongLineAndCountsIt()
    {
        var (code, output, err) = Eval("0\n" + new string('7', 3 * Limit) + "\r\ninf\n", skip: true);
        Assert.Equal(0, code);
        Assert.Equal("0.5\n1\n", output);
        Assert.Contains("skipped 1 invalid line(s)", err);
    }

    [Fact]
    public void EscapeSequencesOfABadLineAreEchoedAsText()
    {
        var (code, _, err) = Eval("0\n\u001b[2J\u001b]0;pwned\u0007\u202Eevil\n");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.DoesNotContain('\u001b', err);
        Assert.DoesNotContain('\u0007', err);
        Assert.DoesNotContain('\u202E', err);
        Assert.StartsWith("line 2: cannot parse \"\\u001B[2J\\u001B]0;pwned\\u0007\\u202Eevil\"", err);
    }
}
