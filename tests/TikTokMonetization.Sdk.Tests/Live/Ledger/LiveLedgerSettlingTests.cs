using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// Pending and settled, row by row: a gifter's pending coins are those of their open streaks, and a late frame of an
/// earlier streak (without group ids) is settled at once in the host's and the gifter's rows.
/// </summary>
public sealed class LiveLedgerSettlingTests
{
    [Fact]
    public void AGiftersPendingCoins_AreThoseOfTheirOpenStreaks()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, group: 1));
        ledger.Record(Rose(2, 2, end: true, atSeconds: 1, group: 2));

        var open = ledger.GetSummary().TopGifters.ToDictionary(g => g.SenderId);
        Assert.Equal((new Coins(3), new Coins(3)), (open[1].Coins, open[1].PendingCoins));
        Assert.Equal((new Coins(2), Coins.Zero), (open[2].Coins, open[2].PendingCoins));

        ledger.Record(Rose(1, 5, end: true, atSeconds: 2, group: 1));

        var closed = ledger.GetSummary().TopGifters.ToDictionary(g => g.SenderId);
        Assert.Equal((new Coins(5), Coins.Zero), (closed[1].Coins, closed[1].PendingCoins));
    }

    [Fact]
    public void AGiftersPendingCoins_SettleWhenTheirStreakTimesOut()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3));
        ledger.Tick(T0.AddSeconds(10));

        var gifter = Assert.Single(ledger.GetSummary().TopGifters);
        Assert.Equal((new Coins(3), Coins.Zero), (gifter.Coins, gifter.PendingCoins));
    }

    [Fact]
    public void WithoutGroupIds_ALateHigherFrameOfTheEarlierStreak_IsSettledAtOnce_InTheHostAndGifterRows()
    {
        // The earlier streak (2 gifts, ended) gets a late frame of 3 while the next streak (1 gift) is open: the late
        // gift settles at once, so only the open streak's gift is pending.
        // At 3 coins each, so that the late gift's coins are its count times its price.
        static GiftEvent Frame(int count, double atSeconds, bool end = false) => Rose(1, count, end, atSeconds, group: 0) with { UnitPriceCoins = 3 };
        var ledger = NewLedger();
        ledger.Record(Frame(1, 1));
        ledger.Record(Frame(2, 3, end: true));
        ledger.Record(Frame(1, 20));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Frame(3, 2)));

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(12), new Coins(9), new Coins(3)), (summary.Host.Coins, summary.Host.SettledCoins, summary.Host.PendingCoins));
        var gifter = Assert.Single(summary.TopGifters);
        Assert.Equal((new Coins(12), new Coins(3), 4L), (gifter.Coins, gifter.PendingCoins, gifter.Gifts));
        Assert.Equal(1, summary.DataQuality.LateFramesAfterEnd);
    }

    [Fact]
    public void WithoutGroupIds_ALateHigherFrameToACoHost_IsSettledAtOnce_InTheCoHostsRow()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0, receiver: 7002));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 3, group: 0, receiver: 7002));
        ledger.Record(Rose(1, 1, atSeconds: 20, group: 0, receiver: 7002));
        ledger.Record(Rose(1, 3, atSeconds: 2, group: 0, receiver: 7002));

        var summary = ledger.GetSummary();
        var coHost = Assert.Single(summary.CoHosts).Totals;
        Assert.Equal((new Coins(4), new Coins(3)), (coHost.Coins, coHost.SettledCoins));
        Assert.Equal(Coins.Zero, summary.Host.Coins);
        Assert.Empty(summary.TopGifters);
    }

    [Fact]
    public void WithoutGroupIds_ALateHigherFrameOfAnUnpricedStreak_IsCountedUnpriced_AndSettlesNoCoins()
    {
        var unknown = Rose(1, 1, atSeconds: 1, group: 0) with { GiftId = 999_999, GiftName = null, UnitPriceCoins = null };
        var ledger = NewLedger();
        ledger.Record(unknown);
        ledger.Record(unknown with { RepeatCount = 2, RepeatEnd = true, Timestamp = T0.AddSeconds(3) });
        ledger.Record(unknown with { Timestamp = T0.AddSeconds(20) });
        ledger.Record(unknown with { RepeatCount = 3, Timestamp = T0.AddSeconds(2) });

        var host = ledger.GetSummary().Host;
        Assert.Equal((Coins.Zero, Coins.Zero, 4L), (host.Coins, host.SettledCoins, host.UnpricedGifts));
    }

    [Fact]
    public void WithoutGroupIds_ALateFrameDatedAtTheEarlierStreaksFirstFrame_StillBelongsToIt()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 3, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 20, group: 0));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(1, 3, atSeconds: 1, group: 0)));
        Assert.Equal(new Coins(4), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void WithoutGroupIds_FramesOfTheEarlierStreak_AreDuplicatesOrOutOfOrder_ByTheirCount()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 3, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 20, group: 0));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 3, end: true, atSeconds: 3, group: 0)));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 2, atSeconds: 2, group: 0)));

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal((1L, 1L), (quality.DuplicateFrames, quality.OutOfOrderFrames));
        Assert.Equal(new Coins(4), ledger.GetSummary().Host.Coins);
    }
}
