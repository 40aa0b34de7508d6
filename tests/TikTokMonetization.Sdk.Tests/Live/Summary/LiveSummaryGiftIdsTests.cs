using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The data-quality section names the gift ids a reader has to act on: each list holds exactly the ids its rule
/// selects, in ascending order whatever the order of arrival, and the warnings name the same ids, every one of them.
/// </summary>
public sealed class LiveSummaryGiftIdsTests
{
    private const long CoHost = 7002;

    [Fact]
    public void UnpricedGiftIds_AreTheHostsUnpricedIds_InAscendingOrder_AndTheWarningNamesThemAll()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_102, sender: 1, count: 2));
        ledger.Record(Unpriced(990_101, sender: 2, count: 1));
        ledger.Record(Rose(3, 4, end: true));

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal([990_101L, 990_102L], quality.UnpricedGiftIds);
        Assert.Equal(3, quality.UnpricedGifts);
        Assert.Equal(
            ["3 gift(s) have no price and are not in the coins (gift ids: 990101, 990102); add them to the gift catalog."],
            quality.Warnings);
    }

    [Fact]
    public void UnpricedGifts_CountEveryReceiversGifts_AndAWarningAboutCoHostGiftsAlone_SaysSo()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_103, sender: 1, count: 3, receiver: CoHost));
        ledger.Record(Rose(2, 1, end: true));

        var summary = ledger.GetSummary();

        Assert.Equal(0, summary.Host.UnpricedGifts);
        Assert.Equal(3, summary.DataQuality.UnpricedGifts);
        Assert.Empty(summary.DataQuality.UnpricedGiftIds);
        Assert.Equal(
            ["3 gift(s) have no price and are not in the coins (gift ids: co-host gifts only); add them to the gift catalog."],
            summary.DataQuality.Warnings);
    }

    [Fact]
    public void UnpricedGifts_AreTheSumOverTheHostAndEveryCoHost_NotTheLargestOfThem()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_104, sender: 1, count: 2));
        ledger.Record(Unpriced(990_105, sender: 2, count: 3, receiver: CoHost));
        ledger.Record(Rose(3, 1, end: true));

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal(5, quality.UnpricedGifts);
        Assert.Equal(
            ["5 gift(s) have no price and are not in the coins (gift ids: 990104); add them to the gift catalog."],
            quality.Warnings);
    }

    [Theory]
    [InlineData(false, true, "2 gift(s) have no price and are not in the coins (gift ids: ids beyond MaxGiftIds, folded into the 'other gifts' row); add them to the gift catalog.")]
    [InlineData(true, true, "3 gift(s) have no price and are not in the coins (gift ids: 990115, ids beyond MaxGiftIds, folded into the 'other gifts' row); add them to the gift catalog.")]
    [InlineData(true, false, "1 gift(s) have no price and are not in the coins (gift ids: 990115); add them to the gift catalog.")]
    public void UnpricedGiftsFoldedIntoTheOtherGiftsRow_AreWarnedOfAsTheHosts_NotAsCoHostGifts(bool firstUnpriced, bool foldedUnpriced, string expected)
    {
        // With room for one gift id, a second id's gifts go to the 'other gifts' row: they are the host's, not a co-host's.
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true, MaxGiftIds = 1 });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(firstUnpriced ? Unpriced(990_115, sender: 1, count: 1, end: true) : Rose(1, 1, end: true));
        ledger.Record(foldedUnpriced ? Unpriced(990_116, sender: 2, count: 2, end: true) : Rose(2, 2, end: true, group: 2));

        var summary = ledger.GetSummary();

        Assert.Equal(foldedUnpriced ? 2 : 0, summary.OtherGifts!.UnpricedGifts);
        Assert.Equal(firstUnpriced ? [990_115L] : [], summary.DataQuality.UnpricedGiftIds);
        Assert.Contains(expected, summary.DataQuality.Warnings);
    }

    [Fact]
    public void GiftsPricedAfterCounting_HoldsIdsPricedLater_ToTheHostOrACoHost_AtAnyPriceIncludingZero_InAscendingOrder()
    {
        // Each id's first streak closes unpriced; a later streak of the id brings a price (0 for 990 104).
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_106, sender: 1, count: 2, end: true));
        ledger.Record(Unpriced(990_105, sender: 1, count: 1, end: true, receiver: CoHost));
        ledger.Record(Unpriced(990_104, sender: 2, count: 1, end: true));
        ledger.Record(Unpriced(990_106, sender: 4, count: 1, end: true, atSeconds: 5) with { UnitPriceCoins = 3 });
        ledger.Record(Unpriced(990_105, sender: 4, count: 1, end: true, atSeconds: 6) with { UnitPriceCoins = 7 });
        ledger.Record(Unpriced(990_104, sender: 4, count: 1, end: true, atSeconds: 7) with { UnitPriceCoins = 0 });
        ledger.Record(Rose(5, 1, end: true, atSeconds: 8));

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal([990_104L, 990_105L, 990_106L], quality.GiftsPricedAfterCounting);
        Assert.Equal([990_104L, 990_106L], quality.UnpricedGiftIds);
        Assert.Contains(
            "Gift id(s) 990104, 990105, 990106 got a price only after some of their gifts were counted without one: those stay unpriced, so these ids' coins depend on the order the frames arrived in; add them to the gift catalog.",
            quality.Warnings);
    }

    [Fact]
    public void AnIdThatNeverGotAPrice_IsNotPricedAfterCounting()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(Unpriced(990_107, sender: 1, count: 2, end: true));
        ledger.Record(Unpriced(990_107, sender: 2, count: 1, end: true, atSeconds: 5));

        Assert.Empty(ledger.GetSummary().DataQuality.GiftsPricedAfterCounting);
    }

    [Fact]
    public void GiftsWithConflictingPrices_AreListedInAscendingOrder_AndTheWarningNamesThemAll()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_109, sender: 1, count: 1, end: true) with { UnitPriceCoins = 2 });
        ledger.Record(Unpriced(990_108, sender: 1, count: 1, end: true) with { UnitPriceCoins = 2 });
        ledger.Record(Unpriced(990_109, sender: 2, count: 1, end: true, atSeconds: 5) with { UnitPriceCoins = 3 });
        ledger.Record(Unpriced(990_108, sender: 2, count: 1, end: true, atSeconds: 6) with { UnitPriceCoins = 4 });

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal([990_108L, 990_109L], quality.GiftsWithConflictingPrices);
        Assert.Equal(
            ["Gift frames carried different prices for gift id(s) 990108, 990109: each streak kept the first price its frames carried, so these ids' coins depend on the order the frames arrived in."],
            quality.Warnings);
    }

    [Fact]
    public void GiftsPricedUnlikeCatalog_AreListedInAscendingOrder_AndTheWarningNamesThemAll()
    {
        var catalog = GiftCatalog.Empty.With(
            [new GiftCatalogEntry(990_110, "Comet", 10, 1), new GiftCatalogEntry(990_111, "Meteor", 20, 1), new GiftCatalogEntry(990_112, "Star", 30, 1)],
            new DateTime(2025, 1, 1),
            "test catalog");
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true }, catalog);
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        ledger.Record(Unpriced(990_111, sender: 1, count: 1, end: true) with { UnitPriceCoins = 25 });
        ledger.Record(Unpriced(990_110, sender: 1, count: 1, end: true) with { UnitPriceCoins = 15 });
        ledger.Record(Unpriced(990_112, sender: 1, count: 1, end: true) with { UnitPriceCoins = 30 });

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal([990_110L, 990_111L], quality.GiftsPricedUnlikeCatalog);
        Assert.Equal(
            ["Gift frames carried prices that differ from the catalog for gift id(s) 990110, 990111; the frames' prices were used."],
            quality.Warnings);
    }

    [Fact]
    public void OrderDependentGifts_MostFramesFirst_ThenByReceiverSenderAndGift()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 1, Timestamp = T0 });
        OutOfOrder(ledger, sender: 1, giftId: 990_114, frames: 1);
        OutOfOrder(ledger, sender: 1, giftId: 990_113, frames: 1);
        OutOfOrder(ledger, sender: 2, giftId: 990_113, frames: 2);

        var quality = ledger.GetSummary().DataQuality;

        Assert.Equal(
            [(2L, 990_113L, 2L), (1L, 990_113L, 1L), (1L, 990_114L, 1L)],
            quality.OrderDependentGifts.Select(o => (o.SenderId, o.GiftId, o.Frames)));
        Assert.Equal(4, quality.OrderDependentFrames);
        Assert.EndsWith("(sender 2, gift 990113: 2; sender 1, gift 990113: 1; sender 1, gift 990114: 1).", Assert.Single(quality.Warnings), StringComparison.Ordinal);
    }

    /// <summary>A frame of a streakable gift without a price or a name, to the host unless a receiver is given.</summary>
    private static GiftEvent Unpriced(long giftId, long sender, int count, bool end = false, double atSeconds = 0, long receiver = 0) => new()
    {
        GiftId = giftId,
        GiftType = 1,
        SenderId = sender,
        GroupId = giftId * 100 + sender,
        RepeatCount = count,
        RepeatEnd = end,
        ReceiverId = receiver,
        Timestamp = T0.AddSeconds(atSeconds),
    };

    /// <summary>Streaks without a group id whose lower counts arrive after a higher one, each making one order-dependent frame.</summary>
    private static void OutOfOrder(LiveLedger ledger, long sender, long giftId, int frames)
    {
        var frame = Unpriced(giftId, sender, count: 2, end: true, atSeconds: 30) with { GroupId = 0, UnitPriceCoins = 1 };
        ledger.Record(frame);
        for (var i = 0; i < frames; i++)
        {
            ledger.Record(frame with { RepeatCount = 1, Timestamp = T0.AddSeconds(i) });
        }
    }
}
