using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// <c>sigmoid eval</c> as a real program when its surroundings misbehave: the reader of its output goes away, its
/// output is closed from the start, it is interrupted, one line never ends.
/// </summary>
public class EvalOutputProcessTests
{
    /// <summary>Feeds random numbers to the child's stdin, one a line, until the child stops reading.</summary>
    private static Task Feed(Process p, int seed) => Task.Run(() =>
    {
        var rng = new Random(seed);
        var stdin = p.StandardInput;
        stdin.AutoFlush = false;
        try
        {
            while (true)
            {
                for (int i = 0; i < 1000; i++)
                {
                    stdin.Write(((rng.NextDouble() - 0.5) * 60).ToString("R", CultureInfo.InvariantCulture));
                    stdin.Write('\n');
                }
                stdin.Flush();
            }
        }
        catch (IOException) { } // the child exited: broken pipe
        catch (ObjectDisposedException) { }
    });

    private static void KillIfRunning(Process p)
    {
        if (!p.HasExited) p.Kill(entireProcessTree: true);
    }

    /// <summary><c>yes 0.5 | sigmoid eval sigmoid | head -1</c>: once the reader closes the pipe, eval must stop, exit 0, say nothing.</summary>
    [Fact]
    public async Task StopsWhenTheReaderOfItsOutputGoesAway()
    {
        using var p = CliProcess.Start("eval", "sigmoid");
        var errors = p.StandardError.ReadToEndAsync();
        var feeding = Feed(p, 1);
        try
        {
            string? first = p.StandardOutput.ReadLine();
            Assert.NotNull(first);
            double.Parse(first, CultureInfo.InvariantCulture);
            p.StandardOutput.Close(); // like `head -1` exiting
            bool exited = p.WaitForExit(20_000); // "within a second" on an idle machine; generous under load
            Assert.True(exited, "eval kept running after its output pipe was closed");
            Assert.Equal(0, p.ExitCode);
            Assert.Equal("", await errors);
        }
        finally
        {
            KillIfRunning(p);
            await feeding.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary><c>sigmoid eval sigmoid &gt;&amp;-</c>: a one-line message (as coreutils give), exit 1, no stack trace.</summary>
    [Fact]
    public void ClosedStandardOutputGivesAMessageNotAStackTrace()
    {
        if (!OperatingSystem.IsLinux()) return; // needs a shell that can close descriptor 1
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec dotnet \"$0\" eval sigmoid >&-");
        info.ArgumentList.Add(CliProcess.DllPath());
        using var p = Process.Start(info)!;
        p.StandardInput.Write("0.5\n");
        p.StandardInput.Close();
        string err = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(60_000));
        Assert.Equal(1, p.ExitCode);
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("Exception", err);
        Assert.Equal("sigmoid eval: cannot write to standard output: Bad file descriptor", err.Trim());
    }

