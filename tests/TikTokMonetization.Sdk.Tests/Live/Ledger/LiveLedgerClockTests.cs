using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The event clock at its edges: how far one event may move it (exactly the window is trusted), when two untrusted
/// events confirm each other, the smaller of the window and the retention, and what Tick returns and ignores.
/// </summary>
public sealed class LiveLedgerClockTests
{
    [Fact]
    public void AnEventExactlyTheMaximumJumpAhead_IsTrusted()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(5) });

        var summary = ledger.GetSummary();
        Assert.Equal((T0.AddMinutes(5), 0L), (summary.ObservedTo!.Value, summary.DataQuality.EventsWithUntrustedTime));
    }

    [Fact]
    public void AnEventExactlyTheMaximumJumpBeforeTheFirst_IsTrusted()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(-5) });

        var summary = ledger.GetSummary();
        Assert.Equal((T0.AddMinutes(-5), 0L), (summary.ObservedFrom!.Value, summary.DataQuality.EventsWithUntrustedTime));
    }

    [Fact]
    public void TheWindow_IsTheSmallerOfMaxClockJumpAndTheRetention()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxClockJump = TimeSpan.FromMinutes(10), ClosedStreakRetention = TimeSpan.FromMinutes(1) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(2) });

        var summary = ledger.GetSummary();
        Assert.Equal((T0, 1L), (summary.ObservedTo!.Value, summary.DataQuality.EventsWithUntrustedTime));
    }

    [Fact]
    public void TwoUntrustedEventsAtTheSameTime_ConfirmEachOther()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddHours(2) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddHours(2) });

        var summary = ledger.GetSummary();
        Assert.Equal((T0.AddHours(2), 1L), (summary.ObservedTo!.Value, summary.DataQuality.ClockJumps));
    }

    [Theory]
    [InlineData(0, true)]  // 10 minutes past the clock, so up to 10 + 5 minutes past the first untrusted event
    [InlineData(1, false)]
    public void ASecondUntrustedEvent_ConfirmsTheFirst_OnlyWithinItsDistanceFromTheClockPlusTheWindow(int secondsBeyond, bool confirms)
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(10) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddMinutes(25).AddSeconds(secondsBeyond) });

        var summary = ledger.GetSummary();
        Assert.Equal(confirms ? 1 : 0, summary.DataQuality.ClockJumps);
        Assert.Equal(confirms ? T0.AddMinutes(25) : T0, summary.ObservedTo);
    }

    [Fact]
    public void AMisdatedFirstEvent_OutvotedByTheEventsAfterIt_CountsAsAClockJump()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddHours(3) });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddSeconds(1) });

        var quality = ledger.GetSummary().DataQuality;
        Assert.Equal((1L, 1L), (quality.ClockJumps, quality.EventsWithUntrustedTime));
    }

    [Fact]
    public void ATickExactlyTheMaximumJumpAfterTheLatestEvent_StillClosesQuietStreaks()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2));

        Assert.Equal(1, ledger.Tick(T0.AddMinutes(5)));
        Assert.Equal(0, ledger.GetSummary().DataQuality.TicksIgnored);
    }

    [Fact]
    public void Tick_ReturnsTheStreaksItClosed_NotTheRunningCount()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, group: 1));
        Assert.Equal(1, ledger.Tick(T0.AddSeconds(10)));
        ledger.Record(Rose(2, 2, atSeconds: 20, group: 2));
        ledger.Record(Rose(3, 2, atSeconds: 20, group: 3));

        Assert.Equal(2, ledger.Tick(T0.AddSeconds(30)));
        Assert.Equal(3, ledger.GetSummary().DataQuality.StreaksClosedByTimeout);
    }

    [Fact]
    public void ManyStreaksOpenAtOnce_AreAllClosedByFlush()
    {
        var ledger = NewLedger();
        for (var sender = 1; sender <= 40; sender++)
        {
            ledger.Record(Rose(sender, 2, group: sender));
        }

        Assert.Equal(40, ledger.GetSummary().Host.OpenStreaks);
        Assert.Equal(40, ledger.Flush());
        Assert.Equal((0, new Coins(80)), (ledger.GetSummary().Host.OpenStreaks, ledger.GetSummary().Host.SettledCoins));
    }
}
