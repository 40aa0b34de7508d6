using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// Reads a recorded LIVE session in JSON Lines: one event per line (see <see cref="LiveEventJson"/>). A line that
/// cannot be read is reported in <see cref="Errors"/> with its line number and reason, and skipped; the rest is read.
/// Blank lines are skipped silently. A line longer than 65,536 characters is reported and skipped without being held in
/// memory whole (see docs/input-limits.md), so a hostile file cannot exhaust memory through one line.
/// </summary>
/// <remarks>Read the lines once, from one thread: an instance is not thread-safe.</remarks>
public sealed partial class LiveEventJsonLinesReader : IDisposable
{
    // The text, or null while the bytes of _stream are read directly (see LiveEventJsonLinesReader.Utf8.cs).
    private TextReader? _reader;
    private readonly bool _leaveOpen;
    private readonly List<LiveEventLineError> _errors = [];
    private char[] _buffer = [];
    private readonly LiveEventLineScanner _scanner = new();
    private char[] _kept = new char[256];
    private int _keptLength;
    private int _position;
    private int _length;
    private bool _afterCarriageReturn;
    private long _lineLength;

    // The line just read: a slice of _buffer when it lay in one buffer's worth of text, otherwise of _kept.
    private char[] _lineChars = [];
    private int _lineStart;
    private int _lineCount;

