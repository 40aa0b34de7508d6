using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reader over a <see cref="Stream"/> reads the bytes directly, and must give exactly what the reader over a
/// <see cref="StreamReader"/> of the same bytes gives: the same events, the same errors word for word, the same line count,
/// whatever the bytes (byte-order marks, invalid UTF-8, long lines, lines split across reads). Both must also give what
/// the format's definition gives, worked out here without the reader: the lines as <see cref="TextReader.ReadLine"/>
/// splits the decoded text, each counted, a line over the limit reported with its length in characters, a blank one
/// skipped, any other read by <see cref="LiveEventJson.TryParse"/>; so a fault shared by both sides cannot pass.
/// </summary>
public sealed class LiveEventJsonLinesReaderUtf8Tests
{
    private static readonly string[] Sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl"));

    [Property(Arbitrary = [typeof(LineShapes)], MaxTest = 200)]
    public bool StreamReader_AndBytes_GiveTheSameEventsAndErrors(EventLineText[] lines, int seed, byte chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(LineShapes.Session(lines, seed));
        return Agree(bytes, 1 + chunk);
    }

    [Fact]
    public void StreamReader_AndBytes_Agree_OnTheHostileCorpus()
    {
        for (var file = 0; file < 60; file++)
        {
            var bytes = Enumerable.Range(0, 30).Select(i => (file * 30) + i)
                .SelectMany(seed => (seed % 3 == 0 ? HostileInputs.Utf8(Sample[seed % Sample.Length]) : HostileInputs.Mutate(Sample[seed % Sample.Length], seed)).Append((byte)'\n'))
                .ToArray();
            Assert.True(Agree(bytes, 4096), $"file {file}");
            Assert.True(Agree(bytes, 7), $"file {file}, 7-byte reads");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void StreamReader_AndBytes_Agree_WithEveryByteOrderMark(int mark)
    {
        var text = string.Join("\r\n", Sample) + "\n";
        byte[] bytes = mark switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            2 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            3 => [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(text)],
            4 => [0xEF, 0xBB],
            _ => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        };

        Assert.True(Agree(bytes, 4096));
        Assert.True(Agree(bytes, 1));
        Assert.True(Agree(bytes, 3));
        Assert.True(Agree(bytes, 1_500));
    }

    [Theory]
    [InlineData("x", 70_000)]
    [InlineData("é", 40_000)]
    [InlineData("€", 40_000)]
    [InlineData("€", 65_536)]
    [InlineData("€", 65_537)]
    [InlineData("€", 70_000)]
    [InlineData("😀", 40_000)]
    [InlineData("\u00ff", 100_000)]
    public void StreamReader_AndBytes_Agree_OnLongLines(string character, int repeat)
    {
        var name = string.Concat(Enumerable.Repeat(character, repeat));
        var text = Sample[1] + "\n{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"" + name + "\"}\n" + name + "\r\n" + Sample[2];
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.True(Agree(bytes, 4096));
        Assert.True(Agree(bytes, 1_000));
        Assert.True(Agree([.. bytes, 0xC3, 0x0A, 0xE2, 0x82], 4096));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1_000)]
    [InlineData(1)]
    public void AnOverLongLine_EndingInPartOfACharacter_CountsItsReplacement(int chunk)
    {
        // The decoder holds the two bytes of an unfinished character until the line ends; a StreamReader then gives U+FFFD.
        byte[] line = [.. Encoding.UTF8.GetBytes(new string('x', 70_000)), 0xE2, 0x82];
        byte[] bytes = [.. line, (byte)'\n', .. Encoding.UTF8.GetBytes(Sample[1]), (byte)'\n', .. line];

        Assert.True(Agree(bytes, chunk));
        using var reader = new LiveEventJsonLinesReader(new MemoryStream(bytes));
        Assert.Single(reader.ReadAll());
        Assert.Equal(2, reader.Errors.Count(e => e.Reason.StartsWith("the line is 70,001 characters long", StringComparison.Ordinal)));
    }

    [Fact]
    public void OpenFile_ReadsTheSampleSession_AsAStreamReaderDoes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");
        using var file = LiveEventJsonLinesReader.OpenFile(path);
        using var text = new LiveEventJsonLinesReader(new StreamReader(path), "sample-session.jsonl");

