using Sigmoid.Lab.Experiments;

namespace Sigmoid.Tests.Learning;

/// <summary>The CSV reader's messages name the line and column and say why.</summary>
public class LabeledCsvTests
{
    private static LabeledDataset Parse(string text, out IReadOnlyList<string> notes, string label = "y") =>
        LabeledCsv.Parse(text.Split('\n'), label, "t.csv", out notes);

    private static string Error(string text, string label = "y") =>
        Assert.Throws<CsvDataException>(() => Parse(text, out _, label)).Message;

    [Fact]
    public void ReadsFeaturesInColumnOrderAndLabels()
    {
        var data = Parse("a,y,b\n1,0,2\n\n3,1,4.5e1\n", out var notes);
        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal([1, 2, 3, 45], data.Features);
        Assert.Equal([0, 1], data.Labels);
        Assert.Empty(notes);
    }

    [Fact]
    public void MissingValueNamesLineAndColumn() => Assert.Equal("t.csv: line 3, column 'b': missing value.", Error("a,b,y\n1,2,0\n2,,1"));

    [Fact]
    public void NonNumericValueNamesLineAndColumn() => Assert.Equal("t.csv: line 4, column 'a': 'abc' is not a number.", Error("a,b,y\n1,2,0\n\nabc,1,1"));

    [Fact]
    public void NonFiniteValueIsRejected() => Assert.Contains("line 2, column 'b': 'NaN' is not a finite number", Error("a,b,y\n1,NaN,0"));

    [Fact]
    public void WrongFieldCountNamesTheLine() => Assert.Equal("t.csv: line 3: expected 3 fields as in the header, found 2.", Error("a,b,y\n1,2,0\n1,1"));

    [Fact]
    public void ThirdLabelValueNamesTheLine()
    {
        var message = Error("a,y\n1,0\n2,1\n3,1\n4,2");
        Assert.StartsWith("t.csv: line 5, column 'y': a third label value 2 (after 0 and 1)", message);
    }

    [Fact]
    public void OneClassOnlyIsAnError() => Assert.Contains("has only one class (1) in all 2 rows", Error("a,y\n1,1\n2,1"));

    [Fact]
    public void UnknownLabelColumnListsTheColumns() => Assert.Equal("t.csv: line 1: the header has no column 'y'; its columns are: a, b.", Error("a,b\n1,2"));

    [Fact]
    public void EmptyFileAndHeaderOnly()
    {
        Assert.Contains("empty", Error(""));
        Assert.Contains("no data rows", Error("a,y\n"));
        Assert.Contains("at least one feature", Error("y\n1"));
    }

    [Fact]
    public void TwoOtherNumbersAreMappedWithANote()
    {
        var data = Parse("a,y\n1,5\n2,-3\n3,5", out var notes);
        Assert.Equal([1, 0, 1], data.Labels);
        Assert.Equal(["label values -3 and 5 are read as classes 0 and 1."], notes);
    }

    [Fact]
    public void MissingFileSaysSo() =>
        Assert.Contains("file not found", Assert.Throws<CsvDataException>(() => LabeledCsv.Read("/no/such/file.csv", "y", out _)).Message);
}
