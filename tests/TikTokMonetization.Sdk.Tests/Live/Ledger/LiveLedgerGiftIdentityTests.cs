using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// What the ledger learns about a gift id and a sender from later frames: a missing name or type is filled in, one
/// already known is kept (a later frame never renames a row), and the type decides whether the id's next sends streak.
/// </summary>
public sealed class LiveLedgerGiftIdentityTests
{
    private static GiftEvent Unknown(long group, int type, string? name = null, double atSeconds = 0) => new()
    {
        GiftId = 999_997,
        GiftName = name,
        GiftType = type,
        UnitPriceCoins = 3,
        SenderId = 1,
        GroupId = group,
        RepeatCount = 1,
        Timestamp = T0.AddSeconds(atSeconds),
    };

    [Fact]
    public void AGiftTypeLearnedFromALaterFrame_DecidesHowTheIdsUntypedSendsCount()
    {
        // The first send has no type (so it streaks); the second says 2 (sent at once); the third, untyped again, counts at once.
        var ledger = NewLedger();

        ledger.Record(Unknown(group: 1, type: 0));
        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Unknown(group: 2, type: 2, atSeconds: 1)));
        ledger.Record(Unknown(group: 3, type: 0, atSeconds: 2));

        var host = ledger.GetSummary().Host;
        Assert.Equal((1, new Coins(9), new Coins(6)), (host.OpenStreaks, host.Coins, host.SettledCoins));
    }

    [Fact]
    public void AKnownGiftType_IsNotOverwrittenByALaterFramesOtherType()
    {
        // Type 2 is learned first; a frame that says 1 streaks itself but does not change what untyped sends of the id do.
        var ledger = NewLedger();

        ledger.Record(Unknown(group: 1, type: 2));
        ledger.Record(Unknown(group: 2, type: 1, atSeconds: 1));
        ledger.Record(Unknown(group: 3, type: 0, atSeconds: 2));

        Assert.Equal(1, ledger.GetSummary().Host.OpenStreaks);
    }

    [Fact]
    public void AnUntypedFrameOfACatalogGift_TakesTheCatalogsType()
    {
        // The Lion is type 2 in the catalog: sent without a type, it counts at once instead of waiting for an end frame.
        var ledger = NewLedger();

        ledger.Record(Lion(1) with { GiftType = 0 });

        Assert.Equal((0, new Coins(29_999)), (ledger.GetSummary().Host.OpenStreaks, ledger.GetSummary().Host.SettledCoins));
    }

    [Fact]
    public void AFramesGiftType_WinsOverTheCatalogs_ForTheIdsLaterUntypedSends()
    {
        var ledger = NewLedger();

        ledger.Record(Lion(1, group: 1) with { GiftType = 1 });
        ledger.Record(Lion(1, atSeconds: 1, group: 2) with { GiftType = 0 });

        Assert.Equal(2, ledger.GetSummary().Host.OpenStreaks);
    }

    [Fact]
    public void AGiftName_IsTakenFromTheFirstFrameThatHasOne_AndKept()
    {
        var ledger = NewLedger();

        ledger.Record(Unknown(group: 1, type: 2));
        ledger.Record(Unknown(group: 2, type: 2, name: "Alpha", atSeconds: 1));
        ledger.Record(Unknown(group: 3, type: 2, name: "Beta", atSeconds: 2));
        ledger.Record(Unknown(group: 4, type: 2, atSeconds: 3));

        Assert.Equal("Alpha", Assert.Single(ledger.GetSummary().Gifts).Name);
    }

    [Fact]
    public void AFramesGiftName_IsShown_AndTheCatalogsNameOnlyWhenTheFrameHasNone()
    {
        var named = NewLedger();
        named.Record(Rose(1, 1, end: true) with { GiftName = "Rosa" });
        var unnamed = NewLedger();
        unnamed.Record(Rose(1, 1, end: true) with { GiftName = null });

        Assert.Equal("Rosa", Assert.Single(named.GetSummary().Gifts).Name);
        Assert.Equal("Rose", Assert.Single(unnamed.GetSummary().Gifts).Name);
    }

    [Fact]
    public void ASendersName_IsTakenFromTheFirstFrameThatHasOne_AndKept()
    {
        var ledger = NewLedger();

        ledger.Record(Rose(1, 1, end: true, group: 1) with { SenderName = null });
        ledger.Record(Rose(1, 1, end: true, atSeconds: 1, group: 2) with { SenderName = "ana" });
        ledger.Record(Rose(1, 1, end: true, atSeconds: 2, group: 3) with { SenderName = "bea" });
        ledger.Record(Rose(1, 1, end: true, atSeconds: 3, group: 4) with { SenderName = null });

        var gifter = Assert.Single(ledger.GetSummary().TopGifters);
        Assert.Equal(("ana", new Coins(4)), (gifter.SenderName, gifter.Coins));
    }

    [Fact]
    public void AFramePriceEqualToTheCatalogs_MakesTheFrameThePriceSource_WithoutAFlag()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, end: true));

        var summary = ledger.GetSummary();
        Assert.Equal(GiftPriceSource.Event, Assert.Single(summary.Gifts).PriceSource);
        Assert.Empty(summary.DataQuality.GiftsPricedUnlikeCatalog);
    }

    [Fact]
    public void AGiftTheCatalogDoesNotList_IsNeverFlaggedAsPricedUnlikeTheCatalog()
    {
        var ledger = NewLedger();
        ledger.Record(Unknown(group: 1, type: 2) with { UnitPriceCoins = 40 });

        Assert.Empty(ledger.GetSummary().DataQuality.GiftsPricedUnlikeCatalog);
    }
}
