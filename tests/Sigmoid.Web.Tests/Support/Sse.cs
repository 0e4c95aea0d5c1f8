using System.Text;
using System.Text.Json;

namespace Sigmoid.Web.Tests.Support;

/// <summary>One server-sent event: its name and its JSON data.</summary>
internal sealed record SseEvent(string Name, JsonElement Data);

/// <summary>A minimal reader of <c>text/event-stream</c> (blocks separated by a blank line; <c>event:</c> and <c>data:</c> lines).</summary>
internal sealed class SseReader(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<SseEvent?> Next(CancellationToken cancellation = default)
    {
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            string? line = await _reader.ReadLineAsync(cancellation);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (name is null && data.Length == 0) continue;
                return new SseEvent(name ?? "message", JsonDocument.Parse(data.ToString()).RootElement.Clone());
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
        }
    }

    /// <summary>Every remaining event.</summary>
    public async Task<List<SseEvent>> ReadAll(CancellationToken cancellation = default)
    {
        var all = new List<SseEvent>();
        while (await Next(cancellation) is { } e) all.Add(e);
        return all;
    }
}
