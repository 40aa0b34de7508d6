using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>The numbers docs/projections.md states for its worked example come from the SDK.</summary>
public sealed class ProjectionsDocsTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_000 } };

    [Fact]
    public void WorkedExample_MatchesTheDocs()
    {
        using var provider = TestServices.BuiltIns(b => b.AddProjections());
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var growth = new GrowthAssumptions { Followers = DriverGrowth.Fixed(0.05m), Views = DriverGrowth.Between(0m, 0.03m, 0.06m), StartMonth = new DateTime(2027, 1, 1) };

        var projection = projector.Project(Creator, growth, 12);

        Assert.Equal(2_742.02m, projection.Baseline.Total.Expected.Amount);
        Row(projection.Months[0], 9_450, 1_236_000, 2_751.92m, 2_792.67m, 2_833.41m);
        Row(projection.Months[1], 9_923, 1_273_080, 2_762.33m, 2_845.04m, 2_930.20m);
        Row(projection.Months[2], 10_419, 1_311_272, 3_167.74m, 3_330.26m, 3_502.52m);
        Row(projection.Months[11], 16_163, 1_710_913, 3_294.11m, 4_040.30m, 5_068.07m);
        Assert.Equal("Creator Rewards Program: eligible from 2027-03, when 'at least 10,000 followers' is met (10,419)", Assert.Single(projection.Crossings).ToString());
        Assert.Equal(431.08m, projection.Months[2].Report["creator-rewards"].Range.Expected.Amount);

        var simulation = projector.Simulate(
            Creator,
            new GrowthAssumptions { Followers = DriverGrowth.LogNormal(0.05m, 0.04m), Views = DriverGrowth.LogNormal(0.03m, 0.15m), StartMonth = new DateTime(2027, 1, 1) },
            new SimulationSettings { Paths = 2_000, Months = 12, Seed = 1 },
            new IncomeGoal(Money.Usd(5_000m), byMonth: 12));
        var december = simulation.Months[11];
        Assert.Equal([2_847.92m, 4_116.19m, 6_558.18m], december.Total.Values.Select(v => v.Amount));
        Assert.Equal(0.454m, simulation.Months[1].Streams.Single(s => s.Name == "creator-rewards").EligibleProbability);
        Assert.Equal(1m, december.Streams.Single(s => s.Name == "creator-rewards").EligibleProbability);
        Assert.Equal(0.347m, simulation.GoalReachedProbability);

        Assert.Equal("3,195,134 views (now 1,200,000) reach 5000.00 USD (expected total 5000.00 USD)", projector.SeekGoal(Creator, Money.Usd(5_000m), GoalLever.Views).ToString());
        Assert.Equal(79.40m, projector.SeekGoal(Creator, Money.Usd(5_000m), GoalLever.LiveHours).Value);
    }

    private static void Row(ProjectedMonth month, long followers, long views, decimal low, decimal expected, decimal high)
    {
        Assert.Equal(followers, month.Snapshot.Profile.Followers);
        Assert.Equal(views, month.Snapshot.Videos.Views);
        Assert.Equal([low, expected, high], new[] { month.TotalAtLowGrowth, month.TotalAtExpectedGrowth, month.TotalAtHighGrowth }.Select(m => m.Amount));
    }
}
