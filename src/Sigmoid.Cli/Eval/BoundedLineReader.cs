namespace Sigmoid.Cli.Eval;

/// <summary>What <see cref="BoundedLineReader.Next"/> found.</summary>
internal enum LineRead
{
    /// <summary>A line (without its line break) of at most <see cref="BoundedLineReader.MaxLength"/> characters.</summary>
    Line,

    /// <summary>A line longer than <see cref="BoundedLineReader.MaxLength"/>; its text is not kept, the next call skips
    /// the rest of it without storing it.</summary>
    TooLong,

    /// <summary>The end of the input.</summary>
    End,
}

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (breaks at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; the last
/// line needs no break) but never holds more than <see cref="MaxLength"/> characters of one line plus one read
/// chunk: a longer line is reported as <see cref="LineRead.TooLong"/> as soon as it passes the limit, so memory stays
/// bounded however long the line (even a whole file without a line break).
/// </summary>
internal sealed class BoundedLineReader
{
    /// <summary>Characters asked of the underlying reader per read.</summary>
    private const int ChunkSize = 1 << 16;

    private readonly TextReader _reader;
    private char[] _buffer;
    private int _start, _end;
    private bool _eof, _skipping;

    /// <summary>Reads from <paramref name="reader"/>, allowing lines of up to <paramref name="maxLength"/> characters.</summary>
    public BoundedLineReader(TextReader reader, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _reader = reader;
        MaxLength = maxLength;
        _buffer = new char[Math.Min(ChunkSize, maxLength) + ChunkSize];
    }

    /// <summary>The longest line accepted, in characters (UTF-16 code units), line break not counted.</summary>
    public int MaxLength { get; }

    /// <summary>Reads the next line into <paramref name="line"/> (valid until the next call).</summary>
    public LineRead Next(out ReadOnlySpan<char> line)
    {
        line = default;
        if (_skipping && !SkipRestOfLine()) return LineRead.End;
        int scanned = 0; // characters after _start known to hold no line break
        while (true)
        {
            int hit = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny('\n', '\r');
            if (hit >= 0)
            {
                int stop = _start + scanned + hit;
                if (_buffer[stop] == '\r' && stop + 1 == _end && !_eof)
                {
                    // Is the \r followed by \n? Read on to see (the \r stays unscanned).
                    scanned = stop - _start;
                    Fill();
                    continue;
                }
                int length = stop - _start;
                int breakLength = _buffer[stop] == '\r' && stop + 1 < _end && _buffer[stop + 1] == '\n' ? 2 : 1;
                if (length > MaxLength)
                {
                    _start = stop + breakLength;
                    return LineRead.TooLong;
                }
                line = _buffer.AsSpan(_start, length);
                _start = stop + breakLength;
                return LineRead.Line;
            }
            scanned = _end - _start;
            if (scanned > MaxLength)
            {
                _skipping = true;
                _start = _end = 0;
                return LineRead.TooLong;
            }
            if (!Fill())
            {
                if (_start == _end) return LineRead.End;
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return LineRead.Line;
            }
        }
    }

    /// <summary>Moves the unread part to the front, grows the buffer if a line needs it, reads one chunk. False at the end of input.</summary>
    private bool Fill()
    {
        if (_eof) return false;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_buffer.Length - _end < ChunkSize / 2 && _buffer.Length < MaxLength + 2 + ChunkSize)
            Array.Resize(ref _buffer, (int)Math.Min((long)MaxLength + 2 + ChunkSize, 2L * _buffer.Length));
        int n = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return false;
        }
        _end += n;
        return true;
    }

    /// <summary>Discards input up to and including the next line break; false if the input ended first.</summary>
    private bool SkipRestOfLine()
    {
        while (true)
        {
            int hit = _buffer.AsSpan(_start, _end - _start).IndexOfAny('\n', '\r');
            if (hit >= 0)
            {
                int stop = _start + hit;
                if (_buffer[stop] == '\r' && stop + 1 == _end && !_eof)
                {
                    _start = stop;
                    if (!Fill()) { _start = _end; _skipping = false; return false; }
                    continue;
                }
                _start = stop + (_buffer[stop] == '\r' && stop + 1 < _end && _buffer[stop + 1] == '\n' ? 2 : 1);
                _skipping = false;
                return true;
            }
            _start = _end = 0;
            if (!Fill())
            {
                _skipping = false;
                return false;
            }
        }
    }
}
