using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// A streak counted without a price and priced by a later frame of its own: every row the gifts were counted in moves
/// them from unpriced to priced, and what had already settled settles at the new price. Each row is checked, because a
/// sum moved the wrong way in one row is a silent wrong number that the host's total does not show.
/// </summary>
public sealed class LiveLedgerRepricingTests
{
    private static readonly GiftEvent Unknown = new()
    {
        GiftId = 999_999,
        GiftType = 1,
        SenderId = 1,
        SenderName = "user1",
        GroupId = 5,
        RepeatCount = 2,
        Timestamp = T0.AddSeconds(30),
    };

    [Fact]
    public void ALaterFramesPrice_MovesTheStreaksEarlierGiftsToPriced_InTheGiftersTheGiftsAndTheMinutesRows()
    {
        var ledger = NewLedger();
        ledger.Record(Unknown);
        ledger.Record(Unknown with { UnitPriceCoins = 9, RepeatCount = 3, Timestamp = T0.AddSeconds(35) });

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(27), 3L, 0L), (summary.Host.Coins, summary.Host.Gifts, summary.Host.UnpricedGifts));
        var gifter = Assert.Single(summary.TopGifters);
        Assert.Equal((new Coins(27), new Coins(27), 3L, 0L), (gifter.Coins, gifter.PendingCoins, gifter.Gifts, gifter.UnpricedGifts));
        var gift = Assert.Single(summary.Gifts);
        Assert.Equal((new Coins(27), 3L, 0L, (int?)9, GiftPriceSource.Event), (gift.Coins, gift.Gifts, gift.UnpricedGifts, gift.UnitPriceCoins, gift.PriceSource));
        var minute = Assert.Single(summary.Minutes);
        Assert.Equal((T0, new Coins(27), 3L), (minute.Minute, minute.Coins, minute.Gifts));
        Assert.Empty(summary.DataQuality.UnpricedGiftIds);
        Assert.Empty(summary.DataQuality.GiftsPricedAfterCounting);
    }

    [Fact]
    public void ALaterFramesPrice_CountsTheEarlierGiftsInTheMinuteTheStreakBegan()
    {
        var ledger = NewLedger(new LiveLedgerOptions { QuietPeriod = TimeSpan.FromMinutes(2) });
        ledger.Record(Unknown);
        ledger.Record(Unknown with { UnitPriceCoins = 9, RepeatCount = 3, RepeatEnd = true, Timestamp = T0.AddSeconds(70) });

        var minutes = ledger.GetSummary().Minutes;
        Assert.Equal([(T0, new Coins(18), 2L), (T0.AddMinutes(1), new Coins(9), 1L)], minutes.Select(m => (m.Minute, m.Coins, m.Gifts)));
    }

    [Fact]
    public void ALaterFramesPrice_SettlesWhatHadSettled_AtTheNewPrice_InTheHostAndTheGiftersRows()
    {
        // The unpriced streak closes by timeout (its two gifts settle unpriced); a delayed frame of the same streak
        // brings the price and one more gift: the two settle at 9 coins each, the third is pending in the reopened streak.
        var ledger = NewLedger();
        ledger.Record(Unknown);
        ledger.Tick(T0.AddSeconds(45));
        ledger.Record(Unknown with { UnitPriceCoins = 9, RepeatCount = 3, Timestamp = T0.AddSeconds(36) });

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(27), new Coins(18), new Coins(9), 1), (summary.Host.Coins, summary.Host.SettledCoins, summary.Host.PendingCoins, summary.Host.OpenStreaks));
        var gifter = Assert.Single(summary.TopGifters);
        Assert.Equal((new Coins(27), new Coins(9)), (gifter.Coins, gifter.PendingCoins));
        Assert.Equal(1, summary.DataQuality.StreaksResumed);
    }

    [Fact]
    public void ALaterFramesPrice_MovesACoHostsStreakToPriced_AndFlagsNothing()
    {
        var ledger = NewLedger();
        ledger.Record(Unknown with { ReceiverId = 7002 });
        ledger.Record(Unknown with { ReceiverId = 7002, UnitPriceCoins = 9, RepeatCount = 3, RepeatEnd = true, Timestamp = T0.AddSeconds(35) });

        var summary = ledger.GetSummary();
        var coHost = Assert.Single(summary.CoHosts).Totals;
        Assert.Equal((new Coins(27), new Coins(27), 3L, 0L), (coHost.Coins, coHost.SettledCoins, coHost.Gifts, coHost.UnpricedGifts));
        Assert.Equal((Coins.Zero, 0L), (summary.Host.Coins, summary.Host.UnpricedGifts));
        Assert.Empty(summary.DataQuality.GiftsPricedAfterCounting);
        Assert.DoesNotContain(summary.DataQuality.Warnings, w => w.Contains("have no price", StringComparison.Ordinal));
    }
}
