using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The rules that keep the count exact against hostile or careless streams: time, replays, overflow, identity.</summary>
public sealed class LiveLedgerHostileInputTests
{
    [Fact]
    public void ObservedDuration_ComesOnlyFromEvents_NotFromTick()
    {
        // The quick start's pattern: events for 30 minutes, then a timer's Tick long after the last event.
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0 });
        ledger.Record(Rose(1, 3, atSeconds: 60));
        ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0.AddMinutes(30) });
        ledger.Tick(T0.AddHours(5));

        var summary = ledger.GetSummary();

        Assert.Equal(T0.AddMinutes(30), summary.ObservedTo);
        Assert.Equal(0.5d, summary.ToLiveStats().Hours, 9);
    }

    [Fact]
    public void ObservedDuration_ComesOnlyFromEvents_WhenTickRunsOnTheWallClock()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0));
        ledger.Record(Rose(1, 5, end: true, atSeconds: 2));
        ledger.Tick(DateTimeOffset.UtcNow);

        Assert.Equal(TimeSpan.FromSeconds(2), ledger.GetSummary().ObservedDuration);
    }
}
