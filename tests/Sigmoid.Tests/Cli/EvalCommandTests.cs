using System.Globalization;
using System.Numerics;
using Sigmoid.Cli;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// <c>sigmoid eval</c> in process: number forms, round-trip printing, line errors, <c>--skip-invalid</c>, two-column
/// input, and agreement with the library's scalar overloads bit for bit.
/// </summary>
public class EvalCommandTests
{
    private static (int Code, string Out, string Err) Eval<T>(FamilyFunction f, string input, bool skip = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = EvalRunner.Run<T>(new EvalOptions(f, skip), new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void SoftplusBetaAndLogitEpsEqualTheScalarOverloads()
    {
        string input = "-3\n0\n0.5\n1\n25\n-800\nnan\ninf\n-inf\n2\n";
        var stdout = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, EvalRunner.Run<double>(new EvalOptions(FamilyFunction.Softplus, false, Parameter: 2.0), new StringReader(input), stdout, TextWriter.Null));
        var xs = Lines(input).Select(v => NumberText<double>.TryParse(v, out double d) ? d : throw new FormatException(v)).ToArray();
        var printed = Lines(stdout.ToString());
        Assert.Equal(xs.Length, printed.Length);
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.True(NumberText<double>.TryParse(printed[i], out double r));
            Assert.True(Sigmoid.Lab.Reference.Rounding.SameResult(Logistic.Softplus(xs[i], 2.0), r), $"softplus({xs[i]}, 2): {printed[i]}");
        }
        stdout = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, EvalRunner.Run<float>(new EvalOptions(FamilyFunction.Logit, false, Parameter: 1e-6), new StringReader(input), stdout, TextWriter.Null));
        printed = Lines(stdout.ToString());
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.True(NumberText<float>.TryParse(printed[i], out float r));
            Assert.True(Sigmoid.Lab.Reference.Rounding.SameResult(Logistic.Logit((float)xs[i], 1e-6f), r), $"logit({xs[i]}, 1e-6): {printed[i]}");
        }
    }

    [Theory]
    [InlineData("softplus", "--beta", "0", "double", "--beta must be a positive finite number")]
    [InlineData("softplus", "--beta", "-1", "float", "--beta must be a positive finite number")]
    [InlineData("softplus", "--beta", "1e-10", "half", "is 0 as half")]
    [InlineData("softplus", "--beta", "abc", "double", "cannot parse")]
    [InlineData("logit", "--eps", "0.6", "double", "--eps must be a number in [0, 0.5]")]
    [InlineData("logit", "--eps", "nan", "double", "--eps must be a number in [0, 0.5]")]
    [InlineData("sigmoid", "--eps", "0.1", "double", "applies only to logit")]
    [InlineData("logit", "--beta", "2", "double", "applies only to softplus")]
    public void BadParameterIsAUsageError(string function, string option, string value, string type, string message)
    {
        Assert.True(FamilyFunctions.TryParse(function, out var f));
        bool ok = EvalParameter.TryParse(f, option == "--beta" ? value : null, option == "--eps" ? value : null, type, out _, out string? problem);
        Assert.False(ok);
        Assert.Contains(message, problem);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("  -2.5\t", -2.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1e-3", 0.001)]
    [InlineData("1E+2", 100.0)]
    [InlineData("+7", 7.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("INF", double.PositiveInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("infinity", double.PositiveInfinity)]
    [InlineData("-INFINITY", double.NegativeInfinity)]
    [InlineData("4.9406564584124654E-324", double.Epsilon)]
    [InlineData("1.7976931348623157E+308", double.MaxValue)]
    public void AcceptedNumberForms(string text, double expected)
    {
        Assert.True(NumberText<double>.TryParse(text, out double v), text);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(v));
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("-nan")]
    [InlineData("+NAN")]
    public void NaNForms(string text)
    {
        Assert.True(NumberText<double>.TryParse(text, out double d) && double.IsNaN(d));
        Assert.True(NumberText<float>.TryParse(text, out float f) && float.IsNaN(f));
        Assert.True(NumberText<Half>.TryParse(text, out Half h) && Half.IsNaN(h));
    }

    [Fact]
    public void NegativeZeroKeepsItsSign()
    {
        Assert.True(NumberText<double>.TryParse("-0", out double d));
        Assert.True(double.IsNegative(d) && d == 0);
        Assert.True(NumberText<float>.TryParse("-0.0", out float f));
        Assert.True(float.IsNegative(f) && f == 0);
        Assert.True(NumberText<Half>.TryParse("-0", out Half h));
        Assert.Equal(0x8000, BitConverter.HalfToUInt16Bits(h));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,5")]       // no thousands separators: a comma in a one-number line is an error, not fifteen
    [InlineData("1 2")]
    [InlineData("0x10")]
    [InlineData("--1")]
    [InlineData("infinit")]
    [InlineData("1e")]
    public void RejectedNumberForms(string text) => Assert.False(NumberText<double>.TryParse(text, out _));

    /// <summary>
    /// A decimal just above the midpoint of two neighbouring floats (or halves) must round up. Parsing it as a double
    /// first would land exactly on the midpoint, and ties-to-even would then round down for half of them.
    /// </summary>
    [Fact]
    public void FloatAndHalfAreRoundedOnceFromTheDecimal()
    {
        int halfWrong = 0;
        for (int bits = 0; bits < 0x7BFF; bits++)
        {
            double lo = (double)BitConverter.UInt16BitsToHalf((ushort)bits);
            double hi = (double)BitConverter.UInt16BitsToHalf((ushort)(bits + 1));
            Assert.True(NumberText<Half>.TryParse(NudgedDecimal((lo + hi) / 2, +1), out Half up));
            Assert.True(NumberText<Half>.TryParse(NudgedDecimal((lo + hi) / 2, -1), out Half down));
            if (BitConverter.HalfToUInt16Bits(up) != bits + 1 || BitConverter.HalfToUInt16Bits(down) != bits) halfWrong++;
        }
        Assert.Equal(0, halfWrong);

        var rng = new Random(1234);
        int floatWrong = 0;
        for (int i = 0; i < 20_000; i++)
        {
            // floats from 2^-50 up, whose midpoints have fewer than 80 significant decimal digits (so "E80" is exact)
            uint bits = (uint)rng.Next(77 << 23, 0x7F7FFFFF);
            double lo = BitConverter.UInt32BitsToSingle(bits), hi = BitConverter.UInt32BitsToSingle(bits + 1);
            double mid = (lo + hi) / 2; // exact: 25 significant bits fit a double
            Assert.True(NumberText<float>.TryParse(NudgedDecimal(mid, +1), out float up));
            Assert.True(NumberText<float>.TryParse(NudgedDecimal(mid, -1), out float down));
            if (BitConverter.SingleToUInt32Bits(up) != bits + 1 || BitConverter.SingleToUInt32Bits(down) != bits) floatWrong++;
        }
        Assert.Equal(0, floatWrong);
    }

    /// <summary>The exact decimal of <paramref name="value"/> moved by one unit in a digit beyond its last significant one.</summary>
    private static string NudgedDecimal(double value, int direction)
    {
        var inv = CultureInfo.InvariantCulture;
        string exact = value.ToString("E80", inv); // d.ddd…E±x
        int e = exact.IndexOf('E');
        var digits = BigInteger.Parse(exact[..e].Replace(".", ""), inv) * 10 + direction;
        string d = digits.ToString(inv);
        return d[0] + "." + d[1..] + exact[e..];
    }

    [Fact]
    public void EveryHalfPrintsToTheSameBits()
    {
        for (int b = 0; b < 65536; b++)
        {
            Half h = BitConverter.UInt16BitsToHalf((ushort)b);
            if (Half.IsNaN(h)) continue;
            AssertRoundTrips(h, x => BitConverter.HalfToUInt16Bits(x));
        }
    }

    [Fact]
    public void SampledFloatsAndDoublesPrintToTheSameBits()
    {
        var rng = new Random(42);
        for (int i = 0; i < 100_000; i++)
        {
            float f = BitConverter.UInt32BitsToSingle((uint)rng.NextInt64(0, 1L << 32));
            if (!float.IsNaN(f)) AssertRoundTrips(f, x => BitConverter.SingleToUInt32Bits(x));
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64(long.MinValue, long.MaxValue));
            if (!double.IsNaN(d)) AssertRoundTrips(d, x => BitConverter.DoubleToInt64Bits(x));
        }
        foreach (double d in new[] { double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 2.2250738585072014E-308, 0.1, 1.0 / 3 })
            AssertRoundTrips(d, x => BitConverter.DoubleToInt64Bits(x));
        foreach (float f in new[] { float.Epsilon, float.MaxValue, float.MinValue, 1.17549435E-38f, 0.1f, 1f / 3 })
            AssertRoundTrips(f, x => BitConverter.SingleToUInt32Bits(x));
    }

    private static void AssertRoundTrips<T, TBits>(T value, Func<T, TBits> bits) where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<char> buf = stackalloc char[NumberText<T>.MaxFormattedLength];
        int n = NumberText<T>.Format(value, buf);
        Assert.True(NumberText<T>.TryParse(buf[..n], out T back), buf[..n].ToString());
        Assert.Equal(bits(value), bits(back));
    }

    [Fact]
    public void SpecialValuesPrintAsDocumented()
    {
        var (code, output, _) = Eval<double>(FamilyFunction.Softplus, "-0\nnan\ninf\n-inf\n");
        Assert.Equal(0, code);
        // softplus(-0) = ln 2; NaN → NaN; softplus(+∞) = +∞; softplus(-∞) = +0
        Assert.Equal(["0.6931471805599453", "NaN", "Infinity", "0"], Lines(output));
        var (_, logit, _) = Eval<float>(FamilyFunction.Logit, "0\n1\n2\n");
        Assert.Equal(["-Infinity", "Infinity", "NaN"], Lines(logit));
        // σ'(0)·(-0) = ¼·(-0) = -0, printed with its sign
        var (_, backward, _) = Eval<double>(FamilyFunction.BackwardFromInput, "0 -0\n0 0\n");
        Assert.Equal(["-0", "0"], Lines(backward));
    }

    public static TheoryData<string, string> FunctionsAndTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _) in FamilyFunctions.All)
            foreach (var type in new[] { "float", "double", "half" })
                data.Add(name, type);
        return data;
    }

    /// <summary>What eval prints is, bit for bit, what the scalar overload returns for the same parsed input.</summary>
    [Theory]
    [MemberData(nameof(FunctionsAndTypes))]
    public void ResultsEqualTheScalarOverloads(string name, string type)
    {
        Assert.True(FamilyFunctions.TryParse(name, out var f));
        switch (type)
        {
            case "float": CompareWithScalar<float>(f, ScalarFloat(f)); break;
            case "double": CompareWithScalar<double>(f, ScalarDouble(f)); break;
            default: CompareWithScalar<Half>(f, ScalarHalf(f)); break;
        }
    }

    private static void CompareWithScalar<T>(FamilyFunction f, Func<T, T, T> scalar) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rng = new Random(7);
        bool two = FamilyFunctions.Arity(f) == 2;
        bool probability = f is FamilyFunction.Logit or FamilyFunction.BackwardFromOutput;
        var specials = new[] { "0", "-0", "nan", "inf", "-inf", "1", "-1", "0.5", "1e-30", "-1e-30", "100", "-100", "-745", "40", "1e-5", "0.99999" };
        var lines = new List<string>();
        foreach (var s in specials) lines.Add(two ? $"{s} 0.25" : s);
        // more than two batches, so batch boundaries and the remainder are crossed
        for (int i = 0; i < 2 * EvalRunner.BatchSize + 123; i++)
        {
            double a = probability ? rng.NextDouble() : (rng.NextDouble() - 0.5) * 80;
            string first = a.ToString("R", CultureInfo.InvariantCulture);
            lines.Add(two ? $"{first},{rng.NextDouble().ToString("R", CultureInfo.InvariantCulture)}" : first);
        }
        var (code, output, err) = Eval<T>(f, string.Join("\n", lines) + "\n");
        Assert.True(code == 0, err);
        var results = Lines(output);
        Assert.Equal(lines.Count, results.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            T x, y = T.Zero;
            if (two) Assert.True(EvalRunner.TryParsePair(lines[i], out x, out y));
            else Assert.True(NumberText<T>.TryParse(lines[i], out x));
            T expected = scalar(x, y);
            Assert.True(NumberText<T>.TryParse(results[i], out T printed), results[i]);
            bool same = T.IsNaN(expected) ? T.IsNaN(printed) : BitsEqual(expected, printed);
            Assert.True(same, $"{FamilyFunctions.Name(f)}({lines[i]}) as {typeof(T).Name}: eval printed {results[i]}, scalar overload gives {expected}");
        }
    }

    private static bool BitsEqual<T>(T a, T b) where T : unmanaged
    {
        var sa = System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in a));
        var sb = System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in b));
        return sa.SequenceEqual(sb);
    }

    private static Func<float, float, float> ScalarFloat(FamilyFunction f) => f switch
    {
        FamilyFunction.Sigmoid => (x, _) => Logistic.Sigmoid(x),
        FamilyFunction.SigmoidDerivative => (x, _) => Logistic.SigmoidDerivative(x),
        FamilyFunction.Logit => (x, _) => Logistic.Logit(x),
        FamilyFunction.LogSigmoid => (x, _) => Logistic.LogSigmoid(x),
        FamilyFunction.Softplus => (x, _) => Logistic.Softplus(x),
        FamilyFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits,
        FamilyFunction.BceGradient => Logistic.BinaryCrossEntropyWithLogitsGradient,
        FamilyFunction.BackwardFromOutput => Logistic.SigmoidBackwardFromOutput,
        FamilyFunction.BackwardFromInput => Logistic.SigmoidBackwardFromInput,
        FamilyFunction.Silu => (x, _) => Logistic.Silu(x),
        FamilyFunction.SiluDerivative => (x, _) => Logistic.SiluDerivative(x),
        FamilyFunction.SiluBackward => Logistic.SiluBackward,
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    private static Func<double, double, double> ScalarDouble(FamilyFunction f) => f switch
    {
        FamilyFunction.Sigmoid => (x, _) => Logistic.Sigmoid(x),
        FamilyFunction.SigmoidDerivative => (x, _) => Logistic.SigmoidDerivative(x),
        FamilyFunction.Logit => (x, _) => Logistic.Logit(x),
        FamilyFunction.LogSigmoid => (x, _) => Logistic.LogSigmoid(x),
        FamilyFunction.Softplus => (x, _) => Logistic.Softplus(x),
        FamilyFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits,
        FamilyFunction.BceGradient => Logistic.BinaryCrossEntropyWithLogitsGradient,
        FamilyFunction.BackwardFromOutput => Logistic.SigmoidBackwardFromOutput,
        FamilyFunction.BackwardFromInput => Logistic.SigmoidBackwardFromInput,
        FamilyFunction.Silu => (x, _) => Logistic.Silu(x),
        FamilyFunction.SiluDerivative => (x, _) => Logistic.SiluDerivative(x),
        FamilyFunction.SiluBackward => Logistic.SiluBackward,
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    private static Func<Half, Half, Half> ScalarHalf(FamilyFunction f) => f switch
    {
        FamilyFunction.Sigmoid => (x, _) => Logistic.Sigmoid(x),
        FamilyFunction.SigmoidDerivative => (x, _) => Logistic.SigmoidDerivative(x),
        FamilyFunction.Logit => (x, _) => Logistic.Logit(x),
        FamilyFunction.LogSigmoid => (x, _) => Logistic.LogSigmoid(x),
        FamilyFunction.Softplus => (x, _) => Logistic.Softplus(x),
        FamilyFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits,
        FamilyFunction.BceGradient => Logistic.BinaryCrossEntropyWithLogitsGradient,
        FamilyFunction.BackwardFromOutput => Logistic.SigmoidBackwardFromOutput,
        FamilyFunction.BackwardFromInput => Logistic.SigmoidBackwardFromInput,
        FamilyFunction.Silu => (x, _) => Logistic.Silu(x),
        FamilyFunction.SiluDerivative => (x, _) => Logistic.SiluDerivative(x),
        FamilyFunction.SiluBackward => Logistic.SiluBackward,
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    [Fact]
    public void MalformedLineStopsAfterEveryEarlierResultWasWritten()
    {
        int good = EvalRunner.BatchSize + 10; // one full batch already written, ten still pending when the bad line comes
        var input = string.Concat(Enumerable.Repeat("0\n", good)) + "\n  \n0.5x\n1\n";
        var (code, output, err) = Eval<double>(FamilyFunction.Sigmoid, input);
        Assert.Equal(LabCommandLine.UsageError, code);
        var lines = Lines(output);
        Assert.Equal(good, lines.Length);
        Assert.All(lines, l => Assert.Equal("0.5", l));
        // blank lines count in the numbering: good lines, then an empty and a whitespace line, then the bad one
        Assert.StartsWith($"line {good + 3}: cannot parse \"0.5x\"", err);
    }

    [Fact]
    public void LongMalformedLineIsQuotedShortened()
    {
        var (code, _, err) = Eval<float>(FamilyFunction.Sigmoid, new string('z', 500) + "\n");
        Assert.Equal(2, code);
        Assert.StartsWith("line 1: cannot parse \"zzz", err);
        Assert.True(err.Length < 250, err);
    }

    [Fact]
    public void SkipInvalidSkipsAndCounts()
    {
        var (code, output, err) = Eval<double>(FamilyFunction.Sigmoid, "0\nfoo\n\ninf\n1,5\n-inf\nbar\n", skip: true);
        Assert.Equal(0, code);
        Assert.Equal(["0.5", "1", "0"], Lines(output));
        Assert.Contains("skipped 3 invalid line(s)", err);
        var (_, _, quiet) = Eval<double>(FamilyFunction.Sigmoid, "0\n", skip: true);
        Assert.Equal("", quiet);
    }

    [Fact]
    public void BceTakesTwoColumnsSeparatedByWhitespaceOrComma()
    {
        // z = 0: loss = ln 2 whatever the label; gradient = ½ - y
        var (code, output, err) = Eval<double>(FamilyFunction.BceWithLogits, "0 0\n0,1\n0 , 0.5\n0\t1\n  0   0.25  \n");
        Assert.True(code == 0, err);
        Assert.Equal(Enumerable.Repeat("0.6931471805599453", 5), Lines(output));
        var (_, grad, _) = Eval<double>(FamilyFunction.BceGradient, "0,0\n0,1\n0 0.25\n");
        Assert.Equal(["0.5", "-0.5", "0.25"], Lines(grad));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1 2 3")]
    [InlineData("1,,2")]
    [InlineData("1,2,")]
    [InlineData(",1")]
    [InlineData("1;2")]
    [InlineData("a b")]
    public void MalformedPairsAreErrors(string line)
    {
        var (code, output, err) = Eval<double>(FamilyFunction.BceWithLogits, "0 1\n" + line + "\n");
        Assert.Equal(2, code);
        Assert.Single(Lines(output));
        Assert.StartsWith("line 2: cannot parse", err);
        Assert.Contains("two numbers", err);
    }

    [Fact]
    public void InputFileThroughTheCommandLine()
    {
        string file = Path.Combine(Path.GetTempPath(), $"sigmoid-eval-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "0\n-inf\n");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = LabCommandLine.Run(["eval", "sigmoid", "--type", "half", "--input", file], stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            Assert.Equal(["0.5", "0"], Lines(stdout.ToString()));
        }
        finally { File.Delete(file); }
    }

    [Theory]
    [InlineData("eval", "tanh")]
    [InlineData("eval", "sigmoid", "--type", "int")]
    [InlineData("eval", "sigmoid", "--input", "/nonexistent/dir/file.txt")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var stderr = new StringWriter();
        Assert.Equal(LabCommandLine.UsageError, LabCommandLine.Run(args, new StringWriter(), stderr));
        Assert.NotEqual("", stderr.ToString());
    }
}
