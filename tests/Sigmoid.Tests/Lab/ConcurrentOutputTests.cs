using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Report;

namespace Sigmoid.Tests.Lab;

/// <summary>
/// Two runs writing into the same folder (two <c>sigmoid report --out DIR</c> at once) must each produce a complete
/// page: a figure file is replaced in one rename, never seen half written, and the page embeds the figures its own
/// run drew, from memory, not whatever the folder holds at that moment.
/// </summary>
public class ConcurrentOutputTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task ReportSectionEmbedsTheFiguresItsRunDrewWhateverHappensToTheFiles()
    {
        string dir = CliRun.TempFolder("concurrent-report");
        using var stop = new CancellationTokenSource();
        // Another "run" that keeps rewriting the same figure paths (here with bytes that are no picture at all).
        var other = Task.Run(() =>
        {
            byte[] junk = "half a picture"u8.ToArray();
            string folder = Path.Combine(dir, "logreg");
            while (!stop.IsCancellationRequested)
                foreach (string name in new[] { "logreg-reliability.png", "logreg-convergence.png" })
                {
                    try
                    {
                        Directory.CreateDirectory(folder);
                        File.WriteAllBytes(Path.Combine(folder, name), junk);
                    }
                    catch (IOException) { }
                    catch (UnauthorizedAccessException) { }
                }
        });
        ExperimentOutcome outcome;
        try { outcome = ExperimentBlocks.Run("logistic-regression", dir, "en", null); }
        finally
        {
            stop.Cancel();
            await other.WaitAsync(TimeSpan.FromSeconds(30));
        }
        try
        {
            Assert.Null(outcome.Failure);
            var figures = outcome.Blocks.OfType<FigureBlock>().ToArray();
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.Equal(PngSignature, f.Bytes.Take(8)));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task AFigureFileIsNeverSeenHalfWritten()
    {
        string dir = CliRun.TempFolder("atomic-figure");
        try
        {
            var small = LabStyle.NewPlot("a", "x", "y");
            var large = LabStyle.NewPlot("b", "x", "y");
            large.Add.Signal(Enumerable.Range(0, 2000).Select(i => Math.Sin(i * 0.37) * i).ToArray());
            byte[][] complete = [LabStyle.Render(small, FigureFormat.Png), LabStyle.Render(large, FigureFormat.Png)];
            string path = Path.Combine(dir, "f.png");
            LabStyle.Save(small, dir, "f", FigureFormat.Png);
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() =>
            {
                for (int i = 0; !stop.IsCancellationRequested; i++)
                    LabStyle.Save(i % 2 == 0 ? large : small, dir, "f", FigureFormat.Png);
            });
            var seen = new List<int>();
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (clock.Elapsed < TimeSpan.FromSeconds(3) && !writer.IsCompleted)
                {
                    byte[] read;
                    try { read = File.ReadAllBytes(path); }
                    catch (FileNotFoundException) { read = []; } // a moment with no file at all is as bad
                    seen.Add(read.Length);
                    Assert.True(read.AsSpan().SequenceEqual(complete[0]) || read.AsSpan().SequenceEqual(complete[1]),
                        $"read {read.Length} bytes, neither complete figure ({complete[0].Length} or {complete[1].Length} bytes)");
                }
            }
            finally
            {
                stop.Cancel();
                await writer.WaitAsync(TimeSpan.FromSeconds(30));
            }
            Assert.True(seen.Count > 10, $"only {seen.Count} reads");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