    /// <summary>
    /// Ctrl+C in the middle of a stream: everything written must be whole lines ending in a newline (before, the
    /// output was cut wherever the 64 Ki-character buffer was full, e.g. <c>0.52</c> without a newline). Every input
    /// is 0.1, so every output line is σ(0.1) = 0.52497918747894 and 17 characters long, and the first sixteen buffer
    /// boundaries (multiples of 65,536) all fall inside a line; the input stays open, so eval is mid-stream when the
    /// signal comes.
    /// </summary>
    /// <summary>
    /// <c>{ echo before; sigmoid eval sigmoid; echo after; } &gt; file</c>: eval shares the file's write position with
    /// the commands around it, so its lines land between theirs instead of being overwritten by the next writer.
    /// </summary>
    [Fact]
    public void OutputToAFileSharedWithOtherWritersKeepsEveryLine()
    {
        if (OperatingSystem.IsWindows()) return; // a POSIX shell's grouped redirection
        string file = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardError = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("{ echo before; printf '0\\n0\\n' | dotnet \"$1\" eval sigmoid; echo after; } > \"$2\"");
            info.ArgumentList.Add("sh");
            info.ArgumentList.Add(CliProcess.DllPath());
            info.ArgumentList.Add(file);
            using var p = Process.Start(info)!;
            string errors = p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(60_000));
            Assert.True(p.ExitCode == 0, errors);
            Assert.Equal(["before", "0.5", "0.5", "after"], File.ReadAllLines(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task InterruptWritesWholeLinesOnly()
    {
        if (!OperatingSystem.IsLinux()) return; // sends SIGINT with kill(1)
        // A process started in the background by a non-interactive shell inherits SIGINT ignored (as eval then rightly
        // keeps it); give the child the default disposition, as a terminal's foreground job has it (GNU env).
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--default-signal=INT", "dotnet", CliProcess.DllPath(), "eval", "sigmoid" }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var errors = p.StandardError.ReadToEndAsync();
        var output = new StringBuilder();
        var feeding = Task.Run(() =>
        {
            try
            {
                p.StandardInput.Write(string.Concat(Enumerable.Repeat("0.1\n", 20_000)));
                p.StandardInput.Flush(); // and stays open
            }
            catch (IOException) { }
        });
        try
        {
            var buffer = new char[1 << 16];
            while (output.Length < 200_000)
            {
                int n = p.StandardOutput.Read(buffer, 0, buffer.Length);
                if (n == 0) Assert.Fail("eval stopped early: " + await errors);
                output.Append(buffer, 0, n);
            }
            using (var kill = Process.Start("kill", ["-INT", p.Id.ToString(CultureInfo.InvariantCulture)]))
                Assert.True(kill.WaitForExit(30_000));
            output.Append(await p.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.True(p.WaitForExit(30_000));
            Assert.Equal(130, p.ExitCode); // 128 + SIGINT: ended by the signal, as a Unix filter is
        }
        finally
        {
            KillIfRunning(p);
            await feeding.WaitAsync(TimeSpan.FromSeconds(30));
        }
        string text = output.ToString();
        Assert.EndsWith("\n", text);
        Assert.All(text.Split('\n')[..^1], line => Assert.Equal("0.52497918747894", line));
    }

    /// <summary>
    /// 96 MiB without a line break (with <c>--skip-invalid</c>, so the child stays alive to be measured): its peak
    /// resident memory may grow by a few MiB, not by the line (before: 2.25 GB for a 300 MB line, about 7.5 bytes a
    /// character). The line is skipped and counted; the lines around it still come out.
    /// </summary>
    [Fact]
    public async Task OneEndlessLineKeepsMemoryBounded()
    {
        if (!OperatingSystem.IsLinux()) return; // VmHWM comes from /proc
        using var p = CliProcess.Start("eval", "sigmoid", "--skip-invalid");
        var outputTask = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        try
        {
            var stdin = p.StandardInput;
            stdin.AutoFlush = false;
            var ones = new string('1', 1 << 20);
            stdin.Write("0\n");
            for (int i = 0; i < 4; i++) stdin.Write(ones);
            stdin.Flush();
            Thread.Sleep(500); // the child reads what the pipe holds
            long before = ReadPeakKiB(p.Id);
            for (int i = 0; i < 92; i++) stdin.Write(ones);
            stdin.Flush();
            Thread.Sleep(500);
            long after = ReadPeakKiB(p.Id);
            stdin.Write("\ninf\n");
            stdin.Close();
            Assert.True(p.WaitForExit(60_000));
            Assert.True(after - before < 16 * 1024, $"peak memory grew by {after - before} KiB while reading 92 MiB more of one line ({before} → {after} KiB)");
            Assert.True(p.ExitCode == 0, await errors);
            Assert.Equal("0.5\n1\n", await outputTask);
            Assert.Contains("skipped 1 invalid line(s)", await errors);
        }
        finally { KillIfRunning(p); }
    }

    /// <summary>Without <c>--skip-invalid</c> the endless line stops eval at the limit: exit 2, its line number, no waiting for the rest.</summary>
    [Fact]
    public async Task OneEndlessLineStopsAtTheLimit()
    {
        using var p = CliProcess.Start("eval", "sigmoid");
        var outputTask = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() =>
        {
            var ones = new string('1', 1 << 16);
            try
            {
                p.StandardInput.Write("0\n");
                for (int i = 0; i < 4096; i++) p.StandardInput.Write(ones); // 256 MiB unless eval stops reading
                p.StandardInput.Close();
            }
            catch (IOException) { }
        });
        try
        {
            Assert.True(p.WaitForExit(60_000));
            Assert.Equal(2, p.ExitCode);
            Assert.Equal("0.5\n", await outputTask);
            Assert.StartsWith("line 2: longer than 1 MiB", await errors);
        }
        finally
        {
            KillIfRunning(p);
            await feeding.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    private static long ReadPeakKiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        throw new InvalidOperationException("no VmHWM in /proc/<pid>/status");
    }
}
