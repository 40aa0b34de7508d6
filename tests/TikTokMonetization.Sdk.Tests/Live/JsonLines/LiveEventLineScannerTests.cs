using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reader's fast path reads a line from its bytes only when the serializer would read it to the same event: otherwise
/// the line goes through <see cref="LiveEventJson.TryParse"/>, which words every error. So the reader's events and errors
/// are those of reading each line on its own with <see cref="LiveEventJson.TryParse"/>, word for word.
/// </summary>
public sealed class LiveEventLineScannerTests
{
    private static readonly string[] Sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl"));

    [Property(Arbitrary = [typeof(LineShapes)], MaxTest = 3_000)]
    public Property FastPath_AcceptsOnlyWhatTheSerializerReadsToTheSameEvent(EventLineText line)
    {
        var fast = new LiveEventLineScanner().TryRead(line.Text.ToCharArray(), 0, line.Text.Length, out var quick);
        var slow = LiveEventJson.TryParse(line.Text, out var parsed, out _);
        return (!fast || (slow && Same(quick, parsed)))
            .Classify(fast, "fast path")
            .Classify(slow && !fast, "valid, left to the serializer")
            .Classify(!slow, "invalid");
    }

    [Fact]
    public void FastPath_ReadsEveryPlainLine_OfTheSampleSessionAndOfTheWriter()
    {
        var scanner = new LiveEventLineScanner();
        var plain = Sample.Where(l => LiveEventJson.TryParse(l, out _, out _))
            .Concat(Sample.Where(l => LiveEventJson.TryParse(l, out _, out _)).Select(l => LiveEventJson.Serialize(LiveEventJson.Parse(l))))
            .Append(LiveEventJson.Serialize(new GiftEvent { GiftId = 1, GiftName = "TikTok Universe+ \"é😀\"", SenderId = -7, SenderName = "\u001b", RepeatCount = 1, Timestamp = new DateTimeOffset(2025, 3, 1, 20, 0, 1, 250, TimeSpan.Zero) }))
            .ToList();

        foreach (var line in plain)
        {
            Assert.True(scanner.TryRead(line.ToCharArray(), 0, line.Length, out var quick), line);
            Assert.True(Same(quick, LiveEventJson.Parse(line)), line);
        }
    }

    [Fact]
    public void FastPath_OnTheHostileCorpus_AgreesWithTheSerializer()
    {
        var scanner = new LiveEventLineScanner();
        for (var seed = 0; seed < 2_000; seed++)
        {
            var line = Encoding.UTF8.GetString(HostileInputs.Mutate(Sample[seed % Sample.Length], seed)).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
            if (scanner.TryRead(line.ToCharArray(), 0, line.Length, out var quick))
            {
                Assert.True(LiveEventJson.TryParse(line, out var parsed, out _) && Same(quick, parsed), $"seed {seed}: {line}");
            }
        }
    }

    [Property(Arbitrary = [typeof(LineShapes)], MaxTest = 200)]
    public bool Reader_GivesTheEventsAndErrors_OfEachLineReadAlone(EventLineText[] lines, int seed)
    {
        var text = LineShapes.Session(lines, seed);
        using var reader = new LiveEventJsonLinesReader(new StringReader(text), "s.jsonl");
        var events = reader.ReadAll().ToList();
        var (expectedEvents, expectedErrors) = EachLineAlone(text);
        return events.Count == expectedEvents.Count
            && events.Zip(expectedEvents, Same).All(same => same)
            && reader.Errors.Select(e => e.ToString()).SequenceEqual(expectedErrors);
    }

    [Fact]
    public void Reader_OnTheHostileCorpus_GivesTheEventsAndErrors_OfEachLineReadAlone()
    {
        for (var file = 0; file < 60; file++)
        {
            var bytes = Enumerable.Range(0, 30).Select(i => (file * 30) + i)
                .SelectMany(seed => (seed % 3 == 0 ? HostileInputs.Utf8(Sample[seed % Sample.Length]) : HostileInputs.Mutate(Sample[seed % Sample.Length], seed)).Append((byte)'\n'))
                .ToArray();
            using var reader = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(bytes)), "s.jsonl");
            var events = reader.ReadAll().ToList();
            var (expectedEvents, expectedErrors) = EachLineAlone(new StreamReader(new MemoryStream(bytes)).ReadToEnd());

            Assert.Equal(expectedEvents.Count, events.Count);
            Assert.All(events.Zip(expectedEvents, Same), Assert.True);
            Assert.Equal(expectedErrors, reader.Errors.Select(e => e.ToString()));
        }
    }

    [Fact]
    public void Names_RepeatedOnManyLines_AreOneStringEach()
    {
        var line = LiveEventJson.Serialize(new GiftEvent { GiftId = 5655, GiftName = "Rose", SenderId = 1, SenderName = "ana", RepeatCount = 1, Timestamp = new DateTimeOffset(2025, 3, 1, 20, 0, 1, TimeSpan.Zero) });
        using var reader = new LiveEventJsonLinesReader(new StringReader(line + "\n" + line + "\n"));

        var gifts = reader.ReadAll().Select(e => e.AsGift()).ToList();

        Assert.Same(gifts[0].SenderName, gifts[1].SenderName);
        Assert.Same(gifts[0].GiftName, gifts[1].GiftName);
        Assert.Equal("ana", gifts[1].SenderName);
    }

    /// <summary>The reader's contract written plainly: lines split as <see cref="TextReader.ReadLine"/> splits them, each read on its own.</summary>
    private static (List<LiveEvent> Events, List<string> Errors) EachLineAlone(string text)
    {
        var events = new List<LiveEvent>();
        var errors = new List<string>();
        using var lines = new StringReader(text);
        var number = 0;
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 65_536)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "s.jsonl: line {0}: the line is {1:N0} characters long; a line may be at most 65,536 (see docs/input-limits.md), so it was skipped unread", number, line.Length));
            }
            else if (line.Trim().Length == 0)
            {
                continue;
            }
            else if (LiveEventJson.TryParse(line, out var liveEvent, out var error))
            {
                events.Add(liveEvent);
            }
            else
            {
                errors.Add($"s.jsonl: line {number}: {error}");
            }
        }

        return (events, errors);
    }

    internal static bool Same(LiveEvent a, LiveEvent b) =>
        a.Kind == b.Kind && a.Timestamp.Ticks == b.Timestamp.Ticks && a.Timestamp.Offset == b.Timestamp.Offset && a.Kind switch
        {
            LiveEventKind.Gift => a.AsGift().Equals(b.AsGift()),
            LiveEventKind.Like => a.AsLike().Equals(b.AsLike()),
            LiveEventKind.ViewerCount => a.AsViewerCount().Equals(b.AsViewerCount()),
            LiveEventKind.Follow => a.AsFollow().Equals(b.AsFollow()),
            LiveEventKind.Share => a.AsShare().Equals(b.AsShare()),
            LiveEventKind.Subscription => a.AsSubscription().Equals(b.AsSubscription()),
            _ => false,
        };
}
