using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The ledger's options at the edges of their ranges (each edge accepted, each step past it refused with the field,
/// the value and the range), the messages, and the entry points' guards.
/// </summary>
public sealed class LiveLedgerOptionsChecksTests
{
    public static TheoryData<string, Action<LiveLedgerOptions>> ValidEdges => new()
    {
        { "QuietPeriod 1 s", o => o.QuietPeriod = TimeSpan.FromSeconds(1) },
        { "QuietPeriod and ClosedStreakRetention 1 s", o => (o.QuietPeriod, o.ClosedStreakRetention) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) },
        { "QuietPeriod 1 h", o => (o.QuietPeriod, o.ClosedStreakRetention) = (TimeSpan.FromHours(1), TimeSpan.FromHours(1)) },
        { "ClosedStreakRetention = QuietPeriod", o => o.ClosedStreakRetention = o.QuietPeriod },
        { "ClosedStreakRetention 1 day", o => o.ClosedStreakRetention = TimeSpan.FromDays(1) },
        { "MaxClockJump 1 s", o => o.MaxClockJump = TimeSpan.FromSeconds(1) },
        { "MaxClockJump 1 day", o => o.MaxClockJump = TimeSpan.FromDays(1) },
        { "LikeCapPerMessage 1", o => o.LikeCapPerMessage = 1 },
        { "LikeCapPerMessage 1,000,000", o => o.LikeCapPerMessage = 1_000_000 },
        { "LeaderboardSize 100,000", o => o.LeaderboardSize = 100_000 },
        { "MaxGifters 10,000,000", o => o.MaxGifters = 10_000_000 },
        { "Goals null", o => o.Goals = null! },
    };

    public static TheoryData<Action<LiveLedgerOptions>, string> InvalidValues => new()
    {
        { o => o.QuietPeriod = TimeSpan.FromHours(1).Add(TimeSpan.FromTicks(1)), "QuietPeriod is 01:00:00.0000001; it must be from 00:00:01 to 01:00:00." },
        { o => o.ClosedStreakRetention = TimeSpan.FromSeconds(9), "ClosedStreakRetention is 00:00:09; it must be from the quiet period (00:00:10) to 1.00:00:00." },
        { o => o.ClosedStreakRetention = TimeSpan.FromDays(1).Add(TimeSpan.FromTicks(1)), "ClosedStreakRetention is 1.00:00:00.0000001; it must be from the quiet period (00:00:10) to 1.00:00:00." },
        { o => o.MaxClockJump = TimeSpan.FromSeconds(1).Subtract(TimeSpan.FromTicks(1)), "MaxClockJump is 00:00:00.9999999; it must be from 00:00:01 to 1.00:00:00." },
        { o => o.LikeCapPerMessage = 1_000_001, "LikeCapPerMessage is 1000001; it must be from 1 to 1,000,000." },
        { o => o.LeaderboardSize = 0, "LeaderboardSize is 0; it must be from 1 to 100,000." },
        { o => o.MaxGifters = 10_000_001, "MaxGifters is 10000001; it must be from 1 to 10,000,000." },
        { o => o.Goals = [null!], "Goals:0 is null; it must be a goal with Name, Unit and Target." },
        { o => o.Goals = [new LiveGoal { Target = 5m }], "Goals:0:Name is empty; give the goal a name." },
        { o => o.Goals = [new LiveGoal { Name = "g", Target = 5m, Unit = (LiveGoalUnit)7 }], "Goals:0:Unit is 7; it must be Diamonds or Cash." },
    };

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void EachOptionAtTheEdgeOfItsRange_IsAccepted(string edge, Action<LiveLedgerOptions> set)
    {
        var options = new LiveLedgerOptions();
        set(options);

        var ledger = NewLedger(options);

        Assert.True(ledger.Record(Rose(1, 1, end: true)) == LiveRecordResult.Counted, edge);
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void EachOptionJustPastItsRange_IsRefused_NamingTheFieldTheValueAndTheRange(Action<LiveLedgerOptions> set, string expected)
    {
        var options = new LiveLedgerOptions();
        set(options);

        var error = Assert.Throws<ArgumentException>(() => NewLedger(options));

        Assert.Contains("TikTokMonetization:LiveLedger:" + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConstructorsMessage_ListsEveryProblem_AfterOneIntroduction()
    {
        var error = Assert.Throws<ArgumentException>(() => NewLedger(new LiveLedgerOptions { LikeCapPerMessage = 0, LeaderboardSize = 0 }));

        Assert.StartsWith(
            "The LIVE ledger options are invalid: TikTokMonetization:LiveLedger:LikeCapPerMessage is 0; it must be from 1 to 1,000,000. TikTokMonetization:LiveLedger:LeaderboardSize is 0;",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void AtStartUp_EachBrokenRangeIsReportedOnce()
    {
        var error = Assert.Throws<OptionsValidationException>(() => TestServices.With(b => b.AddLiveLedger(o => o.LeaderboardSize = 0)));

        Assert.Single(error.Failures, f => f.Contains("LeaderboardSize", StringComparison.Ordinal));
    }

    [Fact]
    public void GetSummary_WithNoRows_NamesTheArgumentAndTheMinimum()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewLedger().GetSummary(0));

        Assert.Equal("top", error.ParamName);
        Assert.StartsWith("top is 0; the leaderboard needs at least 1 row.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordingABatch_RejectsItsInvalidFrames_AndReturnsHowManyCounted()
    {
        var ledger = NewLedger();
        GiftEvent[] batch = [Rose(1, 1), Rose(1, 2, atSeconds: 1), Rose(1, 2, atSeconds: 1), Rose(2, 1, group: 2) with { RepeatCount = 0 }, Rose(3, 4, end: true, group: 3)];

        Assert.Equal(3, ledger.Record(batch.AsSpan()));

        var summary = ledger.GetSummary();
        Assert.Equal((new Coins(6), 5L, 1L), (summary.Host.Coins, summary.EventsRecorded, summary.DataQuality.RejectedByReason[LiveEventRejection.InvalidRepeatCount]));
    }

    [Fact]
    public async Task IngestAsync_WithoutAStream_NamesTheArgument()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => NewLedger().IngestAsync(null!));

        Assert.Equal("events", error.ParamName);
    }

    [Fact]
    public void TheLedgersRegistrations_RefuseMissingArguments_ByName()
    {
        var builder = new ServiceCollection().AddTikTokMonetization();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => LiveLedgerBuilderExtensions.AddLiveLedger(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => LiveLedgerBuilderExtensions.AddLiveLedger(null!, new ConfigurationBuilder().Build())).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddLiveLedger((IConfiguration)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => LiveLedgerBuilderExtensions.UseGiftCatalog(null!, GiftCatalog.BuiltIn)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => builder.UseGiftCatalog(null!)).ParamName);
    }
}
