using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// Goal-seek at its edges: a target equal to today's total, a lever already at its maximum, a target beyond the
/// lever's maximum (never answered with a value past it, and reported at the maximum), a lever in steps of ten
/// (answered and reported in whole steps), LIVE hours beyond what the period holds, a lever whose every value is
/// invalid, the whole "cannot be reached" texts of each, the sessions the LIVE hours lever sets, the refusals of
/// missing arguments and of an invalid snapshot, and the checks of a lever of one's own.
/// </summary>
public sealed class GoalSeekEdgeTests
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddProjections());
    private static readonly IRevenueProjector Projector = Provider.GetRequiredService<IRevenueProjector>();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    [Fact]
    public void SeekGoal_ATargetEqualToTodaysTotal_IsReachedAtTheCurrentValue()
    {
        var today = Engine.Estimate(Creator).Total.Expected;

        var answer = Projector.SeekGoal(Creator, today, GoalLever.Followers);

        Assert.Equal(85_000m, answer.Value);
        Assert.Equal(0m, answer.Increase);
        Assert.Null(answer.Reason);
        Assert.Equal(today, answer.Report.Total.Expected);
    }

    [Fact]
    public void SeekGoal_ALeverAlreadyAtItsMaximum_DoesNotTryBeyondIt()
    {
        // Doubling the followers would reach the target, but the lever allows one step, which the snapshot already has.
        var lever = GoalLever.Create("doubled-followers", "times", 1m, 1m, s => s.Profile.Followers / 85_000m, (s, v) => s with { Profile = s.Profile with { Followers = (long)(85_000m * v) } });
        var today = Engine.Estimate(Creator).Total.Expected;
        var target = today + Money.Usd(0.01m);

        var answer = Projector.SeekGoal(Creator, target, lever);

        Assert.Null(answer.Value);
        Assert.Equal(today, answer.Report.Total.Expected);
        Assert.Equal(
            $"{target} a period cannot be reached by doubled-followers alone: doubled-followers is already at 1 times, the most this lever allows.",
            answer.Reason);
    }

    [Theory]
    [InlineData(130)]
    [InlineData(200)]
    public void SeekGoal_ATargetBeyondTheLeversMaximum_IsUnreachable_AndReportedAtTheMaximum(int maximum)
    {
        // Thousands of followers, from 85; the target is what 250 thousand followers earn (sponsored posts are priced
        // by followers from about 121 thousand on).
        var lever = GoalLever.Create("thousand-followers", "thousand followers", 1m, maximum, s => s.Profile.Followers / 1_000m, (s, v) => s with { Profile = s.Profile with { Followers = (long)(v * 1_000m) } });
        var target = Engine.Estimate(lever.Apply(Creator, 250m)).Total.Expected;
        var atMaximum = Engine.Estimate(lever.Apply(Creator, maximum)).Total.Expected;

        var answer = Projector.SeekGoal(Creator, target, lever);

        Assert.False(answer.IsReachable);
        Assert.Equal(atMaximum, answer.Report.Total.Expected);
        Assert.Equal(
            $"{target} a period cannot be reached by thousand-followers alone: even at {maximum} thousand followers, the most this lever allows, the expected total is {atMaximum}, short of {target}.",
            answer.Reason);
    }

    [Fact]
    public void SeekGoal_ALeverInStepsOfTen_AnswersAWholeNumberOfSteps()
    {
        // Thousands of followers in steps of ten, from 85: 250 reaches what 250 thousand followers earn, 240 does not.
        var lever = GoalLever.Create("thousand-followers", "thousand followers", 10m, 300m, s => s.Profile.Followers / 1_000m, (s, v) => s with { Profile = s.Profile with { Followers = (long)(v * 1_000m) } });
        var target = Engine.Estimate(lever.Apply(Creator, 250m)).Total.Expected;

        var answer = Projector.SeekGoal(Creator, target, lever);

        Assert.Equal(250m, answer.Value);
        Assert.Equal(165m, answer.Increase);
        Assert.Equal($"250 thousand followers (now 85) reach {target} (expected total {target})", answer.ToString());
    }

    [Fact]
    public void SeekGoal_ALeverInStepsOfTen_BeyondItsMaximum_IsReportedAtTheMaximum()
    {
        var lever = GoalLever.Create("thousand-followers", "thousand followers", 10m, 200m, s => s.Profile.Followers / 1_000m, (s, v) => s with { Profile = s.Profile with { Followers = (long)(v * 1_000m) } });
        var target = Engine.Estimate(lever.Apply(Creator, 250m)).Total.Expected;
        var atMaximum = Engine.Estimate(lever.Apply(Creator, 200m)).Total.Expected;

        var answer = Projector.SeekGoal(Creator, target, lever);

        Assert.Equal(atMaximum, answer.Report.Total.Expected);
        Assert.Equal(
            $"{target} a period cannot be reached by thousand-followers alone: even at 200 thousand followers, the most this lever allows, the expected total is {atMaximum}, short of {target}.",
            answer.Reason);
    }

    [Fact]
    public void SeekGoal_LiveHoursBeyondWhatThePeriodHolds_SaysTheMostItHolds()
    {
        // 30 days hold at most 720 LIVE hours; the lever's own maximum (24 hours × 366 days) is never reached.
        var atTheDay = Engine.Estimate(GoalLever.LiveHours.Apply(Creator, 720m)).Total.Expected;

        var answer = Projector.SeekGoal(Creator, Money.Usd(10_000_000m), GoalLever.LiveHours);

        Assert.Equal(atTheDay, answer.Report.Total.Expected);
        Assert.Equal(
            $"10000000.00 USD a period cannot be reached by live-hours alone: even at 720 LIVE hours, the most a valid snapshot allows, the expected total is {atTheDay}, short of 10000000.00 USD.",
            answer.Reason);
        Assert.Equal(answer.Reason, answer.ToString());
    }

    [Fact]
    public void SeekGoal_ALeverWhoseEveryValueIsInvalid_AnswersWithTodaysReport()
    {
        var lever = GoalLever.Create("broken", "units", 1m, 10m, _ => 1m, (s, _) => s with { Profile = s.Profile with { Followers = -1 } });
        var today = Engine.Estimate(Creator).Total.Expected;

        var answer = Projector.SeekGoal(Creator, Money.Usd(10_000m), lever);

        Assert.Null(answer.Value);
        Assert.Equal(today, answer.Report.Total.Expected);
        Assert.Equal(
            $"10000.00 USD a period cannot be reached by broken alone: every value of broken above 1 units gives an invalid snapshot (CreatorSnapshot.Validate and docs/input-limits.md say which fields).",
            answer.Reason);
    }

    [Fact]
    public void LiveHoursLever_MovesTheSessionsWithTheHours_AndGivesACreatorWithoutLiveOne()
    {
        var noLive = Creator with { Live = new LiveStats() };

        var more = GoalLever.LiveHours.Apply(Creator, 36m);
        var first = GoalLever.LiveHours.Apply(noLive, 10m);

        Assert.Equal((36d, 24), (more.Live.Hours, more.Live.Sessions)); // twice the hours, twice the 12 sessions
        Assert.Equal((10d, 1), (first.Live.Hours, first.Live.Sessions));
        Assert.Empty(first.Validate());
    }

    [Fact]
    public void SeekGoal_MissingArguments_AreRefusedByName()
    {
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => Projector.SeekGoal(null!, Money.Usd(1m), GoalLever.Views)).ParamName);
        Assert.Equal("lever", Assert.Throws<ArgumentNullException>(() => Projector.SeekGoal(Creator, Money.Usd(1m), null!)).ParamName);
    }

    [Fact]
    public void SeekGoal_AnInvalidSnapshot_IsRefusedListingItsProblems()
    {
        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.SeekGoal(Creator with { Profile = null! }, Money.Usd(1m), GoalLever.Followers));

        Assert.Equal("The creator snapshot is invalid (1 problem):" + Environment.NewLine + "  - Profile is null; it must be an object.", error.Message);
    }

    [Fact]
    public void Create_KeepsWhatItIsGiven_WithAMaximumOfOneStep()
    {
        var lever = GoalLever.Create("boost", "boosts", 0.5m, 0.5m, _ => 0m, (s, _) => s);

        Assert.Equal("boost", lever.Name);
        Assert.Equal("boosts", lever.Unit);
        Assert.Equal(0.5m, lever.Step);
        Assert.Equal(0.5m, lever.Maximum);
        Assert.Equal("boost", lever.ToString());
    }

    [Theory]
    [InlineData(null, "boosts", "1", "5", "name", "A lever needs a name.")]
    [InlineData(" ", "boosts", "1", "5", "name", "A lever needs a name.")]
    [InlineData("boost", "", "1", "5", "unit", "A lever needs a unit.")]
    [InlineData("boost", " ", "1", "5", "unit", "A lever needs a unit.")]
    [InlineData("boost", "boosts", "0", "5", "step", "step is 0; it must be greater than zero.")]
    [InlineData("boost", "boosts", "-1", "5", "step", "step is -1; it must be greater than zero.")]
    [InlineData("boost", "boosts", "1", "0.5", "maximum", "maximum is 0.5; it must be at least the step (1).")]
    public void Create_RefusesWhatCannotMakeALever_SayingWhy(string? name, string unit, string step, string maximum, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => GoalLever.Create(name!, unit, decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture), _ => 0m, (s, _) => s));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    [Fact]
    public void Create_RefusesMissingDelegatesByName()
    {
        Assert.Equal("read", Assert.Throws<ArgumentNullException>(() => GoalLever.Create("boost", "boosts", 1m, 5m, null!, (s, _) => s)).ParamName);
        Assert.Equal("apply", Assert.Throws<ArgumentNullException>(() => GoalLever.Create("boost", "boosts", 1m, 5m, _ => 0m, null!)).ParamName);
    }
}
