using System.Xml.Linq;
using Sigmoid.Lab.Sheet;
using SkiaSharp;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Lab;

/// <summary>Runs `sigmoid plot` once per format and language into folders that did not exist before.</summary>
public sealed class PlotFixture
{
    public PlotFixture()
    {
        Root = Path.Combine(CliRun.TempFolder("plot"), "not", "yet");
        foreach (string format in new[] { "png", "svg" })
            foreach (string lang in new[] { "en", "ru" })
                Runs[(format, lang)] = CliRun.Run("plot", "--format", format, "--lang", lang, "--out", Folder(format, lang));
    }

    public string Root { get; }

    public Dictionary<(string Format, string Lang), (int Code, string Stdout, string Stderr)> Runs { get; } = [];

    public string Folder(string format, string lang) => Path.Combine(Root, $"{format}-{lang}");
}

/// <summary>`sigmoid plot`: every figure is a valid PNG/SVG of 800×500 with its text really drawn.</summary>
public class PlotCommandTests(PlotFixture plots) : IClassFixture<PlotFixture>
{
    private static readonly string[] Names =
        ["sigmoid-and-derivative", "steepening", "steepening-zoom", "symmetry", "product-collapse", "logit", "log-sigmoid", "layer-bound", "update-quadrants"];

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void PngFiguresHaveTheRightSizeAndTextInTheTitleBand(string lang)
    {
        var (code, stdout, stderr) = plots.Runs[("png", lang)];
        Assert.True(code == 0, stderr);
        foreach (string name in Names)
        {
            string path = Path.Combine(plots.Folder("png", lang), name + ".png");
            Assert.Contains(path, stdout);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.NotNull(bitmap);
            Assert.Equal((800, 500), (bitmap.Width, bitmap.Height));
            // The title is drawn centred in the top band: some pixels there must be dark (text), most light.
            int dark = 0;
            for (int y = 0; y < 40; y++)
                for (int x = 100; x < 700; x++)
                {
                    var c = bitmap.GetPixel(x, y);
                    if (c.Red + c.Green + c.Blue < 300) dark++;
                }
            Assert.True(dark > 200, $"{name}.png ({lang}): only {dark} dark pixels where the title should be");
            Assert.True(dark < 600 * 40 / 2, $"{name}.png ({lang}): title band is mostly dark");
        }
    }

    [Fact]
    public void RussianAndEnglishTitlesDrawDifferentPixels()
    {
        foreach (string name in Names)
        {
            using var en = SKBitmap.Decode(Path.Combine(plots.Folder("png", "en"), name + ".png"));
            using var ru = SKBitmap.Decode(Path.Combine(plots.Folder("png", "ru"), name + ".png"));
            int differing = 0;
            for (int y = 0; y < 40; y++)
                for (int x = 0; x < 800; x++)
                    if (en.GetPixel(x, y) != ru.GetPixel(x, y)) differing++;
            Assert.True(differing > 100, $"{name}: the Cyrillic title did not change the title band");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void SvgFiguresAreValidXmlOfTheRightSizeContainingTheTitle(string lang)
    {
        var (code, _, stderr) = plots.Runs[("svg", lang)];
        Assert.True(code == 0, stderr);
        foreach (var figure in SheetFigures.All)
        {
            var svg = XDocument.Load(Path.Combine(plots.Folder("svg", lang), figure.Name + ".svg")).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal("800", svg.Attribute("width")?.Value);
            Assert.Equal("500", svg.Attribute("height")?.Value);
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
            Assert.Contains(figure.Title(Languages.Parse(lang)), texts);
        }
    }

    [Fact]
    public void EveryFigureOfTheSheetIsWrittenAndNothingElse()
    {
        Assert.Equal(Names, SheetFigures.All.Select(f => f.Name).ToArray());
        foreach (var ((format, lang), _) in plots.Runs)
            Assert.Equal(Names.Select(n => $"{n}.{format}").Order(), Directory.GetFiles(plots.Folder(format, lang)).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void OutNeverDeletesOtherFiles()
    {
        string dir = CliRun.TempFolder("plot-keep");
        string keep = Path.Combine(dir, "keep-me.txt");
        string nested = Path.Combine(dir, "sub", "also-keep.csv");
        string sameName = Path.Combine(dir, "logit.txt");
        File.WriteAllText(keep, "mine");
        File.WriteAllText(sameName, "not a figure");
        Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
        File.WriteAllText(nested, "1,2");
        Assert.Equal(0, CliRun.Run("plot", "--format", "svg", "--out", dir).Code);
        Assert.Equal("mine", File.ReadAllText(keep));
        Assert.Equal("not a figure", File.ReadAllText(sameName));
        Assert.Equal("1,2", File.ReadAllText(nested));
        Assert.Equal(Names.Length + 2, Directory.GetFiles(dir).Length);
    }
}
