using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>Every parameter rule: a bad value gets HTTP 400 with a JSON message naming the parameter.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private const string GoodTraining = "activation=sigmoid&depth=3&width=4&learningRate=0.1&epochs=2&dataset=circles";
    private readonly FakeTrainer _trainer = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await LabHosts.StartInMemory(_trainer);
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/curves?from=abc", "from", "finite number")]
    [InlineData("/api/curves?from=NaN", "from", "finite number")]
    [InlineData("/api/curves?to=Infinity", "to", "finite number")]
    [InlineData("/api/curves?from=1e7", "from", "[-1000000, 1000000]")]
    [InlineData("/api/curves?from=5&to=-5", "to", "must be less than")]
    [InlineData("/api/curves?from=2&to=2", "to", "must be less than")]
    [InlineData("/api/curves?points=1", "points", "[2, 4001]")]
    [InlineData("/api/curves?points=100000", "points", "[2, 4001]")]
    [InlineData("/api/curves?points=2.5", "points", "integer")]
    [InlineData("/api/curves?colour=red", "colour", "unknown parameter")]
    [InlineData("/api/curves?from=1&from=2", "from", "given 2 times")]
    [InlineData("/api/steep?k=0.09", "k", "[0.1, 1000]")]
    [InlineData("/api/steep?k=1001", "k", "[0.1, 1000]")]
    [InlineData("/api/steep?k=", "k", "finite number")]
    [InlineData("/api/steep?k=1&from=3&to=1", "to", "must be less than")]
    [InlineData("/api/point", "t", "required")]
    [InlineData("/api/point?t=1e300", "t", "[-1000000, 1000000]")]
    [InlineData("/api/point?t=1&k=0", "k", "[0.1, 1000]")]
    public async Task ExplorerRejects(string url, string parameter, string messagePart)
    {
        var response = await _client.GetAsync(url);
        await AssertBadRequest(response, parameter, messagePart);
    }

    [Theory]
    [InlineData("depth=0", "depth", "[1, 64]")]
    [InlineData("depth=65", "depth", "[1, 64]")]
    [InlineData("depth=ten", "depth", "integer")]
    [InlineData("width=0", "width", "[1, 512]")]
    [InlineData("width=513", "width", "[1, 512]")]
    [InlineData("epochs=0", "epochs", "[1, 10000]")]
    [InlineData("epochs=10001", "epochs", "[1, 10000]")]
    [InlineData("learningRate=0", "learningRate", "(0, 10]")]
    [InlineData("learningRate=-0.5", "learningRate", "(0, 10]")]
    [InlineData("learningRate=10.5", "learningRate", "(0, 10]")]
    [InlineData("learningRate=NaN", "learningRate", "finite number")]
    [InlineData("dataset=mnist", "dataset", "one of: circles, spirals")]
    [InlineData("activation=gelu", "activation", "one of: sigmoid, tanh, relu")]
    [InlineData("seed=-1", "seed", "[0, 1000000]")]
    [InlineData("batch=8", "batch", "unknown parameter")]
    public async Task TrainingRejects(string change, string parameter, string messagePart)
    {
        string key = change.Split('=')[0];
        var pairs = GoodTraining.Split('&').Where(p => p.Split('=')[0] != key).Append(change);
        var response = await _client.SendAsync(LabHosts.TrainingPost("/api/training?" + string.Join('&', pairs)));
        await AssertBadRequest(response, parameter, messagePart);
        Assert.Equal(0, _trainer.Started); // nothing ran
    }

    [Theory]
    [InlineData("activation")]
    [InlineData("depth")]
    [InlineData("width")]
    [InlineData("learningRate")]
    [InlineData("epochs")]
    [InlineData("dataset")]
    public async Task TrainingRequiresEveryParameter(string missing)
    {
        var pairs = GoodTraining.Split('&').Where(p => p.Split('=')[0] != missing);
        var response = await _client.SendAsync(LabHosts.TrainingPost("/api/training?" + string.Join('&', pairs)));
        await AssertBadRequest(response, missing, "required");
    }

    [Fact]
    public async Task UnknownPathIsJson404()
    {
        var response = await _client.GetAsync("/api/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/api/nothing", body.GetProperty("error").GetString());
    }

    internal static async Task AssertBadRequest(HttpResponseMessage response, string parameter, string messagePart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.Contains(messagePart, body.GetProperty("error").GetString());
        // The page says the same message in its own language from the key and the values.
        Assert.StartsWith("err", body.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("args").ValueKind);
    }

    [Fact]
    public async Task AnErrorCarriesItsMessageKeyAndItsValuesAsNumbersForThePage()
    {
        var response = await _client.GetAsync("/api/curves?from=5&to=-5");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("the range must be ordered: from (5) must be less than to (-5)", body.GetProperty("error").GetString());
        Assert.Equal("errOrdered", body.GetProperty("code").GetString());
        Assert.Equal(5.0, body.GetProperty("args").GetProperty("from").GetDouble());
        Assert.Equal(-5.0, body.GetProperty("args").GetProperty("to").GetDouble());
    }
}