        Assert.Equal(text.ReadAll().Select(e => e.ToString()), file.ReadAll().Select(e => e.ToString()));
        Assert.Equal(text.Errors.Select(e => e.ToString()), file.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Dispose_LeavesTheStreamOpen_WhenAsked()
    {
        var inner = new MemoryStream(Encoding.UTF8.GetBytes(Sample[0]));
        new LiveEventJsonLinesReader(inner, leaveOpen: true).Dispose();
        Assert.True(inner.CanRead);

        new LiveEventJsonLinesReader(inner).Dispose();
        Assert.False(inner.CanRead);
    }

    [Fact]
    public void Dispose_LeavesTheTextReaderOpen_WhenAsked()
    {
        var inner = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(Sample[0])));
        new LiveEventJsonLinesReader(inner, leaveOpen: true).Dispose();
        Assert.Equal(Sample[0], inner.ReadLine());

        new LiveEventJsonLinesReader(inner).Dispose();
        Assert.Throws<ObjectDisposedException>(() => inner.ReadLine());
    }

    private static bool Agree(byte[] bytes, int chunk)
    {
        var (expected, errors, lines) = Defined(bytes);
        using var text = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(bytes)), "s.jsonl");
        using var trickleText = new LiveEventJsonLinesReader(new TrickleReader(new StreamReader(new MemoryStream(bytes)), chunk), "s.jsonl");
        using var trickleTextAsync = new LiveEventJsonLinesReader(new TrickleReader(new StreamReader(new MemoryStream(bytes)), chunk), "s.jsonl");
        using var direct = new LiveEventJsonLinesReader(new TrickleStream(bytes, chunk), "s.jsonl");
        using var directAsync = new LiveEventJsonLinesReader(new TrickleStream(bytes, chunk), "s.jsonl");
        return Gives(text, text.ReadAll()) && Gives(trickleText, trickleText.ReadAll()) && Gives(direct, direct.ReadAll())
            && Gives(trickleTextAsync, trickleTextAsync.ReadAllAsync().ToBlockingEnumerable())
            && Gives(directAsync, directAsync.ReadAllAsync().ToBlockingEnumerable());

        bool Gives(LiveEventJsonLinesReader reader, IEnumerable<LiveEvent> events) =>
            events.Select(Describe).SequenceEqual(expected) && reader.Errors.Select(e => e.ToString()).SequenceEqual(errors) && reader.LinesRead == lines;
    }

    /// <summary>What the format defines for these bytes, without the reader: lines, limit, blank lines, the parser.</summary>
    private static (List<string> Events, List<string> Errors, long Lines) Defined(byte[] bytes)
    {
        var events = new List<string>();
        var errors = new List<string>();
        long number = 0;
        using var text = new StreamReader(new MemoryStream(bytes));
        while (text.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 65_536)
            {
                errors.Add(FormattableString.Invariant($"s.jsonl: line {number}: the line is {line.Length:N0} characters long; a line may be at most 65,536 (see docs/input-limits.md), so it was skipped unread"));
            }
            else if (line.Trim().Length == 0)
            {
                continue;
            }
            else if (LiveEventJson.TryParse(line, out var liveEvent, out var error))
            {
                events.Add(Describe(liveEvent));
            }
            else
            {
                errors.Add($"s.jsonl: line {number}: {error}");
            }
        }

        return (events, errors, number);
    }

    private static string Describe(LiveEvent e) => e.Kind switch
    {
        LiveEventKind.Gift => $"{e.AsGift()} {e.AsGift().GiftName}|{e.AsGift().SenderName}|{e.AsGift().UnitPriceCoins}|{e.AsGift().GiftType}|{e.Timestamp.Offset}",
        LiveEventKind.Like => $"{e} {e.AsLike().SenderId}|{e.AsLike().SenderName}|{e.AsLike().Count}|{e.AsLike().RoomTotal}",
        LiveEventKind.ViewerCount => $"{e} {e.AsViewerCount().Viewers}",
        LiveEventKind.Follow => $"{e} {e.AsFollow().SenderId}|{e.AsFollow().SenderName}",
        LiveEventKind.Share => $"{e} {e.AsShare().SenderId}|{e.AsShare().SenderName}",
        _ => $"{e} {e.AsSubscription().SenderId}|{e.AsSubscription().SenderName}|{e.AsSubscription().Months}",
    };

    /// <summary>A text reader that gives at most <c>chunk</c> characters a read, so that lines and line breaks split across reads.</summary>
    private sealed class TrickleReader(TextReader inner, int chunk) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, Math.Min(count, chunk));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => inner.ReadAsync(buffer, index, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that gives at most <c>chunk</c> bytes a read, so that lines and characters split across reads.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            // The caller's own arguments are checked as a plain stream checks them, before the read is made shorter.
            ValidateBufferArguments(buffer, offset, count);
            return base.Read(buffer, offset, Math.Min(count, chunk));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
