using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// A summary warns of exactly what happened: nothing for a clean session watched from the start, and, word for word,
/// each bounded-memory fold and the senders whose gifts depended on the order of arrival.
/// </summary>
public sealed class LiveSummaryWarningsTests
{
    [Fact]
    public void ACleanSessionWatchedFromTheStart_HasNoWarningAndNoCaveat()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(Rose(1, 2, end: true));
        ledger.Record(Lion(2, atSeconds: 1));
        ledger.Record(new LikeEvent { Count = 3, RoomTotal = 3, Timestamp = T0.AddSeconds(2) });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0.AddSeconds(3) });
        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddSeconds(4) });

        var quality = ledger.GetSummary().DataQuality;

        Assert.Empty(quality.Warnings);
        Assert.Empty(quality.RejectedByReason);
        Assert.Equal(0, quality.EventsRejected);
        Assert.Null(quality.ReplayedFrom);
        Assert.Null(quality.ReplayedTo);
        Assert.False(quality.LikesPerMessageCapped);
        Assert.False(quality.LikesBehindRoomTotal);
        Assert.False(quality.NoSubscriptionsObserved);
    }

    [Fact]
    public void EachBoundedMemoryFold_IsWarnedOfWordForWord()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true, MaxGiftIds = 1, MaxMinuteRows = 1, MaxCoHosts = 1, MaxFollowers = 1 });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Rose(1, 2, end: true));
        ledger.Record(Lion(2, atSeconds: 70) with { RepeatEnd = true });
        ledger.Record(Rose(3, 1, end: true, atSeconds: 71, group: 3, receiver: 7002));
        ledger.Record(Rose(3, 1, end: true, atSeconds: 72, group: 4, receiver: 7003));
        ledger.Record(new FollowEvent { SenderId = 8, Timestamp = T0.AddSeconds(73) });
        ledger.Record(new FollowEvent { SenderId = 9, Timestamp = T0.AddSeconds(74) });

        Assert.Equal(
        [
            "Bounded memory: more than 1 gift ids (MaxGiftIds); 1 streak(s) of further gift ids are counted in every total (priced by their frames or the catalog) but folded into one 'other gifts' row.",
            "Bounded memory: more than 1 minutes (MaxMinuteRows); 1 gift(s) in later minutes are counted in every total but in no per-minute row.",
            "Bounded memory: more than 1 co-hosts (MaxCoHosts); 1 gift frame(s) to further co-hosts were not counted (the host's totals never hold co-host gifts).",
            "Bounded memory: more than 1 followers (MaxFollowers); 1 further follow(s) were counted without checking for repeats.",
        ],
        ledger.GetSummary().DataQuality.Warnings);
    }

    [Fact]
    public void GiftsFoldedBeyondMaxMinuteRows_AreCountedAsGifts_NotAsStreaksOrRows()
    {
        // One streak of three Roses in a second minute, with room for one minute row: three gifts are folded.
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true, MaxMinuteRows = 1 });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Rose(1, 1, end: true));
        ledger.Record(Rose(2, 3, end: true, atSeconds: 70, group: 2));

        var summary = ledger.GetSummary();

        Assert.Equal(3, summary.DataQuality.MinuteGiftsFolded);
        Assert.Equal([(T0, 1L)], summary.Minutes.Select(m => (m.Minute, m.Gifts)));
        Assert.Equal(
            ["Bounded memory: more than 1 minutes (MaxMinuteRows); 3 gift(s) in later minutes are counted in every total but in no per-minute row."],
            summary.DataQuality.Warnings);
    }

    [Fact]
    public void OrderDependentGifts_AreNamedFiveAtMost_WithTheirCoHost_AndTheRestCounted()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        for (var sender = 1; sender <= 6; sender++)
        {
            var receiver = sender == 1 ? 7002 : 0;
            ledger.Record(Rose(sender, 2, end: true, atSeconds: 30, group: 0, receiver: receiver));
            ledger.Record(Rose(sender, 1, end: true, atSeconds: 0, group: 0, receiver: receiver));
        }

        var warning = Assert.Single(ledger.GetSummary().DataQuality.Warnings);

        Assert.Equal(
            "6 gift frame(s) without a group id came out of time order or overlapped another streak of the same sender and gift, so the ledger had to guess "
            + "which streak they belong to; the totals of these senders and gifts may depend on the order of arrival and may be low "
            + "(sender 2, gift 5655: 1; sender 3, gift 5655: 1; sender 4, gift 5655: 1; sender 5, gift 5655: 1; sender 6, gift 5655: 1; and 1 more).",
            warning);
    }

    [Fact]
    public void FiveOrderDependentGifts_AreAllNamed_WithNothingMore()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        for (var sender = 1; sender <= 5; sender++)
        {
            ledger.Record(Rose(sender, 2, end: true, atSeconds: 30, group: 0));
            ledger.Record(Rose(sender, 1, end: true, atSeconds: 0, group: 0));
        }

        var warning = Assert.Single(ledger.GetSummary().DataQuality.Warnings);

        Assert.EndsWith("(sender 1, gift 5655: 1; sender 2, gift 5655: 1; sender 3, gift 5655: 1; sender 4, gift 5655: 1; sender 5, gift 5655: 1).", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void StreaksClosedAtFlushOrResumed_AndAClockJumpOrAnIgnoredTick_AreWarnedOfWordForWord()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 1));
        ledger.Record(Rose(2, 1, atSeconds: 30, group: 2));
        ledger.Record(Rose(1, 2, atSeconds: 31, group: 1));
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddHours(1) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddHours(1).AddSeconds(1) });
        ledger.Record(Rose(3, 1, atSeconds: 3_602, group: 3));
        ledger.Tick(T0.AddHours(3));
        ledger.Flush();

        Assert.Equal(
        [
            "2 streak(s) closed by timeout: their repeat-end frame never arrived; each counts its highest frame.",
            "1 streak(s) closed at flush without their repeat-end frame; each counts its highest frame.",
            "1 streak(s) resumed after being closed: the quiet period may be too short (counted once anyway).",
            "The event clock moved 1 time(s) by more than the maximum clock jump because two events in a row agreed (a reconnect after a gap, a sparse LIVE, another recording appended, or a misdated first event); the observed time includes such gaps.",
            "1 Tick call(s) ignored: they came more than the maximum clock jump after the latest event (a wall-clock timer while a recording is replayed, or a silent LIVE); open streaks stay pending until the next event or Flush.",
        ],
        ledger.GetSummary().DataQuality.Warnings.Where(w => !w.Contains("had a timestamp too far", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnOrderDependentGiftToACoHost_IsNamedWithItsCoHost()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Rose(1, 2, end: true, atSeconds: 30, group: 0, receiver: 7002));
        ledger.Record(Rose(1, 1, end: true, atSeconds: 0, group: 0, receiver: 7002));

        var warning = Assert.Single(ledger.GetSummary().DataQuality.Warnings);

        Assert.EndsWith("(sender 1, gift 5655 to co-host 7002: 1).", warning, StringComparison.Ordinal);
    }
}
