using Sigmoid.Cli;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Tests.Learning;

/// <summary><c>--delimiter</c> and the detection it overrides.</summary>
public sealed class CsvDelimiterTests
{
    [Theory]
    [InlineData("a,b,y", ',')]
    [InlineData("a;b;y", ';')]
    [InlineData("a\tb\ty", '\t')]
    [InlineData("\"a;b\",c,y", ',')]   // a delimiter inside quotes does not count
    [InlineData("\"x,y\";z", ';')]
    [InlineData("y", ',')]             // nothing to go by: comma
    public void DetectsTheDelimiterOutsideQuotes(string header, char expected) => Assert.Equal(expected, LabeledCsv.Detect(header));

    [Fact]
    public void AGivenDelimiterOverridesDetection()
    {
        var data = LabeledCsv.Parse(["a,b;y", "1;0", "2;1"], "y", "t.csv", out var notes, delimiter: ';');
        Assert.Equal(["a,b"], data.FeatureNames);
        Assert.Empty(notes);
    }

    [Fact]
    public void UnknownDelimiterNameIsAUsageError()
    {
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(["logreg", "--csv", "whatever.csv", "--label", "y", "--delimiter", "pipe"], new StringWriter(), stderr);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("--delimiter must be auto, comma, semicolon or tab", stderr.ToString());
    }
}
