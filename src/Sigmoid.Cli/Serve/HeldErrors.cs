namespace Sigmoid.Cli.Serve;

/// <summary>
/// The server's error lines, held back until it prints its address (so that a server that cannot start can be
/// explained in one line), then passed straight through.
/// </summary>
internal sealed class HeldErrors(TextWriter stderr)
{
    private readonly Lock _gate = new();
    private List<string>? _held = [];

    /// <summary>The lines held so far; null once released.</summary>
    public IReadOnlyList<string>? Held
    {
        get { lock (_gate) return _held?.ToList(); }
    }

    /// <summary>Holds <paramref name="line"/>, or writes it once released.</summary>
    public void Write(string line)
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(line);
                return;
            }
            stderr.WriteLine(line);
            stderr.Flush();
        }
    }

    /// <summary>Writes what is held and passes every later line straight through.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_held is null) return;
            foreach (var line in _held) stderr.WriteLine(line);
            stderr.Flush();
            _held = null;
        }
    }
}
