using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The rules that keep the count exact against hostile or careless streams: time, replays, overflow, identity.</summary>
public sealed class LiveLedgerHostileInputTests
{
    [Fact]
    public void ObservedDuration_ComesOnlyFromEvents_NotFromTick()
    {
        // The quick start's pattern: events for 30 minutes, then a timer's Tick long after the last event.
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0 });
        ledger.Record(Rose(1, 3, atSeconds: 60));
        ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0.AddMinutes(30) });
        ledger.Tick(T0.AddHours(5));

        var summary = ledger.GetSummary();

        Assert.Equal(T0.AddMinutes(30), summary.ObservedTo);
        Assert.Equal(0.5d, summary.ToLiveStats().Hours, 9);
    }

    [Fact]
    public void ObservedDuration_ComesOnlyFromEvents_WhenTickRunsOnTheWallClock()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0));
        ledger.Record(Rose(1, 5, end: true, atSeconds: 2));
        ledger.Tick(DateTimeOffset.UtcNow);

        Assert.Equal(TimeSpan.FromSeconds(2), ledger.GetSummary().ObservedDuration);
    }

    [Fact]
    public void RunningSums_NeverWrap_AFrameThatWouldOverflowIsACountedRejection()
    {
        // Three crafted frames, each int.MaxValue gifts at int.MaxValue coins: two fit in a long, the third would wrap.
        var ledger = NewLedger();
        var results = Enumerable.Range(1, 3).Select(sender => ledger.Record(Huge(sender))).ToArray();

        var summary = ledger.GetSummary();
        var each = (long)int.MaxValue * int.MaxValue;
        Assert.Equal([LiveRecordResult.Counted, LiveRecordResult.Counted, LiveRecordResult.Rejected], results);
        Assert.Equal(new Coins(2 * each), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.RejectedByReason[LiveEventRejection.TotalOutOfRange]);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("past 9,223,372,036,854,775,807", StringComparison.Ordinal));
        Assert.All(summary.TopGifters, g => Assert.True(g.Coins.Value >= 0));
    }

    [Fact]
    public void RunningSums_NeverWrap_WhenALaterPriceRepricesEarlierGifts()
    {
        // Unpriced gifts are counted first; the frame that would price them past long.MaxValue is rejected instead.
        var ledger = NewLedger();
        ledger.Record(Huge(1) with { GiftId = 990_001, UnitPriceCoins = null, RepeatEnd = false });
        ledger.Record(Huge(2));
        var result = ledger.Record(Huge(1) with { GiftId = 990_001, RepeatEnd = true });

        var summary = ledger.GetSummary();
        Assert.Equal(LiveRecordResult.Rejected, result);
        Assert.True(summary.Host.Coins.Value > 0);
        Assert.Equal(int.MaxValue, summary.Host.UnpricedGifts);
    }

    [Fact]
    public void LikeSums_NeverWrap()
    {
        var ledger = NewLedger();
        var checkpoint = ledger.SaveCheckpoint().Replace("\"messageLikes\":0", "\"messageLikes\":" + (long.MaxValue - 10), StringComparison.Ordinal);
        var restored = LiveLedger.Restore(checkpoint, Card);

        Assert.Equal(LiveRecordResult.Rejected, restored.Record(new LikeEvent { Count = 15, Timestamp = T0 }));
        Assert.Equal(long.MaxValue - 10, restored.GetSummary().Likes.MessageLikes);
    }

    [Fact]
    public void RoomLikesSinceConnected_StayWithinTheRoomTotal_AndNeverWrap()
    {
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { Count = int.MaxValue, RoomTotal = 0, Timestamp = T0 });
        ledger.Record(new LikeEvent { Count = 1, RoomTotal = long.MaxValue, Timestamp = T0.AddSeconds(1) });

        Assert.Equal(long.MaxValue, ledger.GetSummary().Likes.RoomLikesSinceConnected);
    }

    [Theory]
    [InlineData("\"minute\":", "-1", "minutes[0].minute is -1")]
    [InlineData("\"coins\":", "-5", "receivers[0].coins is -5")]
    [InlineData("\"firstTicks\":", "-7", "firstTicks is -7")]
    [InlineData("\"events\":", "9223372036854775807", "counters.events is 9223372036854775807")]
    [InlineData("\"count\":", "9223372036854775807", "streaks[0].count is 9223372036854775807")]
    [InlineData("\"shares\":", "-1", "shares is -1")]
    public void Restore_RefusesACheckpointWhoseMeaningIsInvalid_NamingTheFieldAndValue(string field, string value, string expected)
    {
        var json = SetFirst(SessionCheckpoint(), field, value);

        var ex = Assert.Throws<FormatException>(() => LiveLedger.Restore(json, Card));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("it must be from", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RefusesACheckpointWhoseRowsDoNotAddUpToTheHostTotal()
    {
        var json = SetFirst(SessionCheckpoint(), "\"senderId\":2,\"name\":\"user2\",\"coins\":", "0");

        var ex = Assert.Throws<FormatException>(() => LiveLedger.Restore(json, Card));

        Assert.Contains("gifters[*].coins add up to 5, but the host's coins (receivers[0].coins) are 6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_StillReadsACheckpointWrittenBeforeTheNewRejectionReason()
    {
        var json = SessionCheckpoint().Replace("\"rejections\":[0,0,0,0,0,0,0,0]", "\"rejections\":[0,0,0,0,0,0,0]", StringComparison.Ordinal);

        Assert.Equal(new Coins(6), LiveLedger.Restore(json, Card).GetSummary().Host.Coins);
    }

    private static GiftEvent Huge(long sender) => new()
    {
        GiftId = 880_001,
        GiftType = 2,
        UnitPriceCoins = int.MaxValue,
        SenderId = sender,
        GroupId = sender,
        RepeatCount = int.MaxValue,
        RepeatEnd = true,
        Timestamp = T0,
    };

    private static string SessionCheckpoint()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, end: true));
        ledger.Record(Rose(2, 1, atSeconds: 1, group: 9));
        ledger.Record(new ShareEvent { SenderId = 3, Timestamp = T0.AddSeconds(2) });
        return ledger.SaveCheckpoint();
    }

    private static string SetFirst(string json, string prefix, string value)
    {
        var at = json.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(at >= 0, prefix + " is not in " + json);
        var start = at + prefix.Length;
        var end = start;
        while (end < json.Length && json[end] is not (',' or '}' or ']'))
        {
            end++;
        }

        return string.Concat(json.AsSpan(0, start), value, json.AsSpan(end));
    }
}
