using System.Globalization;

namespace Sigmoid.Tests.Cli;

/// <summary><c>sigmoid eval</c> as a real program: stdin to stdout, exit codes, and memory that stays flat while streaming.</summary>
public class EvalProcessTests
{
    [Fact]
    public void FiltersRealStdinToStdout()
    {
        using var p = CliProcess.Start("eval", "sigmoid", "--type", "float");
        p.StandardInput.Write("0\n-0\ninf\n-inf\nnan\n\n1e-3\nnot-a-number\n5\n");
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        string error = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(60_000));
        Assert.Equal(2, p.ExitCode);
        // σ(0) = σ(-0) = ½, σ(±∞) = 1 and 0, σ(NaN) = NaN, σ(0.001) ≈ 0.50025 rounded to float; then the bad line stops it
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["0.5", "0.5", "1", "0", "NaN"], lines[..5]);
        Assert.Equal(6, lines.Length);
        Assert.Equal(0.50025f, float.Parse(lines[5], CultureInfo.InvariantCulture), 1e-6f);
        Assert.StartsWith("line 8: cannot parse \"not-a-number\"", error);
    }

    /// <summary>
    /// Streams a million lines through a pipe and samples the child's peak resident memory (VmHWM, which the OS keeps
    /// for us) after 100,000 lines and again after 1,000,000, while the child is still alive and waiting for input.
    /// A filter that kept its input or its results would grow by tens of megabytes (a million lines of text are
    /// about 20 MB as UTF-8, 40 MB as .NET strings); a streaming one stays within a few.
    /// </summary>
    [Fact]
    public async Task MemoryStaysFlatOverAMillionLines()
    {
        if (!OperatingSystem.IsLinux()) return; // VmHWM comes from /proc
        using var p = CliProcess.Start("eval", "softplus");
        long outputLines = 0;
        var reader = Task.Run(() =>
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = p.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') Interlocked.Increment(ref outputLines);
        });
        var errors = p.StandardError.ReadToEndAsync();

        var rng = new Random(99);
        var stdin = p.StandardInput;
        stdin.AutoFlush = false;
        long PeakAfter(int lines)
        {
            stdin.Flush();
            // wait until the child has consumed nearly everything (its output lags by at most one batch and its buffer)
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Interlocked.Read(ref outputLines) < lines - 3 * 4096 && DateTime.UtcNow < deadline) Thread.Sleep(20);
            return ReadPeakKiB(p.Id);
        }

        long at100k = 0;
        for (int i = 1; i <= 1_000_000; i++)
        {
            stdin.Write(((rng.NextDouble() - 0.5) * 60).ToString("R", CultureInfo.InvariantCulture));
            stdin.Write('\n');
            if (i == 100_000) at100k = PeakAfter(i);
        }
        long at1m = PeakAfter(1_000_000);
        stdin.Close();
        Assert.True(p.WaitForExit(60_000));
        await reader.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(p.ExitCode == 0, await errors);
        Assert.Equal(1_000_000, Interlocked.Read(ref outputLines));
        long growthKiB = at1m - at100k;
        Assert.True(growthKiB < 16 * 1024, $"peak memory grew by {growthKiB} KiB between 100k and 1M lines ({at100k} → {at1m} KiB)");
    }

    private static long ReadPeakKiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        throw new InvalidOperationException("no VmHWM in /proc/<pid>/status");
    }
}
