using System.Text.Json.Nodes;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// How long closed streaks are remembered: for the retention after their last closing (a reopened streak is not
/// forgotten at its first closing), across a confirmed clock jump and a checkpoint taken after it, and then forgotten.
/// </summary>
public sealed class LiveLedgerRetentionTests
{
    private static readonly LiveLedgerOptions OneMinute = new() { ClosedStreakRetention = TimeSpan.FromMinutes(1) };

    [Fact]
    public void AStreakReopenedAfterItsTimeout_IsRememberedForTheRetentionAfterItsLastClosing()
    {
        // Closed by timeout at 11 s, reopened and ended at 40 s: at 75 s the first closing is more than a minute old,
        // the last one is not, so a repeat of the end frame is still a duplicate.
        var ledger = NewLedger(OneMinute);
        ledger.Record(Rose(1, 2, atSeconds: 0));
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddSeconds(11) });
        ledger.Record(Rose(1, 3, end: true, atSeconds: 40));
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddSeconds(75) });

        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(Rose(1, 3, end: true, atSeconds: 40)));
        Assert.Equal(new Coins(3), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void AConfirmedClockJump_IsCarriedThroughACheckpoint_SoARepeatFromBeforeTheGapIsStillADuplicate()
    {
        // The Lion at 300 s is first counted at the clock's time (0 s); the second confirms the jump. After a restart the
        // streak must still be remembered from the jump on, not from 0 s.
        var ledger = NewLedger(OneMinute);
        ledger.Record(Lion(1, atSeconds: 0) with { RepeatEnd = true });
        ledger.Record(Lion(2, atSeconds: 300));
        ledger.Record(Lion(2, atSeconds: 300));

        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card, options: OneMinute);
        restored.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddSeconds(303) });

        Assert.Equal(LiveRecordResult.Ignored, restored.Record(Lion(2, atSeconds: 300)));
        Assert.Equal(new Coins(2 * 29_999), restored.GetSummary().Host.Coins);
    }

    [Fact]
    public void StreaksClosedBeforeAClockJump_AreStillForgotten_TheRetentionAfterIt()
    {
        var ledger = NewLedger(new LiveLedgerOptions { ClosedStreakRetention = TimeSpan.FromSeconds(30) });
        ledger.Record(Rose(1, 1, end: true));
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(10) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(10).AddSeconds(1) });
        for (var second = 20; second <= 60; second += 20)
        {
            ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(10).AddSeconds(second) });
        }

        Assert.Equal(1, ledger.GetSummary().DataQuality.ClockJumps);
        Assert.Empty(JsonNode.Parse(ledger.SaveCheckpoint())!["streaks"]!.AsArray());
    }
}
