using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reader over a <see cref="Stream"/> reads the bytes directly, and must give exactly what the reader over a
/// <see cref="StreamReader"/> of the same bytes gives: the same events, the same errors word for word, the same line count,
/// whatever the bytes (byte-order marks, invalid UTF-8, long lines, lines split across reads).
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

    private static bool Agree(byte[] bytes, int chunk)
    {
        using var text = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(bytes)), "s.jsonl");
        using var direct = new LiveEventJsonLinesReader(new TrickleStream(bytes, chunk), "s.jsonl");
        using var directAsync = new LiveEventJsonLinesReader(new TrickleStream(bytes, chunk), "s.jsonl");
        var expected = text.ReadAll().Select(Describe).ToList();
        var events = direct.ReadAll().Select(Describe).ToList();
        var asyncEvents = directAsync.ReadAllAsync().ToBlockingEnumerable().Select(Describe).ToList();
        var errors = text.Errors.Select(e => e.ToString()).ToList();
        return events.SequenceEqual(expected) && asyncEvents.SequenceEqual(expected)
            && direct.Errors.Select(e => e.ToString()).SequenceEqual(errors) && directAsync.Errors.Select(e => e.ToString()).SequenceEqual(errors)
            && direct.LinesRead == text.LinesRead && directAsync.LinesRead == text.LinesRead;
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

    /// <summary>A stream that gives at most <c>chunk</c> bytes a read, so that lines and characters split across reads.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
