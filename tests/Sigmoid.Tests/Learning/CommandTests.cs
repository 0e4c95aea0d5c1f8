using System.Text.Json;
using Sigmoid.Cli;

namespace Sigmoid.Tests.Learning;

/// <summary>The JSON shapes and usage errors of <c>sigmoid vanishing</c>, <c>zigzag</c> and <c>logreg</c>, in process.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-learning-{Guid.NewGuid():N}");

    public CommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private string Csv(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void VanishingJsonHasOneRunPerActivationAndDepth()
    {
        var (code, stdout, stderr) = Run("vanishing", "--depths", "2,4", "--activations", "sigmoid,relu", "--epochs", "2", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["runs"], Keys(root));
        var runs = root.GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal(4, runs.Length);
        foreach (var run in runs)
        {
            Assert.Equal(["activation", "depth", "gradNormsAtInit", "finalLoss", "finalAccuracy"], Keys(run));
            Assert.Equal(run.GetProperty("depth").GetInt32() + 1, run.GetProperty("gradNormsAtInit").GetArrayLength());
            Assert.InRange(run.GetProperty("finalAccuracy").GetDouble(), 0, 1);
        }
        Assert.Equal(["sigmoid", "sigmoid", "relu", "relu"], runs.Select(r => r.GetProperty("activation").GetString()));
        Assert.True(File.Exists(Path.Combine(_dir, "vanishing.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "vanishing-per-layer.png")));
    }

    [Fact]
    public void VanishingTrainsOnAUserCsv()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"{i % 7},{(i * 3) % 5},{(i % 7 > 3 ? 1 : 0)}");
        string path = Csv("train.csv", "p,q,label\n" + string.Join("\n", rows));
        var (code, stdout, stderr) = Run("vanishing", "--csv", path, "--label", "label", "--depths", "2", "--activations", "tanh", "--epochs", "2", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        Assert.Equal(3, run.GetProperty("gradNormsAtInit").GetArrayLength());
    }

    [Theory]
    [InlineData("--depths", "2,x")]
    [InlineData("--depths", "0")]
    [InlineData("--activations", "softmax")]
    [InlineData("--dataset", "mnist")]
    [InlineData("--label", "y")]
    public void VanishingUsageErrorsExitTwoWithAMessage(string option, string value)
    {
        var (code, stdout, stderr) = Run("vanishing", option, value, "--epochs", "1", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.StartsWith("sigmoid vanishing: ", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void ZigZagJsonShapeAndClaims()
    {
        var (code, stdout, stderr) = Run("zigzag", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["sameSignShare", "stepsToTolerance"], Keys(root));
        Assert.Equal(["sigmoid", "tanh", "centred"], Keys(root.GetProperty("sameSignShare")));
        Assert.Equal(["positive", "centred"], Keys(root.GetProperty("stepsToTolerance")));
        Assert.Equal(1.0, root.GetProperty("sameSignShare").GetProperty("sigmoid").GetDouble());
        int positive = root.GetProperty("stepsToTolerance").GetProperty("positive").GetInt32();
        int centred = root.GetProperty("stepsToTolerance").GetProperty("centred").GetInt32();
        Assert.True(positive > centred && centred > 0, $"{positive} vs {centred}");
    }

    [Fact]
    public void LogRegJsonShape()
    {
        var rows = Enumerable.Range(0, 60).Select(i => $"{Math.Sin(i):R},{Math.Cos(3 * i):R},{(Math.Sin(i) + 0.7 * Math.Cos(7 * i) > 0 ? 1 : 0)}");
        string path = Csv("lr.csv", "alpha,beta,y\n" + string.Join("\n", rows));
        var (code, stdout, stderr) = Run("logreg", "--csv", path, "--label", "y", "--standardize", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["intercept", "coefficients", "logLoss", "accuracy"], Keys(root));
        Assert.Equal(["alpha", "beta"], Keys(root.GetProperty("coefficients")));
        Assert.InRange(root.GetProperty("logLoss").GetDouble(), 0, Math.Log(2));
        Assert.True(File.Exists(Path.Combine(_dir, "logreg-reliability.png")));
    }

    [Fact]
    public void LogRegReportsTheLineOfABadValue()
    {
        string path = Csv("bad.csv", "a,b,y\n1,2,0\n3,,1\n");
        var (code, _, stderr) = Run("logreg", "--csv", path, "--label", "y", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("line 3, column 'b': missing value", stderr);
    }

    [Fact]
    public void LogRegOnSeparableDataSuggestsL2AndFitsWithIt()
    {
        string path = Csv("sep.csv", "a,y\n1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n");
        var (code, stdout, stderr) = Run("logreg", "--csv", path, "--label", "y", "--json", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("separable", stderr);
        Assert.Contains("--l2", stderr);
        Assert.Equal("", stdout);
        (code, stdout, stderr) = Run("logreg", "--csv", path, "--label", "y", "--l2", "1", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        Assert.Equal(1.0, JsonDocument.Parse(stdout).RootElement.GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void LogRegNeedsCsvAndLabel()
    {
        Assert.Equal(LabCommandLine.UsageError, Run("logreg", "--label", "y").Code);
        string path = Csv("x.csv", "a,y\n1,0\n2,1\n");
        Assert.Equal(LabCommandLine.UsageError, Run("logreg", "--csv", path, "--label", "y", "--l2", "-1", "--out", _dir).Code);
    }
}
