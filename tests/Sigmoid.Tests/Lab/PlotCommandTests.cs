using System.Xml.Linq;
using Sigmoid.Lab.Sheet;
using SkiaSharp;

namespace Sigmoid.Tests.Lab;

/// <summary>`sigmoid plot`: every figure is a valid PNG/SVG of 800×500 with its text really drawn.</summary>
public class PlotCommandTests
{
    private static readonly string[] Names =
        ["sigmoid-and-derivative", "steepening", "symmetry", "logit", "log-sigmoid", "layer-bound"];

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void PngFiguresHaveTheRightSizeAndTextInTheTitleBand(string lang)
    {
        string dir = CliRun.TempFolder("plot-png");
        var (code, stdout, stderr) = CliRun.Run("plot", "--format", "png", "--lang", lang, "--out", dir);
        Assert.True(code == 0, stderr);
        foreach (string name in Names)
        {
            string path = Path.Combine(dir, name + ".png");
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
        string dir = CliRun.TempFolder("plot-lang");
        Assert.Equal(0, CliRun.Run("plot", "--lang", "en", "--out", Path.Combine(dir, "en")).Code);
        Assert.Equal(0, CliRun.Run("plot", "--lang", "ru", "--out", Path.Combine(dir, "ru")).Code);
        using var en = SKBitmap.Decode(Path.Combine(dir, "en", "logit.png"));
        using var ru = SKBitmap.Decode(Path.Combine(dir, "ru", "logit.png"));
        int differing = 0;
        for (int y = 0; y < 40; y++)
            for (int x = 0; x < 800; x++)
                if (en.GetPixel(x, y) != ru.GetPixel(x, y)) differing++;
        Assert.True(differing > 100, "the Cyrillic title did not change the title band");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void SvgFiguresAreValidXmlOfTheRightSizeContainingTheTitle(string lang)
    {
        string dir = CliRun.TempFolder("plot-svg");
        var (code, _, stderr) = CliRun.Run("plot", "--format", "svg", "--lang", lang, "--out", dir);
        Assert.True(code == 0, stderr);
        foreach (var figure in SheetFigures.All)
        {
            var svg = XDocument.Load(Path.Combine(dir, figure.Name + ".svg")).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal("800", svg.Attribute("width")?.Value);
            Assert.Equal("500", svg.Attribute("height")?.Value);
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
            Assert.Contains(figure.Title.In(lang), texts);
        }
    }

    [Fact]
    public void OutNeverDeletesOtherFiles()
    {
        string dir = CliRun.TempFolder("plot-keep");
        string keep = Path.Combine(dir, "keep-me.txt");
        string nested = Path.Combine(dir, "sub", "also-keep.csv");
        File.WriteAllText(keep, "mine");
        Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
        File.WriteAllText(nested, "1,2");
        Assert.Equal(0, CliRun.Run("plot", "--out", dir).Code);
        Assert.Equal(0, CliRun.Run("plot", "--format", "svg", "--out", dir).Code);
        Assert.Equal("mine", File.ReadAllText(keep));
        Assert.Equal("1,2", File.ReadAllText(nested));
        Assert.Equal(Names.Length * 2 + 1, Directory.GetFiles(dir).Length);
    }

    [Fact]
    public void OutIsCreatedWhenMissing()
    {
        string dir = Path.Combine(CliRun.TempFolder("plot-new"), "a", "b");
        Assert.Equal(0, CliRun.Run("plot", "--out", dir).Code);
        Assert.True(File.Exists(Path.Combine(dir, "steepening.png")));
    }
}
