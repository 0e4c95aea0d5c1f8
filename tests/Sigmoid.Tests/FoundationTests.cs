using Sigmoid.Cli;

namespace Sigmoid.Tests;

public class FoundationTests
{
    [Fact]
    public void UnknownCommandIsUsageErrorOnStderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(["no-such-command"], stdout, stderr);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("no-such-command", stderr.ToString());
    }

    [Fact]
    public void SigmoidAtZeroIsExactlyHalf()
    {
        Assert.Equal(0.5, Logistic.Sigmoid(0.0));
        Assert.Equal(0.5f, Logistic.Sigmoid(0.0f));
        Assert.Equal((Half)0.5, Logistic.Sigmoid((Half)0));
    }
}
