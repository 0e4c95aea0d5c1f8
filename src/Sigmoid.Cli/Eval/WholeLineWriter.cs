using System.Text;

namespace Sigmoid.Cli.Eval;

/// <summary>
/// A buffered UTF-8 writer that hands its stream whole lines only: whatever happens to the process between two
/// writes (an interrupt, a closed pipe), the stream has received a sequence of complete lines, never part of one.
/// </summary>
/// <remarks>
/// <para>Characters collect in a buffer; when it is full, or on <see cref="Flush"/>, everything up to and including
/// the last <c>\n</c> is encoded and written in one call, and the unfinished line stays behind. Only a single line
/// longer than the whole buffer is written in pieces (eval's lines are at most a few dozen characters).</para>
/// <para>Thread-safe, so that a signal handler can call <see cref="CloseAfterWholeLines"/> while the main thread
/// writes. After a failed write or <see cref="CloseAfterWholeLines"/> the writer is closed: later writes are
/// dropped, so that closing the program does not fail a second time on the same broken stream.</para>
/// </remarks>
internal sealed class WholeLineWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Stream _stream;
    private readonly char[] _chars;
    private readonly byte[] _bytes;
    private readonly object _gate = new();
    private int _count;    // characters buffered
    private int _complete; // characters up to and including the last '\n'
    private bool _closed;

    /// <summary>Writes to <paramref name="stream"/> (which this writer disposes) through a buffer of <paramref name="bufferSize"/> characters.</summary>
    public WholeLineWriter(Stream stream, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bufferSize);
        _stream = stream;
        _chars = new char[bufferSize];
        _bytes = new byte[Utf8.GetMaxByteCount(bufferSize)];
    }

    /// <inheritdoc/>
    public override Encoding Encoding => Utf8;

    /// <summary>True once a write to the stream has failed (the exception went to the caller).</summary>
    public bool Failed { get; private set; }

    /// <inheritdoc/>
    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            while (!text.IsEmpty && !_closed)
            {
                if (_count == _chars.Length)
                {
                    WriteOut(_complete);
                    if (_count == _chars.Length) WriteOut(_count); // one line longer than the buffer
                }
                int take = Math.Min(text.Length, _chars.Length - _count);
                text[..take].CopyTo(_chars.AsSpan(_count));
                int newline = text[..take].LastIndexOf('\n');
                if (newline >= 0) _complete = _count + newline + 1;
                _count += take;
                text = text[take..];
            }
        }
    }

    /// <summary>Writes the whole lines buffered so far (an unfinished line stays in the buffer) and flushes the stream.</summary>
    public override void Flush()
    {
        lock (_gate)
        {
            if (_closed) return;
            WriteOut(_complete);
            Guarded(() => _stream.Flush());
        }
    }

    /// <summary>
    /// Writes the whole lines buffered so far, then closes the writer so nothing more reaches the stream (the part
    /// of an unfinished line is dropped). Waits at most <paramref name="timeout"/> for a write in progress; returns
    /// false (and writes nothing) if it is still running then. Write errors are swallowed: this is the last word.
    /// </summary>
    public bool CloseAfterWholeLines(TimeSpan timeout)
    {
        if (!Monitor.TryEnter(_gate, timeout)) return false;
        try
        {
            if (!_closed)
            {
                try { WriteOut(_complete); _stream.Flush(); }
                catch (IOException) { }
                _closed = true;
            }
            return true;
        }
        finally { Monitor.Exit(_gate); }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                try
                {
                    if (!_closed)
                    {
                        WriteOut(_count);
                        Guarded(() => _stream.Flush());
                    }
                }
                finally
                {
                    _closed = true;
                    try { _stream.Dispose(); }
                    catch (IOException) { } // the stream's own last flush on an already broken pipe
                }
            }
        }
        base.Dispose(disposing);
    }

    /// <summary>Encodes and writes the first <paramref name="chars"/> buffered characters; keeps the rest.</summary>
    private void WriteOut(int chars)
    {
        if (chars == 0 || _closed) return;
        int n = Utf8.GetBytes(_chars, 0, chars, _bytes, 0);
        Guarded(() => _stream.Write(_bytes, 0, n));
        Array.Copy(_chars, chars, _chars, 0, _count - chars);
        _count -= chars;
        _complete = Math.Max(0, _complete - chars);
    }

    private void Guarded(Action write)
    {
        try { write(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _closed = true;
            Failed = true;
            throw;
        }
    }
}
