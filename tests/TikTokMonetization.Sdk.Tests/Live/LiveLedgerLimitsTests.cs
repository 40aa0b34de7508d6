using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The bounded-memory limits: each one reached, the host's totals exact, the folded rows and the flags.</summary>
public sealed class LiveLedgerLimitsTests
{
    [Fact]
    public void BeyondMaxGifters_GiftsFoldIntoTheOtherGiftersRow_AndTheHostStaysExact()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxGifters = 2 });
        for (var sender = 1; sender <= 5; sender++)
        {
            ledger.Record(Rose(sender, sender, end: true, atSeconds: sender, group: sender));
        }

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(15), summary.Host.Coins);
        Assert.Equal(2, summary.GifterCount);
        Assert.Equal([2L, 1L], summary.TopGifters.Select(g => g.SenderId));
        var others = Assert.IsType<LiveGifterTotal>(summary.OtherGifters);
        Assert.Equal((0, 0L, new Coins(12), 12L), (others.Rank, others.SenderId, others.Coins, others.Gifts));
        Assert.Equal(3, summary.DataQuality.GifterStreaksFolded);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("MaxGifters", StringComparison.Ordinal));
    }

    [Fact]
    public void BeyondMaxGiftIds_StreaksArePricedByTheirFramesOrTheCatalog_AndFoldIntoTheOtherGiftsRow()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxGiftIds = 1 });
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0));
        ledger.Record(Lion(2, atSeconds: 1));                                                            // catalog: 29,999
        ledger.Record(Lion(3, atSeconds: 2, group: 3) with { GiftId = 880_001, UnitPriceCoins = 7 });   // frame: 7
        ledger.Record(Lion(4, atSeconds: 3, group: 4) with { GiftId = 880_002 });                        // nothing prices it

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(2 + 29_999 + 7), summary.Host.Coins);
        Assert.Equal(1, summary.Host.UnpricedGifts);
        Assert.Equal([5655L], summary.Gifts.Select(g => g.GiftId));
        var others = Assert.IsType<LiveGiftTotal>(summary.OtherGifts);
        Assert.Equal((0L, new Coins(30_006), 2L, 1L), (others.GiftId, others.Coins, others.Gifts, others.UnpricedGifts));
        Assert.Equal(3, summary.DataQuality.GiftStreaksFolded);
        Assert.Empty(summary.DataQuality.GiftsPricedAfterCounting);
    }

    [Fact]
    public void AFramePriceOfAFoldedGiftId_DoesNotPriceOtherFoldedIds()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxGiftIds = 1 });
        ledger.Record(Rose(1, 1, end: true, atSeconds: 0));
        ledger.Record(Lion(2, atSeconds: 1, group: 2) with { GiftId = 880_001, UnitPriceCoins = 7 });
        ledger.Record(Lion(3, atSeconds: 2, group: 3) with { GiftId = 880_002 });

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(8), summary.Host.Coins);
        Assert.Equal(1, summary.Host.UnpricedGifts);
    }

    [Fact]
    public void BeyondMaxCoHosts_FramesToFurtherCoHostsAreNotCounted_AndAreFlagged()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxCoHosts = 1 });
        ledger.Record(Rose(1, 3, end: true, atSeconds: 0, receiver: 7001));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 4, end: true, atSeconds: 1, group: 2, receiver: 7002)));
        ledger.Record(Rose(1, 5, end: true, atSeconds: 2, group: 3));

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(5), summary.Host.Coins);
        Assert.Equal([7001L], summary.CoHosts.Select(c => c.ReceiverId));
        Assert.Equal(1, summary.DataQuality.CoHostFramesDropped);
    }

    [Fact]
    public void BeyondMaxMinuteRows_GiftsCountInTheHostButInNoMinuteRow()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxMinuteRows = 2 });
        for (var minute = 0; minute < 4; minute++)
        {
            ledger.Record(Rose(1, minute + 1, end: true, atSeconds: minute * 60, group: minute + 1));
        }

        var summary = ledger.GetSummary();
        Assert.Equal(new Coins(10), summary.Host.Coins);
        Assert.Equal(2, summary.Minutes.Count);
        Assert.Equal(3, summary.Minutes.Sum(m => m.Gifts));
        Assert.Equal(7, summary.DataQuality.MinuteGiftsFolded);
    }

    [Fact]
    public void BeyondMaxFollowers_FollowsCountWithoutTheRepeatCheck_AndAreFlagged()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxFollowers = 2 });
        foreach (var id in new long[] { 1, 2, 1, 3, 3 })
        {
            ledger.Record(new FollowEvent { SenderId = id, Timestamp = T0 });
        }

        var summary = ledger.GetSummary();
        Assert.Equal(4, summary.NewFollowers);
        Assert.Equal(2, summary.DataQuality.FollowsUntracked);
    }

    [Fact]
    public void BeyondMaxViewerSamples_EveryOtherSampleIsDropped_AndTheSpanIsKept()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxViewerSamples = 5 });
        for (var i = 0; i <= 8; i++)
        {
            ledger.Record(new ViewerCountEvent { Viewers = i == 3 ? 500 : 100, Timestamp = T0.AddMinutes(i) });
        }

        var summary = ledger.GetSummary();
        Assert.Equal(9, summary.Viewers.Updates);
        Assert.Equal(500, summary.Viewers.Peak);
        Assert.Equal(100, summary.Viewers.Latest);
        Assert.True(summary.DataQuality.ViewerSamplesDropped > 0);
        Assert.Contains(summary.DataQuality.Warnings, w => w.Contains("MaxViewerSamples", StringComparison.Ordinal));
    }

    [Fact]
    public void FoldedState_RoundTripsThroughACheckpoint()
    {
        var options = new LiveLedgerOptions { MaxGifters = 1, MaxGiftIds = 1, MaxMinuteRows = 1 };
        var ledger = NewLedger(options);
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0));
        ledger.Record(Rose(2, 3, atSeconds: 70, group: 2));
        ledger.Record(Lion(3, atSeconds: 80));

        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card, options: options);
        Assert.Equal(Everything(ledger.GetSummary()), Everything(restored.GetSummary()));

        ledger.Record(Rose(2, 5, end: true, atSeconds: 71, group: 2));
        restored.Record(Rose(2, 5, end: true, atSeconds: 71, group: 2));
        Assert.Equal(Everything(ledger.GetSummary()), Everything(restored.GetSummary()));
        Assert.Equal(new Coins(29_999 + 5), restored.GetSummary().OtherGifters!.Coins);
    }

    [Fact]
    public void Restore_RefusesACheckpointWithMoreRowsThanTheLimit_NamingTheOption()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 1, end: true, atSeconds: 0));
        ledger.Record(Rose(2, 1, end: true, atSeconds: 1, group: 2));

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(ledger.SaveCheckpoint(), Card, options: new LiveLedgerOptions { MaxGifters = 1 }));
        Assert.Contains("gifters has 2 rows; this ledger keeps at most 1 (MaxGifters)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RefusesTwoOtherGiftersRows()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxGifters = 1 });
        ledger.Record(Rose(1, 1, end: true, atSeconds: 0));
        ledger.Record(Rose(2, 1, end: true, atSeconds: 1, group: 2));
        var checkpoint = ledger.SaveCheckpoint();
        var row = checkpoint.Substring(checkpoint.IndexOf("{\"senderId\":0,", StringComparison.Ordinal));
        row = row.Substring(0, row.IndexOf('}', StringComparison.Ordinal) + 1);

        var twice = checkpoint.Replace(row, row + "," + row, StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => LiveLedger.Restore(twice, Card, options: new LiveLedgerOptions { MaxGifters = 1 }));
    }

    [Theory]
    [InlineData(nameof(LiveLedgerOptions.MaxGifters))]
    [InlineData(nameof(LiveLedgerOptions.MaxGiftIds))]
    [InlineData(nameof(LiveLedgerOptions.MaxCoHosts))]
    [InlineData(nameof(LiveLedgerOptions.MaxMinuteRows))]
    [InlineData(nameof(LiveLedgerOptions.MaxFollowers))]
    [InlineData(nameof(LiveLedgerOptions.MaxViewerSamples))]
    public void ALimitOfZero_IsRejected_NamingTheFieldAndTheRange(string field)
    {
        var options = new LiveLedgerOptions();
        typeof(LiveLedgerOptions).GetProperty(field)!.SetValue(options, 0);

        var error = Assert.Throws<ArgumentException>(() => NewLedger(options));
        Assert.Contains($"TikTokMonetization:LiveLedger:{field} is 0; it must be from ", error.Message, StringComparison.Ordinal);
    }
}
