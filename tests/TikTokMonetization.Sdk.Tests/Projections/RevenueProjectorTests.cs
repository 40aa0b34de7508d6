using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Hand-checked cases of the projector: crossings, scenarios, caps, errors, simulation and goal-seek.</summary>
public sealed class RevenueProjectorTests
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddProjections());
    private static readonly IRevenueProjector Projector = Provider.GetRequiredService<IRevenueProjector>();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    // 9,000 followers: 1,000 short of Creator Rewards' 10,000.
    private static readonly CreatorSnapshot NineThousand = SampleCreators.MidTierUs with
    {
        Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_000 },
    };

    [Fact]
    public void GrowthAssumptions_ByDriver_ReadsAndWritesEachDriversOwnProperty()
    {
        var assumptions = new GrowthAssumptions();
        foreach (var driver in Enum.GetValues<GrowthDriver>())
        {
            var growth = DriverGrowth.Fixed(0.01m * (1 + (int)driver));
            assumptions[driver] = growth;
            Assert.Same(growth, assumptions[driver]);
        }

        Assert.Equal(0.01m, assumptions.Followers.Rate);
        Assert.Equal(0.02m, assumptions.Views.Rate);
        Assert.Equal(0.03m, assumptions.LiveHours.Rate);
        Assert.Equal(0.04m, assumptions.AverageViewers.Rate);
        Assert.Equal(0.05m, assumptions.Posts.Rate);
        Assert.Equal(0.06m, assumptions.Engagement.Rate);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => assumptions[(GrowthDriver)42] = DriverGrowth.None());
        Assert.Equal("driver", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => assumptions[(GrowthDriver)42]);
    }

    [Fact]
    public void Project_WithNoGrowth_GivesTheSnapshotsOwnReportEveryMonth()
    {
        var projection = Projector.Project(SampleCreators.MidTierUs, new GrowthAssumptions(), 3);

        var expected = Text(Engine.Estimate(SampleCreators.MidTierUs));
        Assert.All(projection.Months, m => Assert.Equal(expected, Text(m.Report)));
        Assert.All(projection.Months, m => Assert.Same(SampleCreators.MidTierUs, m.Snapshot));
        Assert.Empty(projection.Crossings);
    }

    [Fact]
    public void Project_FollowersGrowingFivePercent_CrossCreatorRewardsThresholdInTheThirdMonth()
    {
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.05m), StartMonth = new DateTime(2027, 1, 1) };

        var projection = Projector.Project(NineThousand, growth, 6);

        // 9,000 × 1.05³ = 10,418.6: the first month at or above 10,000.
        Assert.Equal([9_450L, 9_923L, 10_419L], projection.Months.Take(3).Select(m => m.Snapshot.Profile.Followers));
        var crossing = Assert.Single(projection.Crossings, c => c.Stream == "creator-rewards");
        Assert.True(crossing.BecameEligible);
        Assert.Equal(3, crossing.Month);
        Assert.Equal(new DateTime(2027, 3, 1), crossing.Date);
        var rule = Assert.Single(crossing.ChangedRules);
        Assert.True(rule.IsMet);
        Assert.StartsWith("Creator Rewards Program: eligible from 2027-03, when 'at least 10,000 followers' is met", crossing.ToString(), StringComparison.Ordinal);
        Assert.False(projection.Months[1].Report["creator-rewards"].IsEligible);
        Assert.True(projection.Months[2].Report["creator-rewards"].IsEligible);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(27)]
    [InlineData(32)]
    [InlineData(90)]
    public void Simulate_AMonthlyGoalOnASnapshotOfAnotherPeriod_IsRefused_NotComparedAcrossPeriods(int days)
    {
        var week = SampleCreators.MidTierUs with { PeriodDays = days };

        var error = Assert.Throws<ArgumentException>(() => Projector.Simulate(week, new GrowthAssumptions(), new SimulationSettings { Paths = 10, Months = 2 }, new IncomeGoal(Money.Usd(500m), 2)));

        Assert.Equal("goal", error.ParamName);
        Assert.Contains($"needs a snapshot of one month (28 to 31 days); this one covers {days} days", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(28)]
    [InlineData(31)]
    public void Simulate_AMonthlyGoal_TakesAnySnapshotOfOneMonth(int days)
    {
        var month = SampleCreators.MidTierUs with { PeriodDays = days };

        var simulation = Projector.Simulate(month, new GrowthAssumptions(), new SimulationSettings { Paths = 10, Months = 2 }, new IncomeGoal(Money.Usd(500m), 2));

        Assert.Equal(1m, simulation.GoalReachedProbability);
    }

    [Fact]
    public void Project_WithARange_OrdersLowExpectedAndHighGrowth()
    {
        var growth = new GrowthAssumptions { Views = DriverGrowth.Between(-0.05m, 0.03m, 0.10m), Followers = DriverGrowth.Between(0m, 0.02m, 0.04m) };

        var month = Projector.Project(SampleCreators.MidTierUs, growth, 12).Months[^1];

        Assert.True(month.TotalAtLowGrowth < month.TotalAtExpectedGrowth, $"{month.TotalAtLowGrowth} < {month.TotalAtExpectedGrowth}");
        Assert.True(month.TotalAtExpectedGrowth < month.TotalAtHighGrowth, $"{month.TotalAtExpectedGrowth} < {month.TotalAtHighGrowth}");
        Assert.Equal(Engine.Estimate(month.Snapshot).Total, month.Report.Total);
    }

    [Fact]
    public void Project_BeyondTheCeiling_FlagsTheDriverInsteadOfGrowingOn()
    {
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(1m) }; // doubling every month

        var months = Projector.Project(SampleCreators.MidTierUs, growth, 12).Months;

        Assert.Empty(months[8].CappedDrivers); // 2⁹ = 512
        Assert.Equal(85_000L * 1_000, months[9].Snapshot.Profile.Followers); // 2¹⁰ = 1,024, stopped at 1,000×
        Assert.Equal(85_000L * 1_000, months[11].Snapshot.Profile.Followers);
    }

    [Fact]
    public void Project_LiveHoursBeyondTheDay_StopAtTwentyFourADayAndAreFlagged()
    {
        var growth = new GrowthAssumptions { LiveHours = DriverGrowth.Fixed(2m) }; // ×3 a month from 18 hours

        var months = Projector.Project(SampleCreators.MidTierUs, growth, 4).Months;

        Assert.Empty(months[2].CappedDrivers); // 18 × 27 = 486 hours
        Assert.Equal([GrowthDriver.LiveHours], months[3].CappedDrivers); // 1,458 > 720
        Assert.Equal(720d, months[3].Snapshot.Live.Hours);
    }

    [Fact]
    public void Project_WithInvalidAssumptions_ListsEveryProblemWithItsValue()
    {
        var growth = new GrowthAssumptions
        {
            Views = DriverGrowth.Fixed(-1m),
            Followers = DriverGrowth.Between(0.1m, 0.05m, 0.2m),
            Engagement = DriverGrowth.LogNormal(0m, 3m),
            Posts = DriverGrowth.Fixed(0m).SaturatingAt(0.5m),
            Seasonality = [1m, 1m],
        };

        var error = Assert.Throws<InvalidGrowthAssumptionsException>(() => Projector.Project(SampleCreators.MidTierUs, growth, 12));

        Assert.Equal(
            ["Followers", "Views.Rate", "Posts.MaxMultiple", "Engagement.Spread", "Seasonality", "StartMonth"],
            error.Problems.Select(p => p.Path));
        Assert.Contains("Views.Rate is -1; it must be a monthly rate above -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Followers is Low 0.1, Expected 0.05, High 0.2; it must be ordered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Project_WithMonthsOutOfRange_SaysWhatIsAllowed(int months)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Projector.Project(SampleCreators.MidTierUs, new GrowthAssumptions(), months));
        Assert.Contains("it must be from 1 to 120", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_WithSeasonality_MultipliesTheFlowsOfThatCalendarMonth()
    {
        var seasonality = Enumerable.Repeat(1m, 12).ToList();
        seasonality[11] = 1.5m; // December
        var growth = new GrowthAssumptions { Seasonality = seasonality, StartMonth = new DateTime(2026, 11, 15) };

        var months = Projector.Project(SampleCreators.MidTierUs, growth, 3).Months;

        Assert.Equal([new DateTime(2026, 11, 1), new DateTime(2026, 12, 1), new DateTime(2027, 1, 1)], months.Select(m => m.Date!.Value));
        Assert.Equal([1_200_000L, 1_800_000L, 1_200_000L], months.Select(m => m.Snapshot.Videos.Views));
        Assert.Equal([85_000L, 85_000L, 85_000L], months.Select(m => m.Snapshot.Profile.Followers));
        Assert.Equal(27d, months[1].Snapshot.Live.Hours);
    }

    [Fact]
    public void Simulate_WithFixedGrowth_EveryPercentileIsTheDeterministicProjection()
    {
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.05m), Views = DriverGrowth.Fixed(0.02m) };

        var simulation = Projector.Simulate(NineThousand, growth, new SimulationSettings { Paths = 50, Months = 4 });
        var projection = Projector.Project(NineThousand, growth, 4);

        for (var m = 0; m < 4; m++)
        {
            Assert.All(simulation.Months[m].Total.Values, v => Assert.Equal(projection.Months[m].TotalAtExpectedGrowth, v));
            Assert.Equal(projection.Months[m].TotalAtExpectedGrowth, simulation.Months[m].Total.Mean);
            var rewards = simulation.Months[m].Streams.Single(s => s.Name == "creator-rewards");
            Assert.Equal(m >= 2 ? 1m : 0m, rewards.EligibleProbability);
        }
    }

    [Fact]
    public void Simulate_GoalOdds_CountPathsReachingTheGoalByItsMonth()
    {
        var growth = new GrowthAssumptions { Views = DriverGrowth.LogNormal(0.03m, 0.25m) };
        var total = Engine.Estimate(SampleCreators.MidTierUs).Total.Expected;
        var settings = new SimulationSettings { Paths = 400, Months = 6, Seed = 7 };

        var easy = Projector.Simulate(SampleCreators.MidTierUs, growth, settings, new IncomeGoal(Money.Usd(1m), 6));
        var impossible = Projector.Simulate(SampleCreators.MidTierUs, growth, settings, new IncomeGoal(total * 1_000m, 6));
        var plausible = Projector.Simulate(SampleCreators.MidTierUs, growth, settings, new IncomeGoal(total * 1.1m, 6));

        Assert.Equal(1m, easy.GoalReachedProbability);
        Assert.Equal(0m, impossible.GoalReachedProbability);
        Assert.InRange(plausible.GoalReachedProbability!.Value, 0.05m, 0.95m);
        Assert.True(plausible.GoalReachedProbability >= plausible.Months.Max(m => m.GoalProbability!.Value));
    }

    [Fact]
    public void Simulate_WithAGoalInEuros_ReportsEveryAmountInEuros()
    {
        var simulation = Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 3, Months = 2 }, new IncomeGoal(new Money(100m, Currency.Eur), 2));

        Assert.Equal(Currency.Eur, simulation.Currency);
        Assert.Equal(Engine.Estimate(SampleCreators.MidTierUs, Currency.Eur).Total.Expected, simulation.Months[0].Total[50m]);
    }

    [Fact]
    public void Simulate_ReportsProgressUpToEveryPath_AndStopsWhenCancelled()
    {
        var seen = new List<SimulationProgress>();
        var progress = new SynchronousProgress(seen);
        Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 100, Months = 1, MaxDegreeOfParallelism = 1 }, progress: progress);
        Assert.Equal(100, seen[^1].CompletedPaths);
        Assert.Equal(1d, seen[^1].Fraction);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Simulate_WithInvalidSettings_ListsEveryProblem()
    {
        var settings = new SimulationSettings { Paths = 0, Months = 200, Percentiles = [50m, 101m], MaxDegreeOfParallelism = 0 };

        var error = Assert.Throws<ArgumentException>(() => Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), settings));

        Assert.Contains("Months is 200; it must be from 1 to 120", error.Message, StringComparison.Ordinal);
        Assert.Contains("Paths is 0; it must be from 1 to 200,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("Percentiles.1 is 101; it must be from 0 to 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDegreeOfParallelism is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeekGoal_Views_FindsTheSmallestViewCountThatReachesTheTarget()
    {
        var now = Engine.Estimate(SampleCreators.MidTierUs).Total.Expected;
        var target = now + Money.Usd(250m);

        var answer = Projector.SeekGoal(SampleCreators.MidTierUs, target, GoalLever.Views);

        Assert.True(answer.IsReachable, answer.Reason);
        Assert.True(answer.Report.Total.Expected >= target);
        var oneLess = GoalLever.Views.Apply(SampleCreators.MidTierUs, answer.Value!.Value - 1m);
        Assert.True(Engine.Estimate(oneLess).Total.Expected < target);
        Assert.Equal(answer.Value, answer.Report.Streams.Count == 0 ? 0 : GoalLever.Views.Read(GoalLever.Views.Apply(SampleCreators.MidTierUs, answer.Value!.Value)));
    }

    [Fact]
    public void SeekGoal_AlreadyReached_AnswersTheCurrentValue()
    {
        var answer = Projector.SeekGoal(SampleCreators.MidTierUs, Money.Usd(1m), GoalLever.Followers);

        Assert.Equal(85_000m, answer.Value);
        Assert.Equal(0m, answer.Increase);
    }

    [Fact]
    public void SeekGoal_ALeverThatMovesNothing_SaysSoInsteadOfAnswering()
    {
        // A minor earns nothing from any built-in stream, however many views.
        var minor = SampleCreators.Newcomer;

        var answer = Projector.SeekGoal(minor, Money.Usd(100m), GoalLever.Views);

        Assert.False(answer.IsReachable);
        Assert.Null(answer.Increase);
        Assert.Contains("cannot be reached by views alone", answer.Reason, StringComparison.Ordinal);
        Assert.Contains("does not move the expected total", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SeekGoal_LiveHoursBeyondThePeriod_AreOutOfReachNotAnError()
    {
        var answer = Projector.SeekGoal(SampleCreators.MidTierUs, Money.Usd(10_000_000m), GoalLever.LiveHours);

        Assert.False(answer.IsReachable);
        Assert.Contains("short of 10000000.00 USD", answer.Reason, StringComparison.Ordinal);
        Assert.True(answer.Report.Total.Expected > Engine.Estimate(SampleCreators.MidTierUs).Total.Expected);
    }

    [Fact]
    public void AddProjections_BadConfiguredDefaults_FailAtStartWithTheirPaths()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddProjections(o =>
        {
            o.Growth.Views = DriverGrowth.Fixed(20m);
            o.Simulation.Paths = -5;
        }));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Projections:Growth:Views:Rate is 20", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Projections:Simulation:Paths is -5", StringComparison.Ordinal));
    }

    private static string Text(RevenueReport report)
    {
        var text = new StringBuilder();
        GoldenText.Report(text, report);
        return text.ToString();
    }

    private sealed class SynchronousProgress(List<SimulationProgress> seen) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
