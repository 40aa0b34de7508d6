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
