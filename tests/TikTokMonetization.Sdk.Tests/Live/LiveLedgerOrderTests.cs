using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// Totals that depend on arrival order are flagged, each rule by one example: frames without group ids out of time
/// order or overlapping, and prices that arrive late or disagree.
/// </summary>
public sealed class LiveLedgerOrderTests
{
    [Fact]
    public void WithoutGroupIds_TwoOverlappingStreaks_AreFlaggedWithTheirSenderAndGift()
    {
        // Two Rose streaks of sender 1 at once (3 and 2 gifts): without group ids they merge into 3, so the summary says so.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 0.2, group: 0));
        ledger.Record(Rose(1, 2, atSeconds: 0.4, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0.6, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 0.8, group: 0));

        var quality = ledger.GetSummary().DataQuality;
        Assert.True(quality.OrderDependentFrames > 0);
        var flagged = Assert.Single(quality.OrderDependentGifts);
        Assert.Equal((1L, 5655L, 0L), (flagged.SenderId, flagged.GiftId, flagged.ReceiverId));
        Assert.Contains(quality.Warnings, w => w.Contains("sender 1, gift 5655", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutGroupIds_ALaterStreakArrivingFirst_IsFlagged()
    {
        // Two streaks 30 seconds apart whose frames arrive the later one first (two producers): they merge (5, not 8).
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, end: true, atSeconds: 30, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 0, group: 0));
        ledger.Flush();

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(5), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void WithoutGroupIds_StreaksInTimeOrder_RaiseNoOrderFlag()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 2, atSeconds: 0.4, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0.8, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0.8, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 30, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 30.4, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0.8, group: 0)); // the first streak's end frame, re-sent

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(4), summary.Host.Coins);
        Assert.Equal(0, summary.DataQuality.OrderDependentFrames);
        Assert.Empty(summary.DataQuality.OrderDependentGifts);
    }

    [Fact]
    public void WithoutGroupIds_AStreakQuietForTheQuietPeriodBeforeAnySweep_EndsBeforeTheNextStreak()
    {
        // A sweep at 11.5 s finds the first streak (last frame at 1.6 s) not yet quiet; the next streak starts at 12 s,
        // a quiet period after it: it is a new streak of 3, not frames of the first (which has 5 and would swallow it).
        var ledger = NewLedger();
        for (var count = 1; count <= 5; count++)
        {
            ledger.Record(Rose(1, count, atSeconds: (count - 1) * 0.4, group: 0));
        }

        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddSeconds(11.5) });
        ledger.Record(Rose(1, 1, atSeconds: 12, group: 0));
        ledger.Record(Rose(1, 2, atSeconds: 12.4, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 12.8, group: 0));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(8), summary.Host.Coins);
        Assert.Equal(0, summary.DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void WithoutGroupIds_TheEndFrameAfterAFlush_EndsTheStreakInsteadOfCountingItAgain()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 3, atSeconds: 0.8, group: 0));
        ledger.Flush();
        Assert.Equal(LiveRecordResult.Closed, ledger.Record(Rose(1, 3, end: true, atSeconds: 1.2, group: 0)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(3), summary.Host.Coins);
        Assert.Equal(0, summary.DataQuality.StreaksClosedAtFlush);
    }

    [Fact]
    public void WithoutGroupIds_AnEndFrameDelayedPastTheTimeout_EndsItsStreakInsteadOfCountingItAgain()
    {
        // Found by the eight-producer law: a gift at 31 s reached the ledger before the end frame dated 19.5 s, so the
        // streak had closed by timeout, and the end frame started a second streak of one Rose.
        var ledger = NewLedger();
        ledger.Record(Rose(2, 1, atSeconds: 19.1, group: 0));
        ledger.Record(Lion(4, atSeconds: 31.2, group: 0));
        ledger.Record(Rose(2, 1, end: true, atSeconds: 19.5, group: 0));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(29_999 + 1), summary.Host.Coins);
        Assert.Equal(0, summary.DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void WithGroupIds_NoFrameIsEverOrderDependent()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, end: true, atSeconds: 30, group: 2));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 0, group: 1));
        ledger.Record(Rose(1, 1, atSeconds: 0.2, group: 3));

        Assert.Equal(0, ledger.GetSummary().DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void OrderDependentGifts_AreBoundedButEveryFrameIsCounted()
    {
        var ledger = NewLedger();
        for (var sender = 1; sender <= LiveLedger.MaxOrderDependentListed + 20; sender++)
        {
            ledger.Record(Rose(sender, 2, end: true, atSeconds: 30, group: 0));
            ledger.Record(Rose(sender, 1, end: true, atSeconds: 0, group: 0));
        }

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal(LiveLedger.MaxOrderDependentListed + 20, quality.OrderDependentFrames);
        Assert.Equal(LiveLedger.MaxOrderDependentListed, quality.OrderDependentGifts.Count);
    }

    [Fact]
    public void OrderDependentFlag_SurvivesACheckpoint()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(7, 5, end: true, atSeconds: 30, group: 0, receiver: 7002));
        ledger.Record(Rose(7, 3, end: true, atSeconds: 0, group: 0, receiver: 7002));

        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card);

        var flagged = Assert.Single(restored.GetSummary().DataQuality.OrderDependentGifts);
        Assert.Equal((7L, 5655L, 7002L, 1L), (flagged.SenderId, flagged.GiftId, flagged.ReceiverId, flagged.Frames));
        Assert.Equal(Everything(ledger.GetSummary()), Everything(restored.GetSummary()));
    }

    [Fact]
    public void GiftsToACoHostPricedAfterCounting_AreFlaggedById()
    {
        // Found by the late-price law: only the host's unpriced gifts were looked at, so a co-host's stayed silent.
        var ledger = NewLedger();
        var unknown = Lion(1, atSeconds: 0) with { GiftId = 990_002, RepeatEnd = true, ReceiverId = 7002 };
        ledger.Record(unknown);
        ledger.Record(unknown with { SenderId = 2, UnitPriceCoins = 40, Timestamp = T0.AddSeconds(1) });

        Assert.Equal([990_002L], ledger.GetSummary().DataQuality.GiftsPricedAfterCounting);
    }

    [Fact]
    public void FramesThatDisagreeOnAPrice_AreFlaggedById()
    {
        var ledger = NewLedger();
        var unknown = Lion(1, atSeconds: 0) with { GiftId = 990_002, RepeatEnd = true, UnitPriceCoins = 40 };
        ledger.Record(unknown);
        ledger.Record(unknown with { SenderId = 2, UnitPriceCoins = 50, Timestamp = T0.AddSeconds(1) });
        ledger.Record(unknown with { SenderId = 3, UnitPriceCoins = 40, Timestamp = T0.AddSeconds(2) });

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal([990_002L], quality.GiftsWithConflictingPrices);
        Assert.Contains(quality.Warnings, w => w.Contains("different prices for gift id(s) 990002", StringComparison.Ordinal));
    }

    [Fact]
    public void FramesThatAgreeOnAPrice_AreNotFlagged()
    {
        var ledger = NewLedger();
        var unknown = Lion(1, atSeconds: 0) with { GiftId = 990_002, RepeatEnd = true, UnitPriceCoins = 40 };
        ledger.Record(unknown);
        ledger.Record(unknown with { SenderId = 2, Timestamp = T0.AddSeconds(1) });

        Assert.Empty(ledger.GetSummary().DataQuality.GiftsWithConflictingPrices);
    }
}
