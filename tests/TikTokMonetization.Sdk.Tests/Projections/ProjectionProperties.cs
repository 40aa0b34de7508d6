using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>The laws a user of projections, simulations and goal-seek relies on.</summary>
public sealed class ProjectionProperties
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddProjections().AddRevenueModel<FollowerBonusModel>());
    private static readonly IRevenueProjector Projector = Provider.GetRequiredService<IRevenueProjector>();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    // The SDK's own models alone: the simulation reuses a scratch snapshot (with a user model registered it does not).
    private static readonly ServiceProvider BuiltInsOnly = TestServices.BuiltIns(b => b.AddProjections());

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 60)]
    public bool ZeroGrowth_ReproducesEstimate_EveryMonth(CreatorSnapshot creator)
    {
        var expected = Text(Engine.Estimate(creator));
        return Projector.Project(creator, new GrowthAssumptions(), 3).Months.All(m => Text(m.Report) == expected);
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 60)]
    public bool NonNegativeGrowth_NeverLowersAnExpectedStream(CreatorSnapshot creator, NonNegativeGrowth growth)
    {
        // Every built-in stream, and the user's model, is monotone in followers, views, LIVE hours, viewers and
        // engagement (see ModelLaws); so is the projection. (Posts are held; see ProjectionArbitraries.NonNegative.)
        var projection = Projector.Project(creator, growth.Assumptions, 6);
        var previous = projection.Baseline.Streams.Select(s => s.Range.Expected).ToArray();
        foreach (var month in projection.Months)
        {
            var now = month.Report.Streams.Select(s => s.Range.Expected).ToArray();
            for (var i = 0; i < now.Length; i++)
            {
                if (now[i] < previous[i])
                {
                    throw new InvalidOperationException($"{month.Report.Streams[i].Name} fell from {previous[i]} to {now[i]} in month {month.Month} ({month.Levels}).");
                }
            }

            previous = now;
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 25)]
    public bool Percentiles_AreOrdered_ForEveryMonthAndStream(CreatorSnapshot creator, GrowthAssumptions growth)
    {
        var simulation = Projector.Simulate(creator, growth, new SimulationSettings { Paths = 40, Months = 4, Percentiles = [0m, 10m, 50m, 90m, 100m] });
        return simulation.Months.All(m =>
            Ordered(m.Total) && m.Streams.All(s => Ordered(s.Values) && s.EligibleProbability is >= 0m and <= 1m));

        static bool Ordered(MoneyPercentiles p) =>
            p.Values.Zip(p.Values.Skip(1), (a, b) => a <= b).All(x => x) && p.Values[0] <= p.Mean && p.Mean <= p.Values[^1];
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 15)]
    public bool TheSimulationsFastPath_GivesWhatFullReportsGive(CreatorSnapshot creator, GrowthAssumptions growth, int seed)
    {
        // Through another IRevenueEngine (here a plain decorator) the simulation builds every path-month's report; through
        // the SDK's engine it asks the models' fast paths. Every percentile, mean and probability must be the same.
        var settings = new SimulationSettings { Paths = 40, Months = 3, Seed = seed };
        var engine = Provider.GetRequiredService<IRevenueEngine>();
        var throughReports = new RevenueProjector(new DecoratedEngine(engine), Provider.GetRequiredService<IGrowthModel>());

        return Text(Projector.Simulate(creator, growth, settings)) == Text(throughReports.Simulate(creator, growth, settings));
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 15)]
    public bool WithBuiltInModelsOnly_TheReusedScratchSnapshot_GivesWhatFreshSnapshotsGive(CreatorSnapshot creator, GrowthAssumptions growth, int seed)
    {
        // With the SDK's own models only, each worker grows one scratch snapshot in place; through a decorated engine
        // every path-month is a fresh snapshot and a full report. A value left over from an earlier month would show.
        var settings = new SimulationSettings { Paths = 40, Months = 4, Seed = seed };
        var engine = BuiltInsOnly.GetRequiredService<IRevenueEngine>();
        var reusing = BuiltInsOnly.GetRequiredService<IRevenueProjector>();
        var throughReports = new RevenueProjector(new DecoratedEngine(engine), BuiltInsOnly.GetRequiredService<IGrowthModel>());

        return Text(reusing.Simulate(creator, growth, settings)) == Text(throughReports.Simulate(creator, growth, settings));
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 150)]
    public Property SamplePath_ADriverThatDrawsNothing_FollowsTheExpectedProjection_DigitForDigit(NonNegativeGrowth steady, GrowthAssumptions uncertain, int seed, byte mixed)
    {
        // A fixed rate, a range of one value or a log-normal without spread draws nothing: the simulation's path of
        // such a driver is its expected projection in every month, to the last digit and scale, whatever the drawn
        // drivers beside it do.
        var assumptions = new GrowthAssumptions();
        var drivers = ProjectionDrivers.All;
        for (var d = 0; d < drivers.Length; d++)
        {
            var growth = (mixed >> d & 1) == 1 ? uncertain[drivers[d]] : steady.Assumptions[drivers[d]];
            assumptions[drivers[d]] = growth;
        }

        var model = BuiltInsOnly.GetRequiredService<IGrowthModel>();
        var levels = new DriverLevels[12];
        model.SamplePath(assumptions, new SimulationRandom(seed, 0), levels);
        var steadyDrivers = drivers.Where(d => DrawsNothing(assumptions[d])).ToList();
        for (var m = 0; m < levels.Length; m++)
        {
            var expected = model.Project(assumptions, m + 1, RangePoint.Expected);
            foreach (var driver in steadyDrivers)
            {
                if (!decimal.GetBits(levels[m][driver]).SequenceEqual(decimal.GetBits(expected[driver])))
                {
                    return false.Label($"month {m + 1}, {driver}: path {levels[m][driver]}, expected {expected[driver]}");
                }
            }
        }

        return true.ToProperty().Classify(steadyDrivers.Count == drivers.Length, "nothing drawn").Classify(steadyDrivers.Count == 0, "all drawn");

        static bool DrawsNothing(DriverGrowth g) => g.Distribution switch
        {
            GrowthDistribution.Fixed => true,
            GrowthDistribution.Range => g.Low == g.High,
            _ => g.Spread == 0m,
        };
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 100)]
    public bool ApplyInto_WritesExactlyWhatApplyReturns_OverAnyEarlierMonth(CreatorSnapshot creator, GrowthAssumptions growth, int seed)
    {
        // Months drawn from a path, written one after the other into the same scratch: each must equal a fresh Apply,
        // whatever the previous month left there (including unchanged levels, which Apply answers with the snapshot).
        var levels = new DriverLevels[6];
        BuiltInsOnly.GetRequiredService<IGrowthModel>().SamplePath(growth, new SimulationRandom(seed, 0), levels);
        levels[2] = DriverLevels.Unchanged;
        var scratch = SnapshotGrowth.Scratch(creator);
        foreach (var level in levels)
        {
            CreatorSnapshot fresh;
            try
            {
                fresh = SnapshotGrowth.Apply(creator, level);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue; // beyond any count: Apply refuses, and so does ApplyInto (the same Scale); nothing to compare
            }

            SnapshotGrowth.ApplyInto(creator, level, scratch);
            if (!fresh.Equals(scratch))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 10)]
    public bool SameSeed_GivesIdenticalResults_AtAnyDegreeOfParallelism(CreatorSnapshot creator, GrowthAssumptions growth, int seed)
    {
        var one = Projector.Simulate(creator, growth, new SimulationSettings { Paths = 70, Months = 3, Seed = seed, MaxDegreeOfParallelism = 1 });
        var two = Projector.Simulate(creator, growth, new SimulationSettings { Paths = 70, Months = 3, Seed = seed, MaxDegreeOfParallelism = 2 });
        var all = Projector.Simulate(creator, growth, new SimulationSettings { Paths = 70, Months = 3, Seed = seed });
        return Text(one) == Text(two) && Text(two) == Text(all);
    }

    [Property(Arbitrary = [typeof(ProjectionArbitraries)], MaxTest = 40)]
    public Property GoalSeek_AnswerReachesTheTarget_AndOneStepLessDoesNot(CreatorSnapshot creator, PositiveInt extraDollars, bool byFollowers)
    {
        var lever = byFollowers ? GoalLever.Followers : GoalLever.Views;
        var now = Engine.Estimate(creator).Total.Expected;
        var target = now + Money.Usd(extraDollars.Get % 5_000);
        var answer = Projector.SeekGoal(creator, target, lever);
        var reachable = answer.IsReachable;
        return (!reachable || Check(answer, creator, lever, target)).ToProperty().Classify(reachable, "reachable");
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentPaths()
    {
        var growth = new GrowthAssumptions { Views = DriverGrowth.LogNormal(0.02m, 0.3m) };
        var a = Projector.Simulate(SampleCreators.MidTierUs, growth, new SimulationSettings { Paths = 50, Months = 3, Seed = 1 });
        var b = Projector.Simulate(SampleCreators.MidTierUs, growth, new SimulationSettings { Paths = 50, Months = 3, Seed = 2 });
        Assert.NotEqual(Text(a), Text(b));
    }

    [Fact]
    public void AUserModel_TakesPartInProjectionsAndSimulations_LikeABuiltInOne()
    {
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.1m) };

        var projection = Projector.Project(SampleCreators.MidTierUs, growth, 2);
        var simulation = Projector.Simulate(SampleCreators.MidTierUs, growth, new SimulationSettings { Paths = 5, Months = 2 });

        Assert.Equal(Engine.Estimate(projection.Months[1].Snapshot)["follower-bonus"].Range, projection.Months[1].Report["follower-bonus"].Range);
        Assert.True(projection.Months[1].Streams.Single(s => s.Name == "follower-bonus").AtExpectedGrowth > projection.Baseline["follower-bonus"].Range.Expected);
        Assert.Contains(simulation.Months[1].Streams, s => s.Name == "follower-bonus" && s.Values[50m].Amount > 0m);
    }

    private static bool Check(GoalSeekResult answer, CreatorSnapshot creator, GoalLever lever, Money target)
    {
        var value = answer.Value!.Value;
        if (answer.Report.Total.Expected < target || Engine.Estimate(lever.Apply(creator, value)).Total.Expected < target)
        {
            return false;
        }

        return value == lever.Read(creator) || Engine.Estimate(lever.Apply(creator, value - lever.Step)).Total.Expected < target;
    }

    private static string Text(RevenueReport report)
    {
        var text = new StringBuilder();
        GoldenText.Report(text, report);
        return text.ToString();
    }

    private static string Text(RevenueSimulation simulation)
    {
        var text = new StringBuilder();
        foreach (var month in simulation.Months)
        {
            text.Append(month.Month).Append(": ").AppendJoin(' ', month.Total.Values).Append(" mean ").Append(month.Total.Mean).Append('\n');
            foreach (var stream in month.Streams)
            {
                text.Append("  ").Append(stream.Name).Append(' ').AppendJoin(' ', stream.Values.Values).Append(" eligible ").Append(stream.EligibleProbability).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>An engine that is not the SDK's own type: the simulation cannot take the fast path through it.</summary>
    private sealed class DecoratedEngine(IRevenueEngine inner) : IRevenueEngine
    {
        public IReadOnlyList<IRevenueModel> Models => inner.Models;

        public RevenueReport Estimate(CreatorSnapshot snapshot) => inner.Estimate(snapshot);

        public RevenueReport Estimate(CreatorSnapshot snapshot, Currency reportingCurrency) => inner.Estimate(snapshot, reportingCurrency);

        public void EstimateExpected(ReadOnlySpan<CreatorSnapshot> snapshots, Span<decimal> destination) => inner.EstimateExpected(snapshots, destination);

        public Likes.LikesAnalysis AnalyzeLikes(CreatorSnapshot snapshot, long additionalLikes = 1_000) => inner.AnalyzeLikes(snapshot, additionalLikes);
    }
}
