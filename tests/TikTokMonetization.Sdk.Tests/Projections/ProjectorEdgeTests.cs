using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The projector at its edges: the first and last month allowed, the texts of eligibility crossings (lost, gained with
/// two rules, gained with none), drivers held at the ceiling and LIVE hours held at the day (flagged in a projection,
/// counted in a simulation), a grown snapshot beyond what a field allows (named by its month), the goal's odds when a
/// total equals the goal and without a goal, the simulated months' calendar months, progress and cancellation, the
/// refusals of missing or invalid arguments, the percentiles a simulation did not compute, a simulation through an
/// engine of another type, and the refusals of the registrations' missing arguments.
/// </summary>
public sealed class ProjectorEdgeTests
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddProjections());
    private static readonly IRevenueProjector Projector = Provider.GetRequiredService<IRevenueProjector>();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    [Fact]
    public void Project_TheFirstAndTheLastMonthAllowed_AreProjected()
    {
        Assert.Single(Projector.Project(SampleCreators.MidTierUs, new GrowthAssumptions(), 1).Months);
        Assert.Equal(Enumerable.Range(1, 120), Projector.Project(SampleCreators.MidTierUs, new GrowthAssumptions(), 120).Months.Select(m => m.Month));
    }

    [Fact]
    public void Project_AStreamThatStopsBeingEligible_SaysSoAndWhichRuleIsNoLongerMet()
    {
        // 10,500 followers shrinking 5 % a month: 9,975 in the first month, below Creator Rewards' 10,000.
        var creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 10_500 } };

        var projection = Projector.Project(creator, new GrowthAssumptions { Followers = DriverGrowth.Fixed(-0.05m) }, 2);

        var crossing = Assert.Single(projection.Crossings);
        Assert.False(crossing.BecameEligible);
        Assert.Null(crossing.Date);
        Assert.Equal("Creator Rewards Program: no longer eligible from month 1, when 'at least 10,000 followers' is no longer met (9,975)", crossing.ToString());
    }

    [Fact]
    public void Project_AStreamThatBecomesEligibleByTwoRules_NamesBoth()
    {
        using var provider = TestServices.With(b => b.AddProjections().AddRevenueModel<TwoRulesModel>());
        var creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_500 }, Videos = SampleCreators.MidTierUs.Videos with { Views = 960_000 } };

        // ×1.1 a month: 10,450 followers and 1,056,000 views in the first month.
        var projection = provider.GetRequiredService<IRevenueProjector>().Project(creator, new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.1m), Views = DriverGrowth.Fixed(0.1m) }, 1);

        Assert.Equal(
            "Two rules (test model): eligible from month 1, when 'at least 10,000 followers' is met (10,450) and 'at least 1,000,000 views' is met (1,056,000)",
            Assert.Single(projection.Crossings).ToString());
    }

    [Fact]
    public void Project_AStreamWhoseUnmetRuleIsDropped_NamesNoRule()
    {
        // The model's only rule disappears once it is met: eligibility changes without a rule whose outcome changed.
        using var provider = TestServices.With(b => b.AddProjections().AddRevenueModel<DroppedRuleModel>());
        var creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_500 } };
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.1m), StartMonth = new DateTime(2027, 5, 1) };

        var crossing = Assert.Single(provider.GetRequiredService<IRevenueProjector>().Project(creator, growth, 2).Crossings);

        Assert.Empty(crossing.ChangedRules);
        Assert.Equal("Dropped rule (test model): eligible from 2027-05", crossing.ToString());
    }

    [Fact]
    public void AGrowthModelBeyondTheCeiling_IsHeldThere_AndTheHeldMonthsAreFlaggedAndCounted()
    {
        // The table model's month 1: followers ×2,000 (held at ×1,000), views ×1,000 (at the ceiling, not beyond), LIVE
        // hours ×40 (18 × 40 = 720, exactly 24 a day of 30 days); month 2: LIVE hours ×50 (900 hours, held at 720).
        using var provider = TestServices.BuiltIns(b => b.AddProjections().UseGrowthModel<TableGrowthModel>());
        var projector = provider.GetRequiredService<IRevenueProjector>();

        var months = projector.Project(SampleCreators.MidTierUs, new GrowthAssumptions(), 2).Months;
        var simulation = projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 3, Months = 2 });

        Assert.Equal([GrowthDriver.Followers], months[0].CappedDrivers);
        Assert.Equal(85_000_000L, months[0].Snapshot.Profile.Followers);
        Assert.Equal(1_200_000_000L, months[0].Snapshot.Videos.Views);
        Assert.Equal(720d, months[0].Snapshot.Live.Hours);
        Assert.Equal([GrowthDriver.LiveHours], months[1].CappedDrivers);
        Assert.Equal(720d, months[1].Snapshot.Live.Hours);
        Assert.Equal(6L, simulation.CappedPathMonths);
        Assert.Equal(months[1].TotalAtExpectedGrowth, simulation.Months[1].Total[50m]);
    }

    [Fact]
    public void Project_AGrownSnapshotBeyondAField_IsRefusedNamingTheMonth()
    {
        // 20 million viewers ×10 a month: 20 billion in month 3, beyond the 10 billion a snapshot allows.
        var creator = SampleCreators.MidTierUs with { Live = SampleCreators.MidTierUs.Live with { AverageConcurrentViewers = 20_000_000 } };

        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Project(creator, new GrowthAssumptions { AverageViewers = DriverGrowth.Fixed(9m) }, 4));

        Assert.Equal(
            "The creator snapshot in 'month 3 of the projection (followers ×1, views ×1, LIVE hours ×1, viewers ×1000, posts ×1, engagement ×1)' is invalid (1 problem):"
            + Environment.NewLine + "  - Live.AverageConcurrentViewers is 20000000000; it must be at most 10,000,000,000.",
            error.Message);
    }

    [Fact]
    public void Project_AGrownMonthBeyondAnInputLimit_IsRefusedAsThatMonth_NotAsTheSnapshotGiven()
    {
        // 1.5 billion views ×10 a month: 1.5 trillion in month 3, beyond the trillion the engine accepts.
        var creator = SampleCreators.MidTierUs with { Videos = SampleCreators.MidTierUs.Videos with { Views = 1_500_000_000 } };

        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Project(creator, new GrowthAssumptions { Views = DriverGrowth.Fixed(9m) }, 4));

        Assert.Equal(
            "The creator snapshot in 'month 3 of the projection (followers ×1, views ×1000, LIVE hours ×1, viewers ×1, posts ×1, engagement ×1)' is invalid (1 problem):"
            + Environment.NewLine + "  - Videos.Views is 1500000000000; it must be at most 1,000,000,000,000 (a documented input limit, see docs/input-limits.md).",
            error.Message);
    }

    [Fact]
    public void Simulate_AGrownSnapshotBeyondAField_IsRefusedNamingTheMonth()
    {
        var creator = SampleCreators.MidTierUs with { Live = SampleCreators.MidTierUs.Live with { AverageConcurrentViewers = 20_000_000 } };

        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Simulate(creator, new GrowthAssumptions { AverageViewers = DriverGrowth.Fixed(9m) }, new SimulationSettings { Paths = 2, Months = 4, MaxDegreeOfParallelism = 1 }));

        Assert.Equal(
            "The creator snapshot in 'month 3 of the projection (followers ×1, views ×1, LIVE hours ×1, viewers ×1000, posts ×1, engagement ×1)' is invalid (1 problem):"
            + Environment.NewLine + "  - Live.AverageConcurrentViewers is 20000000000; it must be at most 10,000,000,000.",
            error.Message);
    }

    [Fact]
    public void Simulate_ATotalEqualToTheGoal_ReachesIt()
    {
        // Without growth every path's total is today's, to the cent: a goal of exactly that is reached.
        var today = Engine.Estimate(SampleCreators.MidTierUs).Total.Expected;

        var simulation = Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 5, Months = 2 }, new IncomeGoal(today, 2));

        Assert.Equal([1m, 1m], simulation.Months.Select(m => m.GoalProbability));
        Assert.Equal(1m, simulation.GoalReachedProbability);
    }

    [Fact]
    public void Simulate_WithoutAGoal_GivesNoGoalOdds()
    {
        var simulation = Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 5, Months = 2 });

        Assert.All(simulation.Months, m => Assert.Null(m.GoalProbability));
        Assert.Null(simulation.GoalReachedProbability);
        Assert.Null(simulation.Goal);
    }

    [Fact]
    public void Simulate_Months_CarryTheirCalendarMonths()
    {
        var simulation = Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions { StartMonth = new DateTime(2027, 11, 20) }, new SimulationSettings { Paths = 2, Months = 3 });

        Assert.Equal([1, 2, 3], simulation.Months.Select(m => m.Month));
        Assert.Equal([new DateTime(2027, 11, 1), new DateTime(2027, 12, 1), new DateTime(2028, 1, 1)], simulation.Months.Select(m => m.Date!.Value));
    }

    [Fact]
    public void Simulate_AGoalAfterTheLastMonth_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 5, Months = 2 }, new IncomeGoal(Money.Usd(100m), 3)));

        Assert.Equal("goal", error.ParamName);
        Assert.Equal("The goal's month is 3; the simulation covers months 1 to 2. (Parameter 'goal')", error.Message);
    }

    [Fact]
    public void Simulate_Progress_NeverGoesBack_AndEndsAtEveryPath()
    {
        var seen = new List<SimulationProgress>();

        Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 63, Months = 1, MaxDegreeOfParallelism = 1 }, progress: new SynchronousProgress(seen));

        Assert.All(seen, p => Assert.Equal(63, p.TotalPaths));
        Assert.Equal(seen.Select(p => p.CompletedPaths).Order(), seen.Select(p => p.CompletedPaths));
        Assert.Equal(seen.Count, seen.Select(p => p.CompletedPaths).Distinct().Count());
        Assert.Equal(63, seen[^1].CompletedPaths);
    }

    [Fact]
    public void Simulate_CancelledDuringAPath_StopsBeforeTheNextPath()
    {
        using var cancellation = new CancellationTokenSource();
        var growth = new CancellingGrowthModel(cancellation, afterPaths: 3);
        var projector = new RevenueProjector(Engine, growth);

        Assert.ThrowsAny<OperationCanceledException>(() => projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 32, Months = 1, MaxDegreeOfParallelism = 1 }, cancellationToken: cancellation.Token));

        Assert.Equal(3, growth.Paths);
    }

    [Fact]
    public void Simulate_ThroughAnEngineOfAnotherType_GivesEachStreamItsOwnAmountsAndEligibility()
    {
        // Another IRevenueEngine is asked for whole reports. A simulation of the same size just before (the newcomer,
        // eligible for little) leaves its numbers in the pooled buffers: none of them may show through.
        var settings = new SimulationSettings { Paths = 4, Months = 2 };
        Projector.Simulate(SampleCreators.Newcomer, new GrowthAssumptions(), settings);
        var baseline = Engine.Estimate(SampleCreators.MidTierUs);

        var simulation = new RevenueProjector(new OtherEngine(Engine), Provider.GetRequiredService<IGrowthModel>()).Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), settings);

        foreach (var month in simulation.Months)
        {
            Assert.Equal(baseline.Streams.Select(s => s.Range.Expected), month.Streams.Select(s => s.Values[50m]));
            Assert.Equal(baseline.Streams.Select(s => s.IsEligible ? 1m : 0m), month.Streams.Select(s => s.EligibleProbability));
        }
    }

    [Fact]
    public void MissingArguments_AreRefusedByName()
    {
        var growth = new GrowthAssumptions();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => Projector.Project(null!, growth, 2)).ParamName);
        Assert.Equal("assumptions", Assert.Throws<ArgumentNullException>(() => Projector.Project(SampleCreators.MidTierUs, null!, 2)).ParamName);
        Assert.Equal("settings", Assert.Throws<ArgumentNullException>(() => Projector.Simulate(SampleCreators.MidTierUs, growth, null!)).ParamName);
    }

    [Fact]
    public void Simulate_InvalidAssumptions_AreRefusedBeforeAnyPath()
    {
        var growth = new GrowthAssumptions { Views = DriverGrowth.Fixed(-1m) };

        var error = Assert.Throws<InvalidGrowthAssumptionsException>(() => Projector.Simulate(SampleCreators.MidTierUs, growth, new SimulationSettings { Paths = 2, Months = 1 }));

        Assert.Equal(["Views.Rate"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Percentiles_APercentileNotComputed_IsRefusedNamingThoseThatWere()
    {
        var total = Projector.Simulate(SampleCreators.MidTierUs, new GrowthAssumptions(), new SimulationSettings { Paths = 2, Months = 1 }).Months[0].Total;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => total[25m]);

        Assert.Equal("percentile", error.ParamName);
        Assert.Equal(25m, error.ActualValue);
        Assert.Equal("Not computed; the simulation has 10, 50, 90. (Parameter 'percentile')" + Environment.NewLine + "Actual value was 25.", error.Message);
    }

    [Fact]
    public void ProjectionRegistrations_RefuseMissingArgumentsByName()
    {
        ITikTokMonetizationBuilder builder = null!;
        var configuration = new ConfigurationBuilder().Build();
        var real = new ServiceCollection().AddTikTokMonetization();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => builder.AddProjections()).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => builder.AddProjections(configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => real.AddProjections((IConfiguration)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => builder.UseGrowthModel<TableGrowthModel>()).ParamName);
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

    /// <summary>An engine that is not the SDK's own type: the simulation asks it for whole reports.</summary>
    private sealed class OtherEngine(IRevenueEngine inner) : IRevenueEngine
    {
        public IReadOnlyList<IRevenueModel> Models => inner.Models;

        public RevenueReport Estimate(CreatorSnapshot snapshot) => inner.Estimate(snapshot);

        public RevenueReport Estimate(CreatorSnapshot snapshot, Currency reportingCurrency) => inner.Estimate(snapshot, reportingCurrency);

        public void EstimateExpected(ReadOnlySpan<CreatorSnapshot> snapshots, Span<decimal> destination) => inner.EstimateExpected(snapshots, destination);

        public LikesAnalysis AnalyzeLikes(CreatorSnapshot snapshot, long additionalLikes = 1_000) => inner.AnalyzeLikes(snapshot, additionalLikes);
    }

    /// <summary>Levels from a table: month 1 beyond the ceiling and at the day's LIVE hours, month 2 beyond the day.</summary>
    public sealed class TableGrowthModel : IGrowthModel
    {
        private static readonly DriverLevels[] Table =
        [
            new(2_000m, 1_000m, 40m, 1m, 1m, 1m),
            new(1m, 1m, 50m, 1m, 1m, 1m),
        ];

        public DriverLevels Project(GrowthAssumptions assumptions, int month, RangePoint scenario) => Table[month - 1];

        public void SamplePath(GrowthAssumptions assumptions, SimulationRandom random, Span<DriverLevels> destination) => Table.AsSpan(0, destination.Length).CopyTo(destination);
    }

    /// <summary>No growth; cancels the token while drawing the given path.</summary>
    private sealed class CancellingGrowthModel(CancellationTokenSource cancellation, int afterPaths) : IGrowthModel
    {
        public int Paths { get; private set; }

        public DriverLevels Project(GrowthAssumptions assumptions, int month, RangePoint scenario) => DriverLevels.Unchanged;

        public void SamplePath(GrowthAssumptions assumptions, SimulationRandom random, Span<DriverLevels> destination)
        {
            destination.Clear();
            if (++Paths == afterPaths)
            {
                cancellation.Cancel();
            }
        }
    }

    /// <summary>Eligible from 10,000 followers and a million views; pays a dollar per thousand followers.</summary>
    public sealed class TwoRulesModel : IRevenueModel
    {
        public string Name => "two-rules";

        public string DisplayName => "Two rules (test model)";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot)
        {
            var eligibility = new Eligibility(
            [
                EligibilityRule.AtLeast("min-followers", 10_000, snapshot.Profile.Followers, "followers"),
                EligibilityRule.AtLeast("min-views", 1_000_000, snapshot.Videos.Views, "views"),
            ]);
            return Pays(Name, DisplayName, eligibility, snapshot);
        }
    }

    /// <summary>Below 10,000 followers one unmet rule; from 10,000 no rule at all.</summary>
    public sealed class DroppedRuleModel : IRevenueModel
    {
        public string Name => "dropped-rule";

        public string DisplayName => "Dropped rule (test model)";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            Pays(Name, DisplayName, snapshot.Profile.Followers >= 10_000 ? Eligibility.Unconditional : new Eligibility([EligibilityRule.AtLeast("min-followers", 10_000, snapshot.Profile.Followers, "followers")]), snapshot);
    }

    private static RevenueEstimate Pays(string name, string displayName, Eligibility eligibility, CreatorSnapshot snapshot)
    {
        var amount = eligibility.IsEligible ? snapshot.Profile.Followers / 1000m : 0m;
        return new RevenueEstimate(
            name,
            displayName,
            new MoneyRange(ValueRange.Exactly(amount), Currency.Usd),
            eligibility,
            null,
            new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Followers only."));
    }
}
