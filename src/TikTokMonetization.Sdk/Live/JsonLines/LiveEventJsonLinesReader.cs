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
public sealed class LiveEventJsonLinesReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly List<LiveEventLineError> _errors = [];
    private readonly char[] _buffer = new char[4096];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private bool _afterCarriageReturn;
    private long _lineLength;

    /// <summary>Initializes a new instance of the <see cref="LiveEventJsonLinesReader"/> class.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">Where the text comes from (a file name), used in error reports; optional.</param>
    /// <param name="leaveOpen"><see langword="true"/> to leave <paramref name="reader"/> open when this reader is disposed.</param>
    public LiveEventJsonLinesReader(TextReader reader, string? sourceName = null, bool leaveOpen = false)
    {
        _reader = Guard.NotNull(reader, nameof(reader));
        SourceName = sourceName;
        _leaveOpen = leaveOpen;
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
        return new LiveEventJsonLinesReader(new StreamReader(path), Path.GetFileName(path));
    }

    /// <summary>Reads the events one by one, skipping and reporting malformed lines.</summary>
    /// <returns>The events, in file order.</returns>
    public IEnumerable<LiveEvent> ReadAll()
    {
        while (NextLine() is { } line)
        {
            if (TryRead(line, out var liveEvent))
            {
                yield return liveEvent;
            }
        }
    }

    /// <summary>Reads the events one by one without blocking a thread on I/O, skipping and reporting malformed lines.</summary>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    /// <returns>The events, in file order; feed them to <see cref="LiveLedger.IngestAsync"/>.</returns>
    public async IAsyncEnumerable<LiveEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = await NextLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                yield break;
            }

            if (TryRead(line, out var liveEvent))
            {
                yield return liveEvent;
            }
        }
    }

    /// <summary>Closes the underlying text reader unless it was to be left open.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    private bool TryRead(string line, out LiveEvent liveEvent)
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

    /// <summary>Reads the next line like <see cref="TextReader.ReadLine"/>, keeping at most the line-length limit of it.</summary>
    private string? NextLine()
    {
        StartLine();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return any ? EndLine() : null;
                }
            }

            if (Scan(ref any))
            {
                return EndLine();
            }
        }
    }

    /// <summary>The asynchronous twin of <see cref="NextLine"/>.</summary>
    private async ValueTask<string?> NextLineAsync(CancellationToken cancellationToken)
    {
        StartLine();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
#if NET7_0_OR_GREATER
                _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
                _length = await _reader.ReadAsync(_buffer, 0, _buffer.Length).ConfigureAwait(false);
#endif
                _position = 0;
                if (_length == 0)
                {
                    return any ? EndLine() : null;
                }
            }

            if (Scan(ref any))
            {
                return EndLine();
            }
        }
    }

    private void StartLine()
    {
        _line.Clear();
        _lineLength = 0;
    }

    private string EndLine() => _lineLength > InputLimits.MaxEventLineLength ? string.Empty : _line.ToString();

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
            Keep(_position, end);
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
            _line.Append(_buffer, start, count);
        }
        else if (_line.Length > 0)
        {
            _line.Clear();
        }
    }
}
