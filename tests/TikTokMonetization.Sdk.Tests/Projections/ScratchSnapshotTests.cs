using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The simulation grows one scratch snapshot in place only for the SDK's own models; a user model, which may keep the
/// instance it is given, always gets a snapshot of its own that never changes afterwards.
/// </summary>
public sealed class ScratchSnapshotTests
{
    private static readonly GrowthAssumptions Growth = new()
    {
        Followers = DriverGrowth.LogNormal(0.03m, 0.05m),
        Views = DriverGrowth.Between(0m, 0.04m, 0.09m),
    };

    [Fact]
    public void AUserModelThatKeepsItsSnapshots_FindsEachOneAsItWasGiven()
    {
        var keeper = new SnapshotKeeper();
        using var provider = TestServices.BuiltIns(b => b.AddProjections().AddRevenueModel(keeper));

        provider.GetRequiredService<IRevenueProjector>().Simulate(
            SampleCreators.MidTierUs, Growth, new SimulationSettings { Paths = 64, Months = 6, Seed = 3, MaxDegreeOfParallelism = 2 });

        Assert.Equal((64 * 6) + 1, keeper.Seen.Count); // every path-month, and the starting month the baseline report prices
        Assert.All(keeper.Seen, seen => Assert.Equal(seen.ViewsThen, seen.Snapshot.Videos.Views));
        Assert.All(keeper.Seen, seen => Assert.Equal(seen.FollowersThen, seen.Snapshot.Profile.Followers));
        Assert.True(keeper.Seen.Select(s => s.Snapshot.Videos.Views).Distinct().Count() > 100, "the paths should differ, or the test shows nothing");
        Assert.Equal(keeper.Seen.Count, keeper.Seen.Select(s => s.Snapshot).Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void TheEngine_ReusesSnapshotsOnlyWhenEveryModelIsTheSdksOwn()
    {
        using var builtIns = TestServices.BuiltIns();
        using var withUserModel = TestServices.BuiltIns(b => b.AddRevenueModel(new SnapshotKeeper()));

        Assert.True(((RevenueEngine)builtIns.GetRequiredService<IRevenueEngine>()).KeepsNoSnapshot);
        Assert.False(((RevenueEngine)withUserModel.GetRequiredService<IRevenueEngine>()).KeepsNoSnapshot);
    }

    [Fact]
    public void TheScratch_SharesNothingItWritesWithTheSnapshot()
    {
        var creator = SampleCreators.MidTierUs;
        var scratch = SnapshotGrowth.Scratch(creator);

        SnapshotGrowth.ApplyInto(creator, new DriverLevels(2m, 3m, 1.5m, 1.2m, 1m, 1.1m), scratch);

        Assert.NotSame(creator.Profile, scratch.Profile);
        Assert.NotSame(creator.Videos, scratch.Videos);
        Assert.NotSame(creator.Live, scratch.Live);
        Assert.Equal(SampleCreators.MidTierUs.Videos.Views, creator.Videos.Views);
        Assert.Equal(creator.Videos.Views * 3, scratch.Videos.Views);
        Assert.Equal(creator.Profile.Followers * 2, scratch.Profile.Followers);
    }

    /// <summary>A user model with both fast paths that keeps every snapshot it is given, with the values it saw then.</summary>
    private sealed class SnapshotKeeper : IExpectedRevenueModel, IEligibilityRevenueModel
    {
        public ConcurrentBag<(CreatorSnapshot Snapshot, long ViewsThen, long FollowersThen)> Seen { get; } = [];

        public string Name => "snapshot-keeper";

        public string DisplayName => "Snapshot keeper (test model)";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot)
        {
            Keep(snapshot);
            return new RevenueEstimate(
                Name,
                DisplayName,
                new MoneyRange(ValueRange.Exactly(1m), Currency.Usd),
                new Eligibility([]),
                [],
                new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "None."));
        }

        public Money EstimateExpected(CreatorSnapshot snapshot)
        {
            Keep(snapshot);
            return Money.Usd(1m);
        }

        public bool IsEligible(CreatorSnapshot snapshot) => true;

        private void Keep(CreatorSnapshot snapshot) => Seen.Add((snapshot, snapshot.Videos.Views, snapshot.Profile.Followers));
    }
}
