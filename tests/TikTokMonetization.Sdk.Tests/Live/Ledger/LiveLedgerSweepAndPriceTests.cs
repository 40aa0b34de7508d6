using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// What the sixth mutation sitting found untested in the ledger: a later frame moves a streak's quiet period for the
/// sweep (which reads a dense copy of the open streaks' last times), a streak priced at zero keeps its price when a later
/// frame names another, and a catalog price of zero is a price a frame can differ from.
/// </summary>
public sealed class LiveLedgerSweepAndPriceTests
{
    [Fact]
    public void ALaterFrame_MovesTheStreaksQuietPeriod_SoASweepAfterTheFirstFramesPeriodLeavesItOpen()
    {
        // Quiet period 10 s (a sweep every 2.5 s): the streak's last frame is at 8 s, the sweep at 12 s is 4 s after it.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0));
        ledger.Record(Rose(1, 4, atSeconds: 8));
        ledger.Record(Lion(2, atSeconds: 12));

        var summary = ledger.GetSummary();
        Assert.Equal(1, summary.Host.OpenStreaks);
        Assert.Equal(0, summary.DataQuality.StreaksClosedByTimeout);

        // And it does close a quiet period after that last frame.
        ledger.Record(Lion(3, atSeconds: 18.5, group: 4));
        summary = ledger.GetSummary();
        Assert.Equal(0, summary.Host.OpenStreaks);
        Assert.Equal(1, summary.DataQuality.StreaksClosedByTimeout);
    }

    [Fact]
    public void AStreakPricedAtZero_KeepsThatPrice_WhenALaterFrameNamesAnother_AndTheConflictIsListed()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, atSeconds: 0) with { UnitPriceCoins = 0 });
        ledger.Record(Rose(1, 3, atSeconds: 1) with { UnitPriceCoins = 5 });

        var summary = ledger.GetSummary();
        Assert.Equal(3, summary.Host.Gifts);
        Assert.Equal(0, summary.Host.UnpricedGifts);
        Assert.Equal(Coins.Zero, summary.Host.Coins);
        Assert.Equal([5655L], summary.DataQuality.GiftsWithConflictingPrices);
    }

    [Fact]
    public void AStreakPricedAtZero_IsNotPricedAgain_ByALaterFrameWithoutAPrice()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, atSeconds: 0) with { UnitPriceCoins = 0 });
        ledger.Record(Rose(1, 3, atSeconds: 1) with { UnitPriceCoins = null });

        var summary = ledger.GetSummary();
        Assert.Equal((3L, 0L, Coins.Zero), (summary.Host.Gifts, summary.Host.UnpricedGifts, summary.Host.Coins));
        var gift = summary.Gifts.Single();
        Assert.Equal((3L, 0L, 0), (gift.Gifts, gift.UnpricedGifts, gift.UnitPriceCoins ?? -1));
    }

    [Fact]
    public void AFramePricedUnlikeACatalogPriceOfZero_IsListedAsPricedUnlikeTheCatalog()
    {
        var catalog = new GiftCatalog([new GiftCatalogEntry(5655, "Rose", 0, 1)], new DateTime(2026, 1, 1), "test");
        var ledger = NewLedger(catalog: catalog);
        ledger.Record(Rose(1, 2, end: true) with { UnitPriceCoins = 5 });

        Assert.Equal([5655L], ledger.GetSummary().DataQuality.GiftsPricedUnlikeCatalog);
    }
}
