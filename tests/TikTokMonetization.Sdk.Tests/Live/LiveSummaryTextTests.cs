using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The summary's result types print what they hold, as a person would read it in a log or a debugger.</summary>
public sealed class LiveSummaryTextTests
{
    [Fact]
    public void SummaryRows_PrintTheirNumbers()
    {
        var ledger = NewLedger(new LiveLedgerOptions { Goals = [new LiveGoal { Name = "night goal", Unit = LiveGoalUnit.Diamonds, Target = 40m }] });
        ledger.Record(Rose(1, 10, end: true, group: 1));
        ledger.Record(Rose(2, 5, group: 2));
        var summary = ledger.GetSummary();

        Assert.Equal("15 coins (10 settled, 5 pending), 15 diamonds, 0.075 USD; 15 priced gift(s), 0 unpriced", summary.Host.ToString());
        Assert.Equal("1. user1 (1): 10 coins, 10 gift(s)", summary.TopGifters[0].ToString());
        Assert.Equal("Rose (5655): 15 gift(s), 15 coins", summary.Gifts[0].ToString());
        Assert.Equal("night goal: 15 of 40 diamonds (37.5 %)", summary.Goals[0].ToString());
    }

    [Fact]
    public void AReachedCashGoal_SaysSoInItsCurrency()
    {
        var ledger = NewLedger(new LiveLedgerOptions { Goals = [new LiveGoal { Name = "cash", Unit = LiveGoalUnit.Cash, Target = 0.05m }] });
        ledger.Record(Rose(1, 20, end: true, group: 1));

        Assert.Equal("cash: 0.1 of 0.05 USD (200.0 %), reached", ledger.GetSummary().Goals[0].ToString());
    }
}
