using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The bounded list of viewer counts: when full, every other count in time order is dropped, keeping the first, the
/// last and the peak, and the list never holds more than <see cref="LiveLedgerOptions.MaxViewerSamples"/>.
/// </summary>
public sealed class LiveLedgerViewerSamplesTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void MaxViewerSamples_BelowFive_IsRefused_BecauseThinningCannotKeepWithinIt(int limit)
    {
        // Thinning keeps the first, the last and the peak, and the next count needs room: with fewer than five the
        // ledger kept more counts than its limit, and then refused its own checkpoint.
        var error = Assert.Throws<ArgumentException>(() => NewLedger(new LiveLedgerOptions { MaxViewerSamples = limit }));

        Assert.Contains($"TikTokMonetization:LiveLedger:MaxViewerSamples is {limit}; it must be from 5 to 10,000,000.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void AtTheSmallestLimits_TheLedgerKeepsNoMoreViewerCountsThanTheLimit_SoItsCheckpointRestoresWithTheSameOptions(int limit)
    {
        var options = new LiveLedgerOptions { MaxViewerSamples = limit };
        var ledger = NewLedger(options);
        for (var i = 0; i < 20; i++)
        {
            ledger.Record(new ViewerCountEvent { Viewers = Viewers(i), Timestamp = T0.AddMinutes(i) });
        }

        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card, options: options);

        Assert.Equal(Everything(ledger.GetSummary()), Everything(restored.GetSummary()));
        var viewers = restored.GetSummary().Viewers;
        Assert.Equal((20L, 500L, 119L), (viewers.Updates, viewers.Peak, viewers.Latest));
    }

    [Theory]
    [InlineData(5, 1_617d / 8, 4L)] // kept: minutes 0, 3, 5, 7, 8
    [InlineData(6, 1_618d / 8, 3L)] // kept: minutes 0, 3, 5, 6, 7, 8 (the last count of an even list is kept too)
    public void Thinning_DropsEveryOtherCountInTimeOrder_KeepingTheFirstTheLastAndThePeak(int limit, double average, long dropped)
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxViewerSamples = limit });
        for (var i = 0; i <= 8; i++)
        {
            ledger.Record(new ViewerCountEvent { Viewers = Viewers(i), Timestamp = T0.AddMinutes(i) });
        }

        var summary = ledger.GetSummary();
        Assert.Equal(average, summary.Viewers.TimeWeightedAverage, 12);
        Assert.Equal((9L, 500L, 108L), (summary.Viewers.Updates, summary.Viewers.Peak, summary.Viewers.Latest));
        Assert.Equal(dropped, summary.DataQuality.ViewerSamplesDropped);
    }

    /// <summary>100 plus the minute, except a peak of 500 at minute 3 (an odd position when the list is thinned).</summary>
    private static long Viewers(int minute) => minute == 3 ? 500 : 100 + minute;
}
