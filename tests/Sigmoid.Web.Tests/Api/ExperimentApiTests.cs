using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web.Tests.Support;

namespace Sigmoid.Web.Tests.Api;

/// <summary>The experiments endpoints: the page runs the lab's experiments through the same catalogue and presenters.</summary>
public sealed class ExperimentApiTests : IAsyncLifetime
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
    public async Task TheCatalogueIsListedInTheAskedLanguage()
    {
        var en = await _client.GetFromJsonAsync<JsonElement>("/api/experiments");
        var ru = await _client.GetFromJsonAsync<JsonElement>("/api/experiments?lang=ru");
        string[] names = en.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["layer", "logreg", "vanishing", "zigzag"], names);
        Assert.Equal(names, ru.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray());
        Assert.NotEqual(en[0].GetProperty("title").GetString(), ru[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task ARunGivesNumbersTextAndCaptionedSvgFigures()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/experiments/layer?lang=ru");
        Assert.Equal("ru", body.GetProperty("language").GetString());
        Assert.NotEmpty(body.GetProperty("keyNumbers").EnumerateArray());
        Assert.Contains("градиент", body.GetProperty("paragraph").GetString());
        Assert.Contains("<code>float</code>", body.GetProperty("paragraphHtml").GetString());
        foreach (var figure in body.GetProperty("figures").EnumerateArray())
        {
            Assert.Contains("<svg", figure.GetProperty("svg").GetString());
            Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("caption").GetString()));
        }
        Assert.True(body.GetProperty("summary").TryGetProperty("gradientChecks", out _));
    }

    [Theory]
    [InlineData("/api/experiments/layer?lang=de", HttpStatusCode.BadRequest)]
    [InlineData("/api/experiments/layer?colour=red", HttpStatusCode.BadRequest)]
    [InlineData("/api/experiments/mnist", HttpStatusCode.NotFound)]
    public async Task BadRequestsAreRefusedWithAReason(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }
}
