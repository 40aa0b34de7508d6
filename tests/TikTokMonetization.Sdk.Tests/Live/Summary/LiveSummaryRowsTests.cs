using System.Text.Json.Nodes;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The summary's rows: the leaderboard and the gift rows rank by coins with ties broken by id, hold only senders and
/// gifts that gave the host something, and say each gift's price and where it came from.
/// </summary>
public sealed class LiveSummaryRowsTests
{
    [Fact]
    public void TheLeaderboard_RanksByCoins_TiesBySenderId_AndKeepsTheLeaderboardSize()
    {
        var ledger = NewLedger(new LiveLedgerOptions { LeaderboardSize = 2 });
        ledger.Record(Rose(9, 5, end: true, group: 1));
        ledger.Record(Rose(4, 5, end: true, group: 2, atSeconds: 1));
        ledger.Record(Rose(6, 7, end: true, group: 3, atSeconds: 2));

        var summary = ledger.GetSummary();

        Assert.Equal([(1, 6L, 7m), (2, 4L, 5m)], summary.TopGifters.Select(g => (g.Rank, g.SenderId, g.Coins.Value)));
        Assert.Equal(3, summary.GifterCount);
    }

    [Fact]
    public void TheGiftRows_RankByCoins_TiesByGiftId()
    {
        var ledger = NewLedger();
        ledger.Record(Priced(990_203, price: 5, count: 2, sender: 1));
        ledger.Record(Priced(990_201, price: 10, count: 1, sender: 2));
        ledger.Record(Priced(990_202, price: 1, count: 30, sender: 3));

        Assert.Equal([990_202L, 990_201L, 990_203L], ledger.GetSummary().Gifts.Select(g => g.GiftId));
    }

    [Fact]
    public void ASenderWhoseOnlyFrameWasRejected_IsNoGifter_AndItsNewGiftIdHasNoRow()
    {
        // Two frames of int.MaxValue gifts at int.MaxValue coins fit in the running sums; the next two would wrap them.
        var ledger = NewLedger();
        ledger.Record(Huge(1, 880_001));
        ledger.Record(Huge(2, 880_001));
        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(Huge(3, 880_001)));
        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(Huge(4, 880_002)));

        var summary = ledger.GetSummary();

        Assert.Equal(2, summary.GifterCount);
        Assert.Equal([1L, 2L], summary.TopGifters.Select(g => g.SenderId));
        Assert.Equal([880_001L], summary.Gifts.Select(g => g.GiftId));
    }

    [Fact]
    public void AGiftSentOnlyToACoHost_HasNoGiftRowAndNoGifterRow()
    {
        var ledger = NewLedger();
        ledger.Record(Priced(990_204, price: 3, count: 2, sender: 5) with { ReceiverId = 7002 });
        ledger.Record(Rose(1, 1, end: true));

        var summary = ledger.GetSummary();

        Assert.Equal([5655L], summary.Gifts.Select(g => g.GiftId));
        Assert.Equal([1L], summary.TopGifters.Select(g => g.SenderId));
        Assert.Equal(1, summary.GifterCount);
        Assert.Equal(new Coins(6), Assert.Single(summary.CoHosts).Totals.Coins);
    }

    [Fact]
    public void AGiftRow_SaysItsPriceAndWhereItCameFrom_APriceOfZeroIncluded()
    {
        var ledger = NewLedger();
        ledger.Record(Priced(990_205, price: 0, count: 2, sender: 1));
        ledger.Record(Priced(990_206, price: 4, count: 1, sender: 1));
        ledger.Record(Priced(990_207, price: 4, count: 1, sender: 1) with { UnitPriceCoins = null });
        ledger.Record(Lion(2, atSeconds: 1));

        var rows = ledger.GetSummary().Gifts.ToDictionary(g => g.GiftId);

        Assert.Equal((0, GiftPriceSource.Event, 2L, 0L), (rows[990_205].UnitPriceCoins, rows[990_205].PriceSource, rows[990_205].Gifts, rows[990_205].UnpricedGifts));
        Assert.Equal((4, GiftPriceSource.Event), (rows[990_206].UnitPriceCoins, rows[990_206].PriceSource));
        Assert.Equal((null, GiftPriceSource.Unknown, 1L), (rows[990_207].UnitPriceCoins, rows[990_207].PriceSource, rows[990_207].UnpricedGifts));
        Assert.Equal((29_999, GiftPriceSource.Catalog), (rows[6369].UnitPriceCoins, rows[6369].PriceSource));
    }

    [Fact]
    public void SharedNameMatches_AreOnlyForAGiftWithoutAPrice()
    {
        // "Heart" is the name of two built-in gifts at different prices; a frame's own price of 0 is a price.
        var ledger = NewLedger();
        ledger.Record(Priced(990_208, price: 0, count: 1, sender: 1) with { GiftName = "Heart" });
        ledger.Record(Priced(990_209, price: 0, count: 1, sender: 1) with { GiftName = "Heart", UnitPriceCoins = null });

        var rows = ledger.GetSummary().Gifts.ToDictionary(g => g.GiftId);

        Assert.Empty(rows[990_208].SharedNameMatches);
        Assert.Equal([6247L, 5480L], rows[990_209].SharedNameMatches.Select(m => m.Id));
    }

    [Fact]
    public void SharedNameMatches_NeedTwoCatalogGiftsWithTheName_ALaterFramesUniqueNameIsNoSharedName()
    {
        // The catalog is asked by name at a gift id's first frame; here the name came only with a later streak of the
        // id, which takes the id's price (none), and one catalog gift has that name.
        var ledger = NewLedger();
        var first = Priced(990_210, price: 0, count: 1, sender: 1) with { UnitPriceCoins = null };
        ledger.Record(first);
        ledger.Record(first with { SenderId = 2, GroupId = 2, GiftName = "Rose", Timestamp = T0.AddSeconds(1) });

        var row = Assert.Single(ledger.GetSummary().Gifts);

        Assert.Equal(("Rose", 2L), (row.Name, row.UnpricedGifts));
        Assert.Empty(row.SharedNameMatches);
    }

    [Fact]
    public void AMinuteWithoutGifts_IsLeftOut_EvenWhenACheckpointListsIt()
    {
        // A ledger makes a minute row only for gifts; a checkpoint written elsewhere may list an empty one.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true));
        var doc = JsonNode.Parse(ledger.SaveCheckpoint())!;
        var rows = doc["minutes"]!.AsArray();
        var empty = rows[0]!.DeepClone().AsObject();
        empty["minute"] = rows[0]!["minute"]!.GetValue<long>() + 1;
        empty["coins"] = 0;
        empty["gifts"] = 0;
        rows.Add(empty);

        var minutes = LiveLedger.Restore(doc.ToJsonString(), Card).GetSummary().Minutes;

        Assert.Equal([(T0, 2L)], minutes.Select(m => (m.Minute, m.Gifts)));
    }

    /// <summary>A one-frame streak of a streakable gift priced by its frame, to the host.</summary>
    private static GiftEvent Priced(long giftId, int price, int count, long sender) => new()
    {
        GiftId = giftId,
        GiftType = 1,
        UnitPriceCoins = price,
        SenderId = sender,
        GroupId = giftId,
        RepeatCount = count,
        RepeatEnd = true,
        Timestamp = T0,
    };

    private static GiftEvent Huge(long sender, long giftId) => new()
    {
        GiftId = giftId,
        GiftType = 2,
        UnitPriceCoins = int.MaxValue,
        SenderId = sender,
        GroupId = sender,
        RepeatCount = int.MaxValue,
        RepeatEnd = true,
        Timestamp = T0,
    };
}
