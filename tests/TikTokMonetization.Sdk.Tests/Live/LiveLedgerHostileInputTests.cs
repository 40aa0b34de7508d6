using System.Globalization;
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
        for (var minute = 0; minute <= 30; minute++)
        {
            ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0.AddMinutes(minute) });
        }

        ledger.Record(Rose(1, 3, atSeconds: 60));
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
    [InlineData("\"minute\":", "-2", "minutes[0].minute is -2; it must be from -1 (the row of minutes beyond MaxMinuteRows)")]
    [InlineData("\"coins\":", "-5", "receivers[0].coins is -5")]
    [InlineData("\"firstTicks\":", "-7", "firstTicks is -7")]
    [InlineData("\"events\":", "9223372036854775807", "counters.events is 9223372036854775807")]
    [InlineData("\"count\":", "9223372036854775807", "streaks[0].count is 9223372036854775807")]
    [InlineData("\"shares\":", "-1", "shares is -1")]
    [InlineData("\"coHostUnpricedGifts\":", "-1", "gifts[0].coHostUnpricedGifts is -1")]
    [InlineData("\"orderDependent\":", "-1", "counters.orderDependent is -1")]
    [InlineData("\"gifterStreaksFolded\":", "-1", "counters.gifterStreaksFolded is -1")]
    [InlineData("\"viewerSamplesDropped\":", "-1", "counters.viewerSamplesDropped is -1")]
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

    [Theory]
    [InlineData("2099-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void OneFarFutureFrame_DoesNotMoveTheClock_SoAReSentEndFrameIsNotCountedAgain(string when)
    {
        var ledger = NewLedger();
        for (var k = 1; k <= 5; k++)
        {
            ledger.Record(Dear(k, end: k == 5, atSeconds: k));
        }

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(2, 1, end: true) with { Timestamp = DateTimeOffset.Parse(when, CultureInfo.InvariantCulture) }));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Dear(5, end: true, atSeconds: 5)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins((5 * 29_999) + 1), summary.Host.Coins);
        Assert.Equal(T0.AddSeconds(5), summary.ObservedTo);
        Assert.Equal(1, summary.DataQuality.EventsWithUntrustedTime);
        Assert.Equal(1, summary.DataQuality.DuplicateFrames);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("too far from the other events", StringComparison.Ordinal));
    }

    [Fact]
    public void OneFrameFarInThePast_DoesNotStretchTheObservedTime()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, end: true, atSeconds: 10));
        ledger.Record(Rose(2, 1, end: true) with { Timestamp = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        ledger.Record(Rose(3, 1, end: true, atSeconds: 20));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(3), summary.Host.Coins);
        Assert.Equal(TimeSpan.FromSeconds(10), summary.ObservedDuration);
        Assert.Equal(1, summary.DataQuality.EventsWithUntrustedTime);
    }

    [Fact]
    public void WallClockTick_DuringAReplayedRecording_SweepsNothing()
    {
        // A recorded 2025 session fed while a timer ticks with today's time.
        var ledger = NewLedger();
        for (var k = 1; k <= 5; k++)
        {
            ledger.Record(Dear(k, end: k == 5, atSeconds: k));
        }

        Assert.Equal(0, ledger.Tick(DateTimeOffset.UtcNow));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Dear(5, end: true, atSeconds: 5)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(5 * 29_999), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.TicksIgnored);
        Assert.Equal(TimeSpan.FromSeconds(4), summary.ObservedDuration);
    }

    [Fact]
    public void WallClockTick_DuringAReplay_DoesNotCloseOpenStreaks()
    {
        var ledger = NewLedger();
        ledger.Record(Dear(2, atSeconds: 1));
        ledger.Tick(DateTimeOffset.UtcNow);
        ledger.Record(Dear(4, atSeconds: 2));

        var summary = ledger.GetSummary();
        Assert.Equal(1, summary.Host.OpenStreaks);
        Assert.Equal(0, summary.DataQuality.StreaksResumed);
    }

    [Fact]
    public void ClockMovesFarForward_OnlyWhenTheNextEventConfirmsIt()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, end: true));
        var later = T0.AddHours(2);
        ledger.Record(Rose(2, 1, end: true) with { Timestamp = later });
        Assert.Equal(T0, ledger.GetSummary().ObservedTo);
        ledger.Record(Rose(3, 1, end: true) with { Timestamp = later.AddSeconds(1) });

        var summary = ledger.GetSummary();
        Assert.Equal(later.AddSeconds(1), summary.ObservedTo);
        Assert.Equal(new Coins(3), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.ClockJumps);
        Assert.Equal(1, summary.DataQuality.EventsWithUntrustedTime);
    }

    [Fact]
    public void SparseSession_KeepsItsObservedTime()
    {
        // A quiet LIVE: one event every ten minutes, longer than the window; each event confirms the one before.
        var ledger = NewLedger();
        for (var minute = 0; minute <= 60; minute += 10)
        {
            ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddMinutes(minute) });
        }

        Assert.Equal(TimeSpan.FromMinutes(60), ledger.GetSummary().ObservedDuration);
    }

    [Fact]
    public void MisdatedFirstEvent_IsOutvotedByTheEventsAfterIt()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(9, 1, end: true) with { Timestamp = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        for (var i = 0; i < 5; i++)
        {
            ledger.Record(Rose(1, 1, end: true, atSeconds: i, group: i));
        }

        var summary = ledger.GetSummary();
        Assert.Equal(T0, summary.ObservedFrom);
        Assert.Equal(T0.AddSeconds(4), summary.ObservedTo);
        Assert.Equal(new Coins(6), summary.Host.Coins);
        Assert.Equal(0, summary.DataQuality.ReplayedEventsIgnored);
    }

    [Fact]
    public void FarFutureFrames_BetweenOrdinaryOnes_NeverMoveTheClock()
    {
        var ledger = NewLedger();
        for (var i = 0; i < 10; i++)
        {
            ledger.Record(Rose(1, 1, end: true, atSeconds: i, group: i));
            ledger.Record(Rose(100 + i, 1, end: true) with { Timestamp = new DateTimeOffset(2099, 1, 1, 0, 0, i, TimeSpan.Zero) });
        }

        var summary = ledger.GetSummary();
        Assert.Equal(T0.AddSeconds(9), summary.ObservedTo);
        Assert.Equal(0, summary.DataQuality.ClockJumps);
    }

    [Fact]
    public void MaxClockJump_IsValidatedLikeTheOtherOptions()
    {
        var ex = Assert.Throws<ArgumentException>(() => NewLedger(new LiveLedgerOptions { MaxClockJump = TimeSpan.FromDays(2) }));

        Assert.Contains("TikTokMonetization:LiveLedger:MaxClockJump is 2.00:00:00; it must be from 00:00:01 to 1.00:00:00.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionRecordedTwice_IsCountedOnce_AndFlaggedWithWhatWasIgnored()
    {
        var session = RecordedSession();
        var once = NewLedger();
        Feed(once, session);
        var twice = NewLedger();
        Feed(twice, session);
        Feed(twice, session);

        var expected = once.GetSummary(100);
        var actual = twice.GetSummary(100);
        Assert.Equal(Totals(expected), Totals(actual));
        Assert.Equal(expected.Likes.MessageLikes, actual.Likes.MessageLikes);
        Assert.Equal(expected.Shares, actual.Shares);
        Assert.Equal(expected.Viewers.TimeWeightedAverage, actual.Viewers.TimeWeightedAverage);
        Assert.Equal(expected.ObservedDuration, actual.ObservedDuration);
        Assert.Equal(session.Count, actual.DataQuality.ReplayedEventsIgnored);
        Assert.Equal(T0, actual.DataQuality.ReplayedFrom);
        Assert.Equal(T0.AddMinutes(30), actual.DataQuality.ReplayedTo);
        Assert.Contains(actual.DataQuality.Warnings, w => w.Contains("ignored as a replay", StringComparison.Ordinal));
    }

    [Fact]
    public void SessionRecordedTwice_AndThenContinued_CountsTheContinuation()
    {
        var session = RecordedSession();
        var ledger = NewLedger();
        Feed(ledger, session);
        Feed(ledger, session);
        ledger.Record(Rose(9, 7, end: true, atSeconds: 1900, group: 99));
        ledger.Record(new ShareEvent { SenderId = 9, Timestamp = T0.AddSeconds(1901) });

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins((5 * 29_999) + 3 + 7), summary.Host.Coins);
        Assert.Equal(2, summary.Shares);
    }

    private static List<LiveEvent> RecordedSession()
    {
        var events = new List<LiveEvent>();
        for (var k = 1; k <= 5; k++)
        {
            events.Add(Dear(k, end: k == 5, atSeconds: k));
        }

        events.Add(new ViewerCountEvent { Viewers = 100, Timestamp = T0 });
        events.Add(Rose(2, 3, end: true, atSeconds: 600, group: 0));
        events.Add(new LikeEvent { Count = 15, RoomTotal = 2_000, Timestamp = T0.AddMinutes(12) });
        events.Add(new ShareEvent { SenderId = 3, Timestamp = T0.AddMinutes(20) });
        events.Add(new ViewerCountEvent { Viewers = 200, Timestamp = T0.AddMinutes(30) });
        return events;
    }

    private static void Feed(LiveLedger ledger, List<LiveEvent> events)
    {
        foreach (var e in events)
        {
            ledger.Record(e);
        }
    }

    /// <summary>A streakable gift at the Lion's price, so that a double count shows.</summary>
    private static GiftEvent Dear(int count, bool end = false, double atSeconds = 0) => new()
    {
        GiftId = 880_001,
        GiftType = 1,
        UnitPriceCoins = 29_999,
        SenderId = 1,
        GroupId = 0,
        RepeatCount = count,
        RepeatEnd = end,
        Timestamp = T0.AddSeconds(atSeconds),
    };

    [Fact]
    public void WithoutGroupIds_AReSentEndFrame_AfterTheNextStreakStarted_IsADuplicate()
    {
        // Rule 7: without group ids a frame dated within an earlier streak of the same sender and gift belongs to it.
        var ledger = NewLedger();
        for (var k = 1; k <= 5; k++)
        {
            ledger.Record(Dear(k, end: k == 5, atSeconds: k));
        }

        ledger.Record(Dear(1, atSeconds: 20));
        ledger.Record(Dear(2, atSeconds: 21));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Dear(5, end: true, atSeconds: 5)));
        ledger.Record(Dear(3, end: true, atSeconds: 22));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(8 * 29_999), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.DuplicateFrames);
    }

    [Fact]
    public void WithoutGroupIds_ALateHigherFrameOfTheEarlierStreak_CountsOnceForThatStreak()
    {
        var ledger = NewLedger();
        ledger.Record(Dear(1, atSeconds: 1));
        ledger.Record(Dear(2, end: true, atSeconds: 3));
        ledger.Record(Dear(1, atSeconds: 20));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Dear(3, atSeconds: 2)));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Dear(3, atSeconds: 2)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(4 * 29_999), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.LateFramesAfterEnd);
    }

    [Fact]
    public void ConfirmedClockJump_DoesNotUseUpTheRetention_SoARepeatFromBeforeTheGapIsStillADuplicate()
    {
        // Found by the copy law: the jump's gap was not observed, so it must not make the ledger forget closed streaks.
        var ledger = NewLedger(new LiveLedgerOptions { ClosedStreakRetention = TimeSpan.FromMinutes(1) });
        ledger.Record(Lion(1, atSeconds: 0) with { RepeatEnd = true });
        ledger.Record(Lion(2, atSeconds: 300));
        ledger.Record(Lion(2, atSeconds: 300));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Lion(2, atSeconds: 300)));
        Assert.Equal(new Coins(2 * 29_999), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void AFrameExactlyTheRetentionBehind_IsIgnoredAsAReplay_NotCountedAgain()
    {
        // Found by the end-frame law: at exactly the retention its streak may already be forgotten.
        var ledger = NewLedger(new LiveLedgerOptions { ClosedStreakRetention = TimeSpan.FromMinutes(1) });
        ledger.Record(Lion(1, atSeconds: 0) with { RepeatEnd = true });
        for (var second = 10; second <= 60; second += 10)
        {
            ledger.Record(new ViewerCountEvent { Viewers = 5, Timestamp = T0.AddSeconds(second) });
        }

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Lion(1, atSeconds: 0) with { RepeatEnd = true }));
        Assert.Equal(new Coins(29_999), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void WithoutGroupIds_AFrameAQuietPeriodAfterATimedOutStreak_StartsTheNextStreak()
    {
        // Found by the no-group-id law: 3 gifts whose streak timed out, then a send of 17 a minute later, is 20 gifts.
        var ledger = NewLedger();
        ledger.Record(Dear(3, atSeconds: 0));
        ledger.Record(Rose(5, 1, end: true, atSeconds: 30));
        ledger.Record(Dear(17, end: true, atSeconds: 60));

        Assert.Equal(new Coins((20 * 29_999) + 1), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void GiftsWhoseCoinsDependOnArrivalOrder_AreFlaggedById()
    {
        // A gift nothing prices is counted unpriced; a later frame of another streak brings its price.
        var ledger = NewLedger();
        var unknown = Lion(1, atSeconds: 0) with { GiftId = 990_002, RepeatEnd = true };
        ledger.Record(unknown);
        ledger.Record(unknown with { SenderId = 2, UnitPriceCoins = 40, Timestamp = T0.AddSeconds(1) });

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal([990_002L], quality.GiftsPricedAfterCounting);
        Assert.Contains(quality.Warnings, w => w.Contains("depend on the order the frames arrived in", StringComparison.Ordinal));
    }
}
