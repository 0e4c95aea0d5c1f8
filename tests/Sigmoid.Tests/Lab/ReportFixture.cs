namespace Sigmoid.Tests.Lab;

/// <summary>Builds the report once (English, defaults) for every test of <see cref="ReportCollection"/>.</summary>
public sealed class ReportFixture
{
    public ReportFixture()
    {
        Folder = CliRun.TempFolder("report");
        KeptFile = Path.Combine(Folder, "keep-me.txt");
        File.WriteAllText(KeptFile, "mine");
        (Code, Stdout, Stderr) = CliRun.Run("report", "--out", Folder);
        IndexPath = Path.Combine(Folder, "index.html");
        Html = File.Exists(IndexPath) ? File.ReadAllText(IndexPath) : "";
    }

    public string Folder { get; }
    public string KeptFile { get; }
    public int Code { get; }
    public string Stdout { get; }
    public string Stderr { get; }
    public string IndexPath { get; }
    public string Html { get; }
}

[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "lab report";
}
