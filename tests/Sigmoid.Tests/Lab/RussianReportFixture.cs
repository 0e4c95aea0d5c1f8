namespace Sigmoid.Tests.Lab;

/// <summary>Builds the Russian report once (<c>sigmoid report --lang ru</c>, defaults) for the tests that read it.</summary>
public sealed class RussianReportFixture
{
    public RussianReportFixture()
    {
        Folder = CliRun.TempFolder("report-ru");
        (Code, Stdout, Stderr) = CliRun.Run("report", "--lang", "ru", "--out", Folder);
        IndexPath = Path.Combine(Folder, "index.html");
        Html = File.Exists(IndexPath) ? File.ReadAllText(IndexPath) : "";
    }

    public string Folder { get; }
    public int Code { get; }
    public string Stdout { get; }
    public string Stderr { get; }
    public string IndexPath { get; }
    public string Html { get; }
}
