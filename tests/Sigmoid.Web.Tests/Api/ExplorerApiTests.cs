using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>The Explorer endpoints' happy paths, checked against independent facts about σ (not the server's own code).</summary>
public sealed class ExplorerApiTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartInMemory();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Fact]
    public async Task CurvesAreSigmoidItsDerivativeLogAndLogitOnTheGrid()
    {
        var body = await Get("/api/curves?from=-4&to=4&points=9");
        double[] t = Doubles(body.GetProperty("t"));
        Assert.Equal([-4, -3, -2, -1, 0, 1, 2, 3, 4], t);
        double[] s = Doubles(body.GetProperty("sigmoid"));
        double[] ds = Doubles(body.GetProperty("derivative"));
        double[] ls = Doubles(body.GetProperty("logSigmoid"));
        for (int i = 0; i < t.Length; i++)
        {
            double reference = 1 / (1 + Math.Exp(-t[i])); // fine in double for |t| ≤ 4
            Assert.Equal(reference, s[i], 1e-14);
            Assert.Equal(reference * (1 - reference), ds[i], 1e-14);
            Assert.Equal(Math.Log(reference), ls[i], 1e-13);
            Assert.Equal(1.0, s[i] + s[t.Length - 1 - i], 1e-15); // σ(t) + σ(−t) = 1
        }
        Assert.Equal(0.5, s[4]);
        Assert.Equal(0.25, ds[4]);
        var logit = body.GetProperty("logit");
        double[] p = Doubles(logit.GetProperty("p"));
        double[] value = Doubles(logit.GetProperty("value"));
        Assert.Equal(9, p.Length);
        Assert.All(p, x => Assert.InRange(x, double.Epsilon, 1 - 1e-9));
        for (int i = 0; i < p.Length; i++) Assert.Equal(Math.Log(p[i] / (1 - p[i])), value[i], 1e-13);
    }

    [Fact]
    public async Task SaturationThresholdsMatchTheRoundingOfEachType()
    {
        var body = await Get("/api/curves");
        // A σ within one ulp of the truth rounds to 1 once 1 − σ(t) ≈ e^−t is below an ulp of 1 from beneath
        // (2^−24 float, 2^−53 double) — exactly at half of that when correctly rounded — and to 0 once σ(t) ≈ e^t is
        // below the smallest subnormal (2^−149, 2^−1074), at half of it when correctly rounded.
        var f = body.GetProperty("floatSaturation");
        AssertBetweenLn2Multiples(f.GetProperty("oneFrom").GetDouble(), 24, 25);
        AssertBetweenLn2Multiples(-f.GetProperty("zeroBelow").GetDouble(), 149, 150);
        var d = body.GetProperty("doubleSaturation");
        AssertBetweenLn2Multiples(d.GetProperty("oneFrom").GetDouble(), 53, 54);
        AssertBetweenLn2Multiples(-d.GetProperty("zeroBelow").GetDouble(), 1074, 1075);
    }

    private static void AssertBetweenLn2Multiples(double value, int low, int high) =>
        Assert.InRange(value, low * Math.Log(2) - 1e-3, high * Math.Log(2) + 1e-3);

    [Fact]
    public async Task SteepSigmoidApproachesTheStepAsKGrows()
    {
        var gentle = await Get("/api/steep?k=0.1&from=-1&to=1&points=3");
        var steep = await Get("/api/steep?k=1000&from=-1&to=1&points=3");
        Assert.Equal(0.1, gentle.GetProperty("k").GetDouble());
        Assert.Equal([0.0, 0.5, 1.0], Doubles(steep.GetProperty("step")));
        double[] v = Doubles(steep.GetProperty("value"));
        Assert.Equal(0.0, v[0], 1e-300);
        Assert.Equal(0.5, v[1]);
        Assert.Equal(1.0, v[2]);
        Assert.Equal(1 / (1 + Math.Exp(0.1)), Doubles(gentle.GetProperty("value"))[0], 1e-15);
    }

    [Fact]
    public async Task PointShowsFloatSaturatingWhereDoubleDoesNot()
    {
        var body = await Get("/api/point?t=20&k=2");
        Assert.Equal("one", body.GetProperty("floatSaturated").GetString());
        var f = body.GetProperty("float");
        var d = body.GetProperty("double");
        Assert.Equal("1", f.GetProperty("sigmoid").GetString());
        Assert.Equal("0x3F800000", f.GetProperty("sigmoidBits").GetString()); // 1.0f
        double sd = double.Parse(d.GetProperty("sigmoid").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(sd < 1);
        Assert.Equal(-Math.Exp(-20), sd - 1, 2.3e-16); // within one ulp of 1 (2^−53 below 1 is 1.1e-16)
        Assert.Equal("+∞", f.GetProperty("logitOfSigmoid").GetString()); // logit(1) = +∞: the information is gone
        Assert.Contains("rounds to exactly 1", body.GetProperty("note").GetString());

        var zero = await Get("/api/point?t=-120");
        Assert.Equal("zero", zero.GetProperty("floatSaturated").GetString());
        Assert.Equal("0", zero.GetProperty("float").GetProperty("sigmoid").GetString());

        var half = await Get("/api/point?t=0");
        Assert.Equal("none", half.GetProperty("floatSaturated").GetString());
        Assert.Equal("0.5", half.GetProperty("float").GetProperty("sigmoid").GetString());
        Assert.Equal("0.25", half.GetProperty("double").GetProperty("derivative").GetString());
    }
}
