using System.Text.Json.Nodes;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The streak and price rules at their exact edges: a frame exactly a quiet period later, a late frame at the earlier
/// streak's own times, a price of zero, and running sums that reach long.MaxValue exactly.
/// </summary>
public sealed class LiveLedgerEdgeTests
{
    [Fact]
    public void WithoutGroupIds_AFrameExactlyAQuietPeriodAfterTheLast_StartsTheNextStreak_EvenBeforeAnySweep()
    {
        // The sweep at 9 s finds nothing quiet yet and is not due again before 10 s: the frame itself closes the streak.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, atSeconds: 0, group: 0));
        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddSeconds(9) });

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(1, 1, atSeconds: 10, group: 0)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(6), summary.Host.Coins);
        Assert.Equal((1L, 0L), (summary.DataQuality.StreaksClosedByTimeout, summary.DataQuality.OrderDependentFrames));
    }

    [Fact]
    public void WithoutGroupIds_ALateFrameDatedAtTheEarlierStreaksEndFrame_CountsOnceForThatStreak()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 3, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 20, group: 0));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(1, 3, atSeconds: 3, group: 0)));

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(4), 1L), (summary.Host.Coins, summary.DataQuality.LateFramesAfterEnd));
    }

    [Fact]
    public void WithoutGroupIds_AnOlderFrameAtThePreviousStreaksEndTime_WithAnotherCount_IsFlagged()
    {
        // Only a repeat of the previous streak's last frame (same time and same count) is placed without guessing.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0.4, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0.8, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 30, group: 0));

        ledger.Record(Rose(1, 1, atSeconds: 0.8, group: 0));

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal((1L, 1L), (quality.OrderDependentFrames, quality.OutOfOrderFrames));
    }

    [Fact]
    public void AStreakPricedAtZero_KeepsThatPrice_WhenALaterFrameCarriesAnother()
    {
        var first = new GiftEvent { GiftId = 990_010, GiftType = 1, UnitPriceCoins = 0, SenderId = 1, GroupId = 1, RepeatCount = 1, Timestamp = T0 };
        var ledger = NewLedger();
        ledger.Record(first);
        ledger.Record(first with { UnitPriceCoins = 5, RepeatCount = 2, Timestamp = T0.AddSeconds(1) });

        var summary = ledger.GetSummary();
        Assert.Equal((Coins.Zero, 2L, 0L), (summary.Host.Coins, summary.Host.Gifts, summary.Host.UnpricedGifts));
        Assert.Equal([990_010L], summary.DataQuality.GiftsWithConflictingPrices);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    public void AnUnpricedStreak_TakesTheLatestPriceOfItsGiftId_AtItsNextFrame(int price)
    {
        // Sender 2's streak starts before any price is known; sender 1's frame then brings one; sender 2's next frame
        // (without a price) takes it for the whole streak, a price of zero included.
        var unpriced = new GiftEvent { GiftId = 990_011, GiftType = 1, SenderId = 2, GroupId = 2, RepeatCount = 1, Timestamp = T0 };
        var ledger = NewLedger();
        ledger.Record(unpriced);
        ledger.Record(unpriced with { SenderId = 1, GroupId = 1, UnitPriceCoins = price, Timestamp = T0.AddSeconds(1) });
        ledger.Record(unpriced with { RepeatCount = 2, Timestamp = T0.AddSeconds(2) });

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(3L * price), 3L, 0L), (summary.Host.Coins, summary.Host.Gifts, summary.Host.UnpricedGifts));
        Assert.Empty(summary.DataQuality.GiftsPricedAfterCounting);
    }

    [Fact]
    public void AHigherCountAfterTheStreaksOwnEndFrame_CountsTheDifferenceOnce_SettledAtOnce()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true, atSeconds: 1));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(1, 3, atSeconds: 2)));

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(3), new Coins(3), 0), (summary.Host.Coins, summary.Host.SettledCoins, summary.Host.OpenStreaks));
        Assert.Equal(1, summary.DataQuality.LateFramesAfterEnd);
    }

    [Fact]
    public void WithoutGroupIds_AHigherFrameExactlyAQuietPeriodAfterATimedOutStreak_StartsTheNextStreak()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0, group: 0));
        ledger.Tick(T0.AddSeconds(10));

        ledger.Record(Rose(1, 5, atSeconds: 10, group: 0));

        Assert.Equal(new Coins(8), ledger.GetSummary().Host.Coins);
    }

    [Theory]
    [InlineData(3, false)] // the same count again, not the end frame
    [InlineData(2, true)]  // a lower count on an end frame
    public void WithoutGroupIds_AfterATimeout_OnlyAHigherCountOrTheSameCountsEndFrame_ContinuesTheStreak(int count, bool end)
    {
        // Anything else dated within the quiet period starts the next streak (and is flagged as order-dependent).
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0, group: 0));
        ledger.Tick(T0.AddSeconds(10));

        ledger.Record(Rose(1, count, end: end, atSeconds: 5, group: 0));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(3 + count), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void WithoutGroupIds_AFrameBetweenTwoStreaks_JoinsTheCurrentOne_AndIsFlagged()
    {
        // Dated after the earlier streak's frames and before the current streak began: only a frame within the earlier
        // streak's span is matched against it.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 3, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 20, group: 0));

        ledger.Record(Rose(1, 3, atSeconds: 10, group: 0));

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(5), 0L, 1L), (summary.Host.Coins, summary.DataQuality.LateFramesAfterEnd, summary.DataQuality.OrderDependentFrames));
    }

    [Fact]
    public void WithoutGroupIds_ALowerCountAtTheSameTime_IsFlagged()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0));

        Assert.Equal(1, ledger.GetSummary().DataQuality.OrderDependentFrames);
    }

    [Fact]
    public void WithGroupIds_ALowerCountLater_IsOutOfOrder_NotOrderDependent()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0, group: 7));
        ledger.Record(Rose(1, 2, atSeconds: 1, group: 7));

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal((0L, 1L), (quality.OrderDependentFrames, quality.OutOfOrderFrames));
    }

    [Fact]
    public void EveryOrderDependentFrame_IsCountedAgainstItsSenderAndGift()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, end: true, atSeconds: 30, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 2, atSeconds: 10, group: 0));

        var flagged = Assert.Single(ledger.GetSummary().DataQuality.OrderDependentGifts);
        Assert.Equal((1L, 2L), (flagged.SenderId, flagged.Frames));
    }

    [Fact]
    public void TwoSendersWhoseStreakKeysShareAHashCode_AreStillTwoStreaks()
    {
        // Senders 40224 and 43776 give the same 32-bit hash for the Rose in group 1 to the host: only equality tells them apart.
        var ledger = NewLedger();
        ledger.Record(Rose(40_224, 3, end: true, group: 1));
        ledger.Record(Rose(43_776, 4, end: true, group: 1));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(7), summary.Host.Coins);
        Assert.Equal([(43_776L, new Coins(4)), (40_224L, new Coins(3))], summary.TopGifters.Select(g => (g.SenderId, g.Coins)));
    }

    [Fact]
    public void RunningCoins_MayReachLongMaxValueExactly_ButNotPassIt()
    {
        var ledger = NearTheLimit("coins", "settledCoins");

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(2, 5, end: true, atSeconds: 1, group: 2)));
        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(Rose(3, 1, end: true, atSeconds: 2, group: 3)));
        Assert.Equal(new Coins(long.MaxValue), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void RunningGiftCounts_MayReachLongMaxValueExactly_ButNotPassIt()
    {
        var ledger = NearTheLimit("gifts");

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(2, 5, end: true, atSeconds: 1, group: 2)));
        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(Rose(3, 1, end: true, atSeconds: 2, group: 3)));
        Assert.Equal(long.MaxValue, ledger.GetSummary().Host.Gifts);
    }

    /// <summary>A ledger restored from a one-gift session whose host, gifter, gift and minute rows hold long.MaxValue - 5 in the given columns.</summary>
    private static LiveLedger NearTheLimit(params string[] columns)
    {
        var session = NewLedger();
        session.Record(Rose(1, 1, end: true));
        var doc = JsonNode.Parse(session.SaveCheckpoint())!;
        foreach (var table in new[] { "receivers", "gifters", "gifts", "minutes" })
        {
            foreach (var column in columns.Where(c => doc[table]![0]![c] is not null))
            {
                doc[table]![0]![column] = long.MaxValue - 5;
            }
        }

        return LiveLedger.Restore(doc.ToJsonString(), Card);
    }
}
