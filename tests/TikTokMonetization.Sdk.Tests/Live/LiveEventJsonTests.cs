using System.Text;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The recorded-session format: one event per line; malformed lines are reported and skipped.</summary>
public sealed class LiveEventJsonTests
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");

    [Fact]
    public void SampleSession_ReadsEveryGoodLine_AndReportsTheTwoBadOnes()
    {
        using var reader = LiveEventJsonLinesReader.OpenFile(SamplePath);

        var events = reader.ReadAll().ToList();

        Assert.Equal(33, events.Count);
        Assert.Equal(35, reader.LinesRead);
        Assert.Equal([21L, 24L], reader.Errors.Select(e => e.LineNumber));
        Assert.Contains("end of data", reader.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal("'senderId' is missing", reader.Errors[1].Reason);
        Assert.Equal("sample-session.jsonl: line 24: 'senderId' is missing", reader.Errors[1].ToString());
    }

    [Fact]
    public void SampleSession_ThroughTheLedger_GivesTheWorkedExample()
    {
        var ledger = NewLedger();
        using var reader = LiveEventJsonLinesReader.OpenFile(SamplePath);

        foreach (var e in reader.ReadAll())
        {
            ledger.Record(in e);
        }

        ledger.Flush();
        var summary = ledger.GetSummary();

        Assert.Equal(new Coins(30_525), summary.Host.Coins);
        Assert.Equal(Money.Usd(152.625m), summary.Host.Cash);
        Assert.Equal(2, summary.Host.UnpricedGifts);
        Assert.Equal(new Coins(3), Assert.Single(summary.CoHosts).Totals.Coins);
        Assert.Equal(["ben", "ana", "cara", "dan"], summary.TopGifters.Select(g => g.SenderName));
        Assert.Equal([30_299m, 206m, 20m, 0m], summary.TopGifters.Select(g => g.Coins.Value));
        Assert.Equal(1, summary.DataQuality.StreaksClosedByTimeout);
        Assert.Equal(2, summary.DataQuality.DuplicateFrames);
        Assert.Equal(1, summary.DataQuality.OutOfOrderFrames);
        Assert.Equal(130d, summary.Viewers.TimeWeightedAverage, 9);
        Assert.Equal(1_300, summary.Likes.Likes);
        Assert.Equal(2, summary.NewFollowers);
        Assert.Equal(TimeSpan.FromMinutes(6), summary.ObservedDuration);

        var stats = summary.ToLiveStats();
        Assert.Equal((1, 0.1d, 130d, 1_300L, (Coins?)new Coins(30_525), 2L), (stats.Sessions, Math.Round(stats.Hours, 9), Math.Round(stats.AverageConcurrentViewers, 9), stats.Likes, stats.CoinsGifted, stats.NewFollowers));
    }

    [Fact]
    public void Lines_AcceptIdsAsStrings_TimesAsUnixMilliseconds_AndRepeatEndAsZeroOrOne()
    {
        var e = LiveEventJson.Parse("""{"type":"gift","time":1740859200000,"giftId":"5655","senderId":"7234567890123456789","groupId":12,"repeatCount":3,"repeatEnd":1,"receiverId":"0"}""");

        var gift = e.AsGift();
        Assert.Equal(5655, gift.GiftId);
        Assert.Equal(7_234_567_890_123_456_789L, gift.SenderId);
        Assert.True(gift.RepeatEnd);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero), gift.Timestamp);
        Assert.Null(gift.UnitPriceCoins);
    }

    [Theory]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"count":3}""", "'count' is not a field of a gift line")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"repeatCount":0}""", "the repeat count must be 1 or greater")]
    [InlineData("""{"type":"gift","giftId":5655,"senderId":1}""", "'time' is missing")]
    [InlineData("""{"type":"raid","time":"2025-03-01T20:00:00Z"}""", "'type' is 'raid'")]
    [InlineData("""{"time":"2025-03-01T20:00:00Z"}""", "'type' is missing")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","count":-1}""", "must be zero or greater")]
    [InlineData("""{"type":"viewers","time":"yesterday","count":5}""", "'time' is 'yesterday'")]
    [InlineData("""{"type":"share","time":"2025-03-01T20:00:00Z","colour":"red"}""", "'colour' is not a field of a LIVE event line (the fields are listed in docs/live-ledger.md)")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":"rose","senderId":1}""", "'giftId' must be a whole number")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","count":1.5}""", "'count' must be a whole number")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"repeatEnd":2}""", "'repeatEnd' must be true, false, 0 or 1")]
    [InlineData("null", "the line is 'null'")]
    public void BadLines_SayWhatIsWrong(string line, string reason)
    {
        Assert.False(LiveEventJson.TryParse(line, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => LiveEventJson.Parse(line));
    }

    [Fact]
    public void EveryKind_RoundTripsThroughOneLine()
    {
        LiveEvent[] events =
        [
            Rose(7, 3, end: true, atSeconds: 1.25, group: 99, receiver: 7002),
            new GiftEvent { GiftId = 6369, SenderId = 1, RepeatCount = 1, Timestamp = T0 },
            new LikeEvent { SenderId = 1, SenderName = "a", Count = 15, RoomTotal = 1_000, Timestamp = T0 },
            new LikeEvent { Count = 2, Timestamp = T0 },
            new ViewerCountEvent { Viewers = 321, Timestamp = T0 },
            new FollowEvent { SenderId = 2, SenderName = "b", Timestamp = T0 },
            new ShareEvent { SenderId = 3, Timestamp = T0 },
            new SubscriptionEvent { SenderId = 4, Months = 3, Timestamp = T0 },
        ];

        foreach (var e in events)
        {
            var line = LiveEventJson.Serialize(e);
            var back = LiveEventJson.Parse(line);
            Assert.DoesNotContain('\n', line);
            Assert.Equal(line, LiveEventJson.Serialize(back));
            Assert.Equal(e.Kind, back.Kind);
            Assert.Equal(e.Timestamp, back.Timestamp);
        }

        Assert.Equal(events[0].AsGift(), LiveEventJson.Parse(LiveEventJson.Serialize(events[0])).AsGift());
        Assert.Throws<ArgumentException>(() => LiveEventJson.Serialize(default(LiveEvent)));
    }

    [Fact]
    public void BlankLines_AreSkippedSilently_AndLineNumbersStayTrue()
    {
        var text = new StringBuilder()
            .AppendLine(LiveEventJson.Serialize(Rose(1, 1)))
            .AppendLine()
            .AppendLine("   ")
            .AppendLine("{ not json")
            .ToString();
        using var reader = new LiveEventJsonLinesReader(new StringReader(text), "inline");

        Assert.Single(reader.ReadAll());
        Assert.Equal(4, Assert.Single(reader.Errors).LineNumber);
        Assert.Equal("inline", reader.Errors[0].Source);
    }

    [Fact]
    public void Dispose_LeavesTheTextReaderOpen_WhenAsked()
    {
        var inner = new StringReader("{}");
        new LiveEventJsonLinesReader(inner, leaveOpen: true).Dispose();
        Assert.Equal("{}", inner.ReadLine());

        new LiveEventJsonLinesReader(inner).Dispose();
        Assert.Throws<ObjectDisposedException>(() => inner.ReadLine());
    }
}
