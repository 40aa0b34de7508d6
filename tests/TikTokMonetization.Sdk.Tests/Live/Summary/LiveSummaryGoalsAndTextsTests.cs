using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// A goal hit exactly is reached with nothing remaining; a goal not yet reached says what is missing; rows without a
/// name still print who or what they are; the latest viewer count is the last one to arrive.
/// </summary>
public sealed class LiveSummaryGoalsAndTextsTests
{
    [Fact]
    public void AGoalHitExactlyOrPassed_IsReached_WithNothingRemaining_AndAGoalAboveSaysWhatIsMissing()
    {
        var ledger = NewLedger(new LiveLedgerOptions
        {
            Goals =
            [
                new LiveGoal { Name = "exact", Unit = LiveGoalUnit.Diamonds, Target = 15m },
                new LiveGoal { Name = "above", Unit = LiveGoalUnit.Diamonds, Target = 40m },
                new LiveGoal { Name = "cash", Unit = LiveGoalUnit.Cash, Target = 0.1m },
                new LiveGoal { Name = "passed", Unit = LiveGoalUnit.Diamonds, Target = 10m },
            ],
        });
        ledger.Record(Rose(1, 15, end: true));

        var goals = ledger.GetSummary().Goals;

        Assert.Equal((true, 0m, 1m, 15m), (goals[0].IsReached, goals[0].Remaining, goals[0].Fraction, goals[0].Achieved));
        Assert.Null(goals[0].Currency);
        Assert.Equal("exact: 15 of 15 diamonds (100.0 %), reached", goals[0].ToString());
        Assert.Equal((false, 25m), (goals[1].IsReached, goals[1].Remaining));
        Assert.Equal((false, 0.025m, 0.075m, Currency.Usd), (goals[2].IsReached, goals[2].Remaining, goals[2].Achieved, goals[2].Currency));
        Assert.Equal((true, 0m, 1.5m), (goals[3].IsReached, goals[3].Remaining, goals[3].Fraction));
    }

    [Fact]
    public void RowsWithoutAName_PrintTheirIds()
    {
        var ledger = NewLedger();
        ledger.Record(Lion(42, atSeconds: 0));
        ledger.Record(new GiftEvent { GiftId = 990_301, GiftType = 1, SenderId = 42, GroupId = 9, RepeatCount = 2, RepeatEnd = true, Timestamp = T0 });

        var summary = ledger.GetSummary();

        Assert.Equal("1. 42: 29,999 coins, 1 gift(s)", summary.TopGifters[0].ToString());
        Assert.Equal("unknown gift (990301): 0 gift(s), 0 coins", summary.Gifts.Single(g => g.GiftId == 990_301).ToString());
        Assert.Equal("Lion (6369): 1 gift(s), 29,999 coins", summary.Gifts.Single(g => g.GiftId == 6369).ToString());
    }

    [Fact]
    public void OfViewerCountsAtOneInstant_TheLatestIsTheLastToArrive()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 30, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 20, Timestamp = T0.AddSeconds(5) });
        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddSeconds(5) });

        var viewers = ledger.GetSummary().Viewers;

        Assert.Equal((3L, 30L, 10L), (viewers.Updates, viewers.Peak, viewers.Latest));
        Assert.Equal(30d, viewers.TimeWeightedAverage);
    }
}
