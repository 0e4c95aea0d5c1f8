using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>The Zig-zag endpoints: contour data, descent paths, and their validation.</summary>
public sealed class ZigZagApiTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartInMemory();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ContoursCoverTheOptimumWhereTheLossIsLeast()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/zigzag/contours");
        double[] w1 = body.GetProperty("w1").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double[] w2 = body.GetProperty("w2").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        foreach (string kind in new[] { "positive", "centred" })
        {
            var surface = body.GetProperty(kind);
            var loss = surface.GetProperty("loss").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
            Assert.Equal(w2.Length, loss.Length);
            Assert.All(loss, row => Assert.Equal(w1.Length, row.Length));
            double o1 = surface.GetProperty("optimum")[0].GetDouble(), o2 = surface.GetProperty("optimum")[1].GetDouble();
            Assert.InRange(o1, w1[0], w1[^1]);
            Assert.InRange(o2, w2[0], w2[^1]);
            // A quadratic bowl: non-negative everywhere, smallest at the grid point nearest the optimum.
            Assert.All(loss.SelectMany(r => r), v => Assert.True(v >= 0));
            var (j, i) = Enumerable.Range(0, w2.Length).SelectMany(jj => Enumerable.Range(0, w1.Length).Select(ii => (jj, ii)))
                .MinBy(p => loss[p.jj][p.ii]);
            Assert.Equal(o1, w1[i], 0.2);
            Assert.Equal(o2, w2[j], 0.2);
        }
        double suggested = body.GetProperty("suggestedLearningRate").GetDouble();
        Assert.True(suggested < body.GetProperty("positive").GetProperty("largestStableLearningRate").GetDouble());
        Assert.True(suggested < body.GetProperty("centred").GetProperty("largestStableLearningRate").GetDouble());
    }

    [Fact]
    public async Task TheDefaultStartShowsTheZigZag()
    {
        // The page starts from the experiment's defaults: (−1.5, 0) with η = 3, where the positive-input path crosses
        // the valley back and forth — its steps alternate in sign along the steep direction (1, 1) — and needs far
        // more steps than the centred one. (From (−1.5, 2) every positive-input step raised w₁ and lowered w₂.)
        var contours = await _client.GetFromJsonAsync<JsonElement>("/api/zigzag/contours");
        var start = contours.GetProperty("suggestedStart").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double rate = contours.GetProperty("suggestedLearningRate").GetDouble();
        Assert.Equal([-1.5, 0.0], start);
        Assert.Equal(3.0, rate);
        var body = await _client.GetFromJsonAsync<JsonElement>(FormattableString.Invariant($"/api/zigzag/path?w1={start[0]}&w2={start[1]}&learningRate={rate}"));
        var positive = body.GetProperty("positive");
        double[] w1 = positive.GetProperty("w1").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double[] w2 = positive.GetProperty("w2").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        int flips = 0;
        for (int k = 2; k < w1.Length; k++)
        {
            double before = (w1[k - 1] - w1[k - 2]) + (w2[k - 1] - w2[k - 2]), after = (w1[k] - w1[k - 1]) + (w2[k] - w2[k - 1]);
            if (before * after < 0) flips++;
        }
        Assert.True(flips >= 5, $"only {flips} reversals along (1, 1): no zig-zag");
        int positiveSteps = positive.GetProperty("steps").GetInt32(), centredSteps = body.GetProperty("centred").GetProperty("steps").GetInt32();
        Assert.True(positiveSteps > 2 * centredSteps, $"positive {positiveSteps} vs centred {centredSteps}");
    }

    [Fact]
    public async Task PathsStartAtTheClickAndEndWithinTolerance()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/zigzag/path?w1=-1.5&w2=2&learningRate=1.5&tolerance=0.001");
        int positiveSteps = 0, centredSteps = 0;
        foreach (string kind in new[] { "positive", "centred" })
        {
            var path = body.GetProperty(kind);
            double[] w1 = path.GetProperty("w1").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            double[] w2 = path.GetProperty("w2").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.Equal((-1.5, 2.0), (w1[0], w2[0]));
            Assert.True(path.GetProperty("reached").GetBoolean());
            Assert.True(Math.Sqrt((w1[^1] - 2) * (w1[^1] - 2) + (w2[^1] + 1) * (w2[^1] + 1)) <= 0.001); // w* = (2, −1)
            int steps = path.GetProperty("steps").GetInt32();
            Assert.Equal(steps + 1, w1.Length); // short paths are sent whole: start + one point per step
            if (kind == "positive") positiveSteps = steps; else centredSteps = steps;
        }
        Assert.True(positiveSteps > 2 * centredSteps, $"positive {positiveSteps} vs centred {centredSteps}: no zig-zag penalty seen");
    }

    [Fact]
    public async Task ALongPathIsThinnedButKeepsItsEnds()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/zigzag/path?w1=-1.5&w2=2&learningRate=0.01&tolerance=1e-9");
        var path = body.GetProperty("positive");
        Assert.False(path.GetProperty("reached").GetBoolean());
        Assert.Equal(20_001, path.GetProperty("totalPoints").GetInt32());
        Assert.Equal(2_000, path.GetProperty("w1").GetArrayLength());
        Assert.Equal(-1.5, path.GetProperty("w1")[0].GetDouble());
    }

    [Fact]
    public async Task TooLargeAStepDivergesAndSaysSo()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/zigzag/path?w1=-1.5&w2=2&learningRate=9");
        Assert.True(body.GetProperty("positive").GetProperty("diverged").GetBoolean());
        Assert.False(body.GetProperty("positive").GetProperty("reached").GetBoolean());
    }

    [Theory]
    [InlineData("/api/zigzag/path?w2=1&learningRate=1", "w1", "required")]
    [InlineData("/api/zigzag/path?w1=2000&w2=1&learningRate=1", "w1", "[-1000, 1000]")]
    [InlineData("/api/zigzag/path?w1=1&w2=x&learningRate=1", "w2", "finite number")]
    [InlineData("/api/zigzag/path?w1=1&w2=1&learningRate=0", "learningRate", "(0, 10]")]
    [InlineData("/api/zigzag/path?w1=1&w2=1&learningRate=11", "learningRate", "(0, 10]")]
    [InlineData("/api/zigzag/path?w1=1&w2=1&learningRate=1&tolerance=0", "tolerance", "[1E-12, 1]")]
    [InlineData("/api/zigzag/path?w1=1&w2=1&learningRate=1&steps=5", "steps", "unknown parameter")]
    [InlineData("/api/zigzag/contours?size=5", "size", "unknown parameter")]
    public async Task Rejects(string url, string parameter, string messagePart) =>
        await ValidationTests.AssertBadRequest(await _client.GetAsync(url), parameter, messagePart);
}
