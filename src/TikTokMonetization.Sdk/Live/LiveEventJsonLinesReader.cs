using System.Runtime.CompilerServices;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// Reads a recorded LIVE session in JSON Lines: one event per line (see <see cref="LiveEventJson"/>). A line that
/// cannot be read is reported in <see cref="Errors"/> with its line number and reason, and skipped; the rest is read.
/// Blank lines are skipped silently.
/// </summary>
/// <remarks>Read the lines once, from one thread: an instance is not thread-safe.</remarks>
public sealed class LiveEventJsonLinesReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly List<LiveEventLineError> _errors = [];

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
        while (_reader.ReadLine() is { } line)
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
#if NET7_0_OR_GREATER
            var line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
#else
            var line = await _reader.ReadLineAsync().ConfigureAwait(false);
#endif
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
}
