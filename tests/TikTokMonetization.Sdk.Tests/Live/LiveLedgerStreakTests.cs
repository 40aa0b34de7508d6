using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The streak rules, one example each.</summary>
public sealed class LiveLedgerStreakTests
{
    [Fact]
    public void Streak_CountsItsHighestFrameOnce()
    {
        var ledger = NewLedger();

        var results = new[] { Rose(1, 1, atSeconds: 0), Rose(1, 2, atSeconds: 1), Rose(1, 3, atSeconds: 2), Rose(1, 3, end: true, atSeconds: 3) }
            .Select(f => ledger.Record(f)).ToArray();

        Assert.Equal([LiveRecordResult.Counted, LiveRecordResult.Counted, LiveRecordResult.Counted, LiveRecordResult.Closed], results);
        var host = ledger.GetSummary().Host;
        Assert.Equal(new Coins(3), host.Coins);
        Assert.Equal(new Coins(3), host.SettledCoins);
        Assert.Equal(3, host.Gifts);
        Assert.Equal(0, host.OpenStreaks);
    }

    [Fact]
    public void GiftSentOnce_ArrivesTwice_AndCountsOnce()
    {
        // TikTok-Live-Connector: "even if the user sends a giftType 1 gift only once, you will receive the event twice".
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1));
        ledger.Record(Rose(1, 1, end: true, atSeconds: 0.5));

        Assert.Equal(new Coins(1), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void DuplicateAndOutOfOrderFrames_AddNothing_AndAreCounted()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, atSeconds: 1));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 2, atSeconds: 1)));
        ledger.Record(Rose(1, 5, atSeconds: 4));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 3, atSeconds: 2)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(5), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.DuplicateFrames);
        Assert.Equal(1, summary.DataQuality.OutOfOrderFrames);
    }

    [Fact]
    public void EndFrameBeforeTheLastIncrement_StillCountsTheFinalCount()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0));
        ledger.Record(Rose(1, 4, end: true, atSeconds: 3));
        ledger.Record(Rose(1, 3, atSeconds: 2));
        ledger.Record(Rose(1, 4, atSeconds: 2.5));

        Assert.Equal(new Coins(4), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void NonStreakableGift_CountsAtOnce_AtItsCatalogPrice()
    {
        var ledger = NewLedger();

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Lion(2)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(29_999), summary.Host.SettledCoins);
        Assert.Equal(Coins.Zero, summary.Host.PendingCoins);
        var lion = Assert.Single(summary.Gifts);
        Assert.Equal("Lion", lion.Name);
        Assert.Equal(GiftPriceSource.Catalog, lion.PriceSource);
    }

    [Fact]
    public void NonStreakableGift_RepeatedFrame_CountsOnce()
    {
        var ledger = NewLedger();
        ledger.Record(Lion(2));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Lion(2)));
        Assert.Equal(new Coins(29_999), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void OpenStreak_IsPending_UntilItCloses()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 7));

        var host = ledger.GetSummary().Host;
        Assert.Equal(new Coins(7), host.Coins);
        Assert.Equal(new Coins(7), host.PendingCoins);
        Assert.Equal(Coins.Zero, host.SettledCoins);
        Assert.Equal(1, host.OpenStreaks);
        Assert.Equal(Money.Usd(0.035m), host.PendingCash);
    }

    [Fact]
    public void LostEndFrame_ClosesAfterTheQuietPeriod_InEventTime()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0));
        ledger.Record(Rose(1, 4, atSeconds: 3));

        ledger.Record(Lion(2, atSeconds: 9));
        Assert.Equal(1, ledger.GetSummary().Host.OpenStreaks);
        ledger.Record(Lion(2, atSeconds: 13.5, group: 3));

        var summary = ledger.GetSummary();
        Assert.Equal(0, summary.Host.OpenStreaks);
        Assert.Equal(1, summary.DataQuality.StreaksClosedByTimeout);
        Assert.Equal(new Coins(4 + 29_999 + 29_999), summary.Host.SettledCoins);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("closed by timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void LostEndFrame_ClosesOnTick_WhenNoFurtherEventArrives()
    {
        var ledger = NewLedger(new LiveLedgerOptions { QuietPeriod = TimeSpan.FromSeconds(5) });
        ledger.Record(Rose(1, 2, atSeconds: 0));

        Assert.Equal(0, ledger.Tick(T0.AddSeconds(4)));
        Assert.Equal(1, ledger.Tick(T0.AddSeconds(5)));
        Assert.Equal(1, ledger.GetSummary().DataQuality.StreaksClosedByTimeout);
    }

    [Fact]
    public void StreakResumingAfterItsTimeout_IsReopened_AndCountedOnce()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0));
        ledger.Tick(T0.AddSeconds(20));

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(Rose(1, 5, atSeconds: 21)));
        Assert.Equal(LiveRecordResult.Closed, ledger.Record(Rose(1, 5, end: true, atSeconds: 22)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(5), summary.Host.SettledCoins);
        Assert.Equal(1, summary.DataQuality.StreaksResumed);
        Assert.Equal(0, summary.DataQuality.StreaksClosedByTimeout);
    }

    [Fact]
    public void EndFrameArrivingAfterTheTimeout_MarksTheStreakEnded()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0));
        ledger.Tick(T0.AddSeconds(30));

        Assert.Equal(LiveRecordResult.Closed, ledger.Record(Rose(1, 3, end: true, atSeconds: 1)));
        Assert.Equal(0, ledger.GetSummary().DataQuality.StreaksClosedByTimeout);
    }

    [Fact]
    public void StreaksOfOneGift_InDifferentGroups_CountSeparately()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, end: true, group: 10));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 5, group: 11));

        Assert.Equal(new Coins(5), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void SameGiftFromTwoSenders_AreTwoStreaks()
    {
        // TikTokLiveJava keys combos by user only; here the key is receiver, sender, gift and group.
        var ledger = NewLedger();
        ledger.Record(Rose(1, 4, group: 10));
        ledger.Record(Rose(2, 4, group: 10));

        Assert.Equal(new Coins(8), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void WithoutGroupIds_ALaterStreakAfterAnEnd_StartsAnotherStreak()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, atSeconds: 0, group: 0));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 1, group: 0));
        ledger.Record(Rose(1, 1, atSeconds: 30, group: 0));
        ledger.Record(Rose(1, 3, end: true, atSeconds: 31, group: 0));

        Assert.Equal(new Coins(5), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void WithoutGroupIds_ARepeatedEndFrame_IsStillIgnored()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true, atSeconds: 1, group: 0));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 2, end: true, atSeconds: 1, group: 0)));
        Assert.Equal(new Coins(2), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void GiftsToACoHost_AreKeptApartFromTheHost()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, end: true, receiver: 7002));
        ledger.Record(Rose(1, 2, end: true, group: 9));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(2), summary.Host.Coins);
        var coHost = Assert.Single(summary.CoHosts);
        Assert.Equal(7002, coHost.ReceiverId);
        Assert.Equal(new Coins(3), coHost.Totals.Coins);
        Assert.Equal(new Coins(2), Assert.Single(summary.TopGifters).Coins);
    }

    [Fact]
    public void TheHostsOwnId_CountsAsTheHost_WhenConfigured()
    {
        var ledger = NewLedger(new LiveLedgerOptions { HostUserId = 42 });
        ledger.Record(Rose(1, 3, end: true, receiver: 42));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(3), summary.Host.Coins);
        Assert.Empty(summary.CoHosts);
    }

    [Fact]
    public void GiftWithoutAnyPrice_IsCountedAsUnpriced_NeverAsZeroCoins()
    {
        var ledger = NewLedger();
        ledger.Record(new GiftEvent { GiftId = 999_999, GiftType = 2, SenderId = 1, GroupId = 5, RepeatCount = 2, Timestamp = T0 });

        var summary = ledger.GetSummary();
        Assert.Equal(Coins.Zero, summary.Host.Coins);
        Assert.Equal(2, summary.Host.UnpricedGifts);
        Assert.Equal([999_999L], summary.DataQuality.UnpricedGiftIds);
        var gift = Assert.Single(summary.Gifts);
        Assert.Null(gift.UnitPriceCoins);
        Assert.Equal(GiftPriceSource.Unknown, gift.PriceSource);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("999999", StringComparison.Ordinal));
    }

    [Fact]
    public void UnpricedStreak_IsPriced_WhenALaterFrameCarriesThePrice()
    {
        var ledger = NewLedger();
        ledger.Record(new GiftEvent { GiftId = 999_999, GiftType = 1, SenderId = 1, GroupId = 5, RepeatCount = 2, Timestamp = T0 });
        ledger.Record(new GiftEvent { GiftId = 999_999, GiftType = 1, UnitPriceCoins = 9, SenderId = 1, GroupId = 5, RepeatCount = 3, RepeatEnd = true, Timestamp = T0.AddSeconds(1) });

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(27), summary.Host.SettledCoins);
        Assert.Equal(0, summary.Host.UnpricedGifts);
        Assert.Equal(GiftPriceSource.Event, Assert.Single(summary.Gifts).PriceSource);
    }

    [Fact]
    public void PriceOnTheFrame_WinsOverTheCatalog_AndTheDifferenceIsFlagged()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true) with { UnitPriceCoins = 2 });

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(4), summary.Host.Coins);
        Assert.Equal([5655L], summary.DataQuality.GiftsPricedUnlikeCatalog);
        Assert.True(Assert.Single(summary.Gifts).PriceDiffersFromCatalog);
    }

    [Fact]
    public void PricesBelongToIds_NotNames()
    {
        // "TikTok Universe" was 34,999 coins as id 6038 and 44,999 as id 9072.
        var ledger = NewLedger();
        ledger.Record(new GiftEvent { GiftId = 6038, SenderId = 1, GroupId = 1, RepeatCount = 1, Timestamp = T0 });
        ledger.Record(new GiftEvent { GiftId = 9072, SenderId = 1, GroupId = 2, RepeatCount = 1, Timestamp = T0 });

        var gifts = ledger.GetSummary().Gifts.ToDictionary(g => g.GiftId);
        Assert.Equal(new Coins(34_999), gifts[6038].Coins);
        Assert.Equal(new Coins(44_999), gifts[9072].Coins);
        Assert.Equal("TikTok Universe", gifts[6038].Name);
        Assert.Equal("TikTok Universe", gifts[9072].Name);
    }

    [Fact]
    public void Ledger_UsesTheCatalogItIsGiven()
    {
        var catalog = new GiftCatalog([new GiftCatalogEntry(5655, "Rose", 3, 1)], new DateTime(2026, 1, 1), "test");
        var ledger = NewLedger(catalog: catalog);
        ledger.Record(Rose(1, 2, end: true) with { UnitPriceCoins = null });

        Assert.Equal(new Coins(6), ledger.GetSummary().Host.Coins);
        Assert.Same(catalog, ledger.Catalog);
    }

    [Fact]
    public void Ledger_WithAnEmptyCatalog_CountsFramesWithoutPriceAsUnpriced()
    {
        var ledger = NewLedger(catalog: GiftCatalog.Empty);
        ledger.Record(Lion(1));

        Assert.Equal(1, ledger.GetSummary().Host.UnpricedGifts);
        Assert.Equal(Coins.Zero, ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void GiftEvent_DescribesItselfForLogs() =>
        Assert.Equal("gift 5655 x3 (end) from 1 to 7002, group 4, at 2025-03-01T20:00:02.0000000+00:00", Rose(1, 3, end: true, atSeconds: 2, group: 4, receiver: 7002).ToString());

    [Fact]
    public void GiftOfUnknownType_IsTreatedAsStreakable_AndWaitsForItsEnd()
    {
        var ledger = NewLedger();
        ledger.Record(new GiftEvent { GiftId = 999_998, UnitPriceCoins = 3, SenderId = 1, GroupId = 1, RepeatCount = 1, Timestamp = T0 });
        ledger.Record(new GiftEvent { GiftId = 999_998, UnitPriceCoins = 3, SenderId = 1, GroupId = 1, RepeatCount = 2, Timestamp = T0.AddSeconds(1) });

        Assert.Equal(1, ledger.GetSummary().Host.OpenStreaks);
        Assert.Equal(new Coins(6), ledger.GetSummary().Host.Coins);
    }

    [Theory]
    [InlineData(LiveEventRejection.MissingTimestamp)]
    [InlineData(LiveEventRejection.InvalidGiftId)]
    [InlineData(LiveEventRejection.MissingSender)]
    [InlineData(LiveEventRejection.InvalidRepeatCount)]
    [InlineData(LiveEventRejection.InvalidPrice)]
    public void InvalidFrames_AreRejected_AndCountedByReason(LiveEventRejection reason)
    {
        var good = Rose(1, 1);
        var bad = reason switch
        {
            LiveEventRejection.MissingTimestamp => good with { Timestamp = default },
            LiveEventRejection.InvalidGiftId => good with { GiftId = 0 },
            LiveEventRejection.MissingSender => good with { SenderId = 0 },
            LiveEventRejection.InvalidRepeatCount => good with { RepeatCount = 0 },
            _ => good with { UnitPriceCoins = -1 },
        };
        var ledger = NewLedger();

        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(bad));

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal(1, quality.EventsRejected);
        Assert.Equal(1, quality.RejectedByReason[reason]);
        Assert.Equal(Coins.Zero, ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void Flush_ClosesOpenStreaks_AndALaterFrameStillCountsOnce()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2));

        Assert.Equal(1, ledger.Flush());
        Assert.Equal(1, ledger.GetSummary().DataQuality.StreaksClosedAtFlush);
        ledger.Record(Rose(1, 2, atSeconds: 1));
        ledger.Record(Rose(1, 4, end: true, atSeconds: 2));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(4), summary.Host.SettledCoins);
        Assert.Equal(0, summary.DataQuality.StreaksClosedAtFlush);
        Assert.Equal(1, summary.DataQuality.StreaksResumed);
    }

    [Fact]
    public void AFrameDelayedBeyondTheRetention_IsIgnoredAsAReplay_NeverCountedTwice()
    {
        // Its streak is forgotten, so nothing can tell a repeat from a new gift: the ledger ignores it and says so.
        var ledger = NewLedger(new LiveLedgerOptions { ClosedStreakRetention = TimeSpan.FromMinutes(1) });
        ledger.Record(Rose(1, 1, end: true));
        ledger.Record(Lion(2, atSeconds: 61));
        ledger.Record(Lion(2, atSeconds: 62, group: 3));

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 1, end: true)));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(1 + (2 * 29_999)), summary.Host.Coins);
        Assert.Equal(1, summary.DataQuality.ReplayedEventsIgnored);
        Assert.Equal(T0, summary.DataQuality.ReplayedFrom);
    }

    [Fact]
    public void ClosedStreaksAreForgotten_SoALongSessionKeepsAFixedFootprint()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ClosedStreakRetention = TimeSpan.FromSeconds(30) });
        for (var i = 0; i < 10_000; i++)
        {
            ledger.Record(Rose(1 + (i % 50), 1, end: true, atSeconds: i * 0.5, group: i));
        }

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(10_000), summary.Host.Coins);
        Assert.Equal(50, summary.GifterCount);
        Assert.InRange(ledger.SaveCheckpoint().Split("\"sender\"").Length - 1, 1, 200);
    }
}