    /// <summary>Initializes a new instance of the <see cref="LiveEventJsonLinesReader"/> class.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">Where the text comes from (a file name), used in error reports; optional.</param>
    /// <param name="leaveOpen"><see langword="true"/> to leave <paramref name="reader"/> open when this reader is disposed.</param>
    public LiveEventJsonLinesReader(TextReader reader, string? sourceName = null, bool leaveOpen = false)
    {
        _reader = Guard.NotNull(reader, nameof(reader));
        SourceName = sourceName;
        _leaveOpen = leaveOpen;
        _buffer = new char[4096];
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="LiveEventJsonLinesReader"/> class that reads UTF-8 bytes directly,
    /// without decoding them to text first: the same lines, events and errors as through a <see cref="StreamReader"/>
    /// over <paramref name="utf8"/> (a UTF-8 byte-order mark is skipped, a UTF-16 or UTF-32 one is honoured, bytes that
    /// are not valid UTF-8 read as U+FFFD), in less time. <see cref="OpenFile"/> uses it.
    /// </summary>
    /// <param name="utf8">The bytes, UTF-8 encoded.</param>
    /// <param name="sourceName">Where the bytes come from (a file name), used in error reports; optional.</param>
    /// <param name="leaveOpen"><see langword="true"/> to leave <paramref name="utf8"/> open when this reader is disposed.</param>
    public LiveEventJsonLinesReader(Stream utf8, string? sourceName = null, bool leaveOpen = false)
    {
        _stream = Guard.NotNull(utf8, nameof(utf8));
        SourceName = sourceName;
        _leaveOpen = leaveOpen;
        _bytes = new byte[16 * 1024];
    }

    /// <summary>Gets where the text comes from, when known.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the lines that could not be read so far, in order.</summary>
    public IReadOnlyList<LiveEventLineError> Errors => _errors;

    /// <summary>Gets the number of lines read so far, blank and malformed ones included.</summary>
    public long LinesRead { get; private set; }

    /// <summary>Opens a UTF-8 file (with or without a byte-order mark).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>A reader that closes the file when disposed.</returns>
    public static LiveEventJsonLinesReader OpenFile(string path)
    {
        Guard.NotNull(path, nameof(path));
        return new LiveEventJsonLinesReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan), Path.GetFileName(path));
    }

    /// <summary>Reads the events one by one, skipping and reporting malformed lines.</summary>
    /// <returns>The events, in file order.</returns>
    public IEnumerable<LiveEvent> ReadAll()
    {
        while (_reader is null ? NextUtf8Line() : NextLine())
        {
            if (TryRead(out var liveEvent))
            {
                yield return liveEvent;
            }
        }
    }

    /// <summary>Reads the events one by one without blocking a thread on I/O, skipping and reporting malformed lines.</summary>
    /// <remarks>
    /// The reading never resumes on the caller's <see cref="SynchronizationContext"/> (every wait inside it is
    /// <c>ConfigureAwait(false)</c>), so an app with one (a UI thread) does not deadlock when it blocks on the reading.
    /// </remarks>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    /// <returns>The events, in file order; feed them to <see cref="LiveLedger.IngestAsync"/>.</returns>
    public async IAsyncEnumerable<LiveEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await (_reader is null ? NextUtf8LineAsync(cancellationToken) : NextLineAsync(cancellationToken)).ConfigureAwait(false))
            {
                yield break;
            }

            if (TryRead(out var liveEvent))
            {
                yield return liveEvent;
            }
        }
    }

    /// <summary>Closes the underlying text reader or stream unless it was to be left open.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader?.Dispose();
            _stream?.Dispose();
        }
    }

    private bool TryRead(out LiveEvent liveEvent)
    {
        LinesRead++;
        liveEvent = default;
        if (_lineLength > InputLimits.MaxEventLineLength)
        {
            _errors.Add(new LiveEventLineError(SourceName, LinesRead, string.Format(
                CultureInfo.InvariantCulture,
                "the line is {0:N0} characters long; a line may be at most {1:N0} (see docs/input-limits.md), so it was skipped unread",
                _lineLength,
                InputLimits.MaxEventLineLength)));
            return false;
        }

        // Most lines are in the plain shape that writers produce: read from their bytes, without a string. Any other line,
        // valid or not, is read through the serializer as before, which words every error.
        var utf8 = _reader is null;
        if (utf8 ? _scanner.TryRead(_lineBytes.AsSpan(_lineByteStart, _lineByteCount), out liveEvent) : _scanner.TryRead(_lineChars, _lineStart, _lineCount, out liveEvent))
        {
            return true;
        }

        // The text a StreamReader would have given (the line breaks are ASCII, so decoding a line alone is the same).
        var line = utf8 ? Encoding.UTF8.GetString(_lineBytes, _lineByteStart, _lineByteCount) : new string(_lineChars, _lineStart, _lineCount);
        if (line.Trim().Length == 0)
        {
            return false;
        }

        if (LiveEventJson.TryParse(line, out liveEvent, out var error))
        {
            return true;
        }

        _errors.Add(new LiveEventLineError(SourceName, LinesRead, error));
        return false;
    }

    /// <summary>Reads the next line like <see cref="TextReader.ReadLine"/>, keeping at most the line-length limit of it; <see langword="false"/> at the end.</summary>
    private bool NextLine()
    {
        StartLine();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _reader!.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return any && EndLine();
                }
            }

            if (Scan(ref any))
            {
                return true;
            }
        }
    }

    /// <summary>The asynchronous twin of <see cref="NextLine"/>.</summary>
    private async ValueTask<bool> NextLineAsync(CancellationToken cancellationToken)
    {
        StartLine();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
#if NET7_0_OR_GREATER
                _length = await _reader!.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
                _length = await _reader!.ReadAsync(_buffer, 0, _buffer.Length).ConfigureAwait(false);
#endif
                _position = 0;
                if (_length == 0)
                {
                    return any && EndLine();
                }
            }

            if (Scan(ref any))
            {
                return true;
            }
        }
    }

    private void StartLine()
    {
        _keptLength = 0;
        _lineLength = 0;
    }

    /// <summary>
    /// Makes the kept text the line; returns <see langword="true"/>. A line over the limit keeps only its start, which
    /// nothing reads: <see cref="TryRead"/> reports it by its length first.
    /// </summary>
    private bool EndLine()
    {
        _lineChars = _kept;
        _lineStart = 0;
        _lineCount = _keptLength;
        return true;
    }

    /// <summary>Consumes buffered characters up to the end of the line; returns whether the line ended.</summary>
    private bool Scan(ref bool any)
    {
        if (_afterCarriageReturn)
        {
            _afterCarriageReturn = false;
            if (_buffer[_position] == '\n')
            {
                _position++;
                if (_position == _length)
                {
                    return false;
                }
            }
        }

        any = true;
        var end = _buffer.AsSpan(_position, _length - _position).IndexOfAny('\n', '\r');
        if (end >= 0)
        {
            var i = _position + end;
            if (_lineLength == 0)
            {
                // The whole line is in the buffer: read it there, without copying it.
                _lineLength = end;
                _lineChars = _buffer;
                _lineStart = _position;
                _lineCount = end;
            }
            else
            {
                Keep(_position, end);
                EndLine();
            }

            _position = i + 1;
            _afterCarriageReturn = _buffer[i] == '\r';
            return true;
        }

        Keep(_position, _length - _position);
        _position = _length;
        return false;
    }

    private void Keep(int start, int count)
    {
        _lineLength += count;
        if (_lineLength <= InputLimits.MaxEventLineLength)
        {
            if (_keptLength + count > _kept.Length)
            {
                Array.Resize(ref _kept, Math.Max(_keptLength + count, _kept.Length * 2));
            }

            Array.Copy(_buffer, start, _kept, _keptLength, count);
            _keptLength += count;
        }
    }
}
