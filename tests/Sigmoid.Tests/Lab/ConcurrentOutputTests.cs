using Sigmoid.Lab.Plotting;

namespace Sigmoid.Tests.Lab;

/// <summary>
/// Two runs writing into the same folder (two <c>sigmoid plot --out DIR</c> at once) must each leave complete
/// figures: a figure file is replaced in one rename, never seen half written.
/// </summary>
public class ConcurrentOutputTests
{
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
