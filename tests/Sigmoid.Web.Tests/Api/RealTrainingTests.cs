using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>The training endpoint with the lab's real trainer (small runs).</summary>
public sealed class RealTrainingTests
{
    [Fact]
    public async Task TheDefaultTrainerIsTheVanishingExperiment()
    {
        await using var app = await LabHosts.StartInMemory();
        var client = app.GetTestClient();
        var options = await client.GetFromJsonAsync<JsonElement>("/api/training/options");
        Assert.Equal(["sigmoid", "tanh", "relu", "silu"], options.GetProperty("activations").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("circles", options.GetProperty("datasets").EnumerateArray().Select(e => e.GetString()));

        var response = await client.SendAsync(LabHosts.TrainingPost("/api/training?activation=sigmoid&depth=6&width=8&learningRate=0.1&epochs=3&dataset=circles"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await new SseReader(await response.Content.ReadAsStreamAsync()).ReadAll();
        var epochs = events.Where(e => e.Name == "epochs").SelectMany(e => e.Data.EnumerateArray()).ToList();
        Assert.Equal([1, 2, 3], epochs.Select(e => e.GetProperty("epoch").GetInt32()));
        var done = events[^1];
        Assert.Equal("done", done.Name);
        double[] init = done.Data.GetProperty("gradNormsAtInit").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(7, init.Length); // 6 hidden layers + the output layer, layer 1 first
        // σ′ ≤ ¼ per sigmoid layer: at initialisation the first layer's gradient is far below the last one's.
        Assert.True(init[0] < init[^1] * 0.25, $"layer 1 {init[0]} vs output {init[^1]}");
        double loss = done.Data.GetProperty("finalLoss").GetDouble();
        Assert.InRange(loss, 0, 10);
    }
}
