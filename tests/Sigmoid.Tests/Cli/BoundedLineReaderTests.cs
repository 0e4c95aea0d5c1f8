using CsCheck;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Tests.Cli;

/// <summary><see cref="BoundedLineReader"/> splits exactly as <see cref="TextReader.ReadLine"/> does, whatever the read sizes.</summary>
public class BoundedLineReaderTests
{
    /// <summary>Hands out at most <paramref name="step"/> characters a read, so line breaks (and \r\n pairs) straddle reads.</summary>
    private sealed class TrickleReader(string text, int step) : TextReader
    {
        private int _at;
        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(Math.Min(count, step), text.Length - _at);
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }

    private static List<string> ReadAll(TextReader reader, int max)
    {
        var lines = new List<string>();
        var bounded = new BoundedLineReader(reader, max);
        LineRead r;
        while ((r = bounded.Next(out var line)) != LineRead.End)
            lines.Add(r == LineRead.TooLong ? "<too long>" : line.ToString());
        return lines;
    }

    private static List<string> Expected(string text, int max)
    {
        var lines = new List<string>();
        var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null) lines.Add(line.Length > max ? "<too long>" : line);
        return lines;
    }

    [Fact]
    public void SameLinesAsReadLineForAnyTextAndReadSize()
    {
        Gen.Select(Gen.String[Gen.Char["ab\r\n"], 0, 400], Gen.Int[1, 70], Gen.Int[1, 30])
            .Sample((text, step, max) => Assert.Equal(Expected(text, max), ReadAll(new TrickleReader(text, step), max)), seed: "0000000000NN", iter: 2000);
    }

    [Theory]
    [InlineData("1\r\n2\r3\n\n4", new[] { "1", "2", "3", "", "4" })]
    [InlineData("\r", new[] { "" })]
    [InlineData("\r\n", new[] { "" })]
    [InlineData("", new string[0])]
    [InlineData("x", new[] { "x" })]
    public void LineBreaks(string text, string[] expected)
    {
        foreach (int step in new[] { 1, 2, 1000 })
            Assert.Equal(expected, ReadAll(new TrickleReader(text, step), 10));
    }
}
