using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// What growth does to the numbers it should not touch, and how it refuses the ones it cannot make: coins gifted stay
/// exactly as given while viewer-hours do not move (rounded to four decimals only when they do); a grown count beyond
/// what its field holds stops a projection and a simulation with the month and the field named, as a month beyond an
/// input limit does, never as an unexplained crash; and goal-seek treats a value beyond the input limits as out of
/// reach instead of blaming the creator's own snapshot, stopping at the largest valid value and saying which it is.
/// The best video's qualified views move with views, in growth and in the likes analysis's reach response, so that
/// declining views never make a snapshot invalid (the best video above the period's total) and a program's per-video
/// minimum can be crossed by growth.
/// </summary>
public sealed class GrowthRefusalTests
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddProjections());
    private static readonly IRevenueProjector Projector = Provider.GetRequiredService<IRevenueProjector>();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    // Coins with more decimals than a grown amount keeps.
    private static readonly CreatorSnapshot FineCoins = SampleCreators.MidTierUs with
    {
        Live = SampleCreators.MidTierUs.Live with { CoinsGifted = new Coins(1234.56789m) },
    };

    // Posts shrinking to 10^-25 of today's in one month: views per post, and so the median views a sponsored post is
    // priced on, grow 10^25 times, which no count can hold.
    private static readonly GrowthAssumptions VanishingPosts = new() { Posts = DriverGrowth.Fixed(-0.9999999999999999999999999m) };

    public static TheoryData<string, DriverLevels> LevelsThatKeepViewerHours => new()
    {
        { "followers", new DriverLevels(2m, 1m, 1m, 1m, 1m, 1m) },
        { "views", new DriverLevels(1m, 3m, 1m, 1m, 1m, 1m) },
        { "posts and engagement", new DriverLevels(1m, 1m, 1m, 1m, 0.5m, 1.5m) },
        { "hours up, viewers down as much", new DriverLevels(1m, 1m, 2m, 0.5m, 1m, 1m) },
    };

    [Theory]
    [MemberData(nameof(LevelsThatKeepViewerHours))]
    public void CoinsGifted_WhileViewerHoursDoNotMove_StayExactlyAsGiven(string what, DriverLevels levels)
    {
        var grown = SnapshotGrowth.Apply(FineCoins, levels);
        var scratch = SnapshotGrowth.Scratch(FineCoins);
        SnapshotGrowth.ApplyInto(FineCoins, levels, scratch);

        Assert.True(1234.56789m == grown.Live.CoinsGifted!.Value.Value, what);
        Assert.Equal(grown, scratch);
    }

    [Fact]
    public void CoinsGifted_WhenViewerHoursMove_FollowThem_RoundedHalfAwayFromZeroToFourDecimals()
    {
        // 1234.56789 × 2 = 2469.13578 → 2469.1358; × 1.5 (hours) × 1.1 (viewers) = 2037.0370185 → 2037.0370.
        Assert.Equal(2469.1358m, SnapshotGrowth.Apply(FineCoins, new DriverLevels(1m, 1m, 2m, 1m, 1m, 1m)).Live.CoinsGifted!.Value.Value);
        Assert.Equal(2037.0370m, SnapshotGrowth.Apply(FineCoins, new DriverLevels(1m, 1m, 1.5m, 1.1m, 1m, 1m)).Live.CoinsGifted!.Value.Value);
    }

    [Fact]
    public void Project_AGrownCountNoFieldCanHold_IsRefusedNamingTheMonthAndTheField()
    {
        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Project(SampleCreators.MidTierUs, VanishingPosts, 2));

        AssertNamesMonthOneAndTheMedian(error, "35000 × 10000000000000000000000000");
    }

    [Fact]
    public void Simulate_AGrownCountNoFieldCanHold_IsRefusedNamingTheMonthAndTheField()
    {
        var settings = new SimulationSettings { Paths = 4, Months = 2, MaxDegreeOfParallelism = 1 };

        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Simulate(SampleCreators.MidTierUs, VanishingPosts, settings));

        AssertNamesMonthOneAndTheMedian(error, "35000 × 10000000000000000000000000");
    }

    [Fact]
    public void Project_ViewsPerPostBeyondDecimal_IsRefusedNamingTheMonthAndTheField()
    {
        // Views ×10 over posts ×10^-28: views per post beyond decimal's range, before any count is scaled.
        var assumptions = new GrowthAssumptions
        {
            Views = DriverGrowth.Fixed(9m),
            Posts = DriverGrowth.Fixed(-0.9999999999999999999999999999m),
        };

        var error = Assert.Throws<InvalidCreatorSnapshotException>(() => Projector.Project(SampleCreators.MidTierUs, assumptions, 1));

        AssertNamesMonthOneAndTheMedian(error, "35000 × views ÷ posts (×10 ÷ ×0.0000000000000000000000000001)");
    }

    [Fact]
    public void SeekGoal_AValueBeyondTheInputLimits_IsOutOfReach_NotARefusalOfTheSnapshot()
    {
        // Ten views with a trillion likes: the views lever moves likes with views, past the 2 trillion likes the engine
        // accepts above 20 views. Goal-seek stops at 20 and says why, instead of refusing "the creator snapshot".
        var creator = SampleCreators.MidTierUs with
        {
            Videos = SampleCreators.MidTierUs.Videos with { Views = 10, QualifiedViews = 5, Likes = 1_000_000_000_000 },
        };
        var target = Money.Usd(1_000_000m);
        var atTwenty = Engine.Estimate(GoalLever.Views.Apply(creator, 20m)).Total.Expected;

        var answer = Projector.SeekGoal(creator, target, GoalLever.Views);

        Assert.Null(answer.Value);
        Assert.Equal(atTwenty, answer.Report.Total.Expected);
        Assert.Equal($"{target} a period cannot be reached by views alone: even at 20 views, the most a valid snapshot allows, the expected total is {atTwenty}, short of {target}.", answer.Reason);
    }

    [Fact]
    public void SeekGoal_FromATinyLiveValue_AFirstStepNoCountHolds_IsOutOfReach_NotACrash()
    {
        // A billionth of a LIVE hour and two trillion LIVE likes: one step of the LIVE hours lever (0.01 hours) is
        // 10^7 times today's, and the LIVE likes that follow would pass what a count holds.
        var creator = SampleCreators.MidTierUs with
        {
            Live = SampleCreators.MidTierUs.Live with { Sessions = 1, Hours = 0.000000001, Likes = 2_000_000_000_000 },
        };

        var answer = Projector.SeekGoal(creator, Money.Usd(100_000_000m), GoalLever.LiveHours);

        Assert.Null(answer.Value);
        Assert.StartsWith("100000000.00 USD a period cannot be reached by live-hours alone: ", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SeekGoal_ALeverWithFractionalSteps_NamesItsLastValueWithItsDigits()
    {
        // LIVE hours in hundredths, from 18 to the most a 30-day period holds less a quarter hour: 719.75, not "720".
        var lever = GoalLever.Create("hours", "LIVE hours", 0.25m, 719.75m, s => (decimal)s.Live.Hours, (s, v) => GoalLever.LiveHours.Apply(s, v));
        var target = Money.Usd(10_000_000m);

        var answer = Projector.SeekGoal(SampleCreators.MidTierUs, target, lever);

        var atMost = Engine.Estimate(GoalLever.LiveHours.Apply(SampleCreators.MidTierUs, 719.75m)).Total.Expected;
        Assert.Equal($"{target} a period cannot be reached by hours alone: even at 719.75 LIVE hours, the most this lever allows, the expected total is {atMost}, short of {target}.", answer.Reason);
    }

    [Theory]
    [InlineData("posts ×1, views at decimal's largest")]
    [InlineData("views exactly at the most per post")]
    public void ViewsPerPost_AtTheEdgeOfWhatTheyAllow_StillDivide(string edge)
    {
        // Views per post are refused only past half of decimal's range; up to it, they divide, and a median of zero
        // stays zero. A creator without views, so that nothing else follows the views multiple.
        var posts = edge.StartsWith("posts", StringComparison.Ordinal) ? 1m : 0.0000000000000000000000001m;
        var views = edge.StartsWith("posts", StringComparison.Ordinal) ? decimal.MaxValue : posts * (decimal.MaxValue / 2);
        var creator = SampleCreators.MidTierUs with
        {
            Videos = new ShortVideoStats { VideosPosted = 4 },
            BrandDeals = SampleCreators.MidTierUs.BrandDeals! with { MedianViewsPerVideo = 0 },
        };

        var grown = SnapshotGrowth.Apply(creator, new DriverLevels(1m, views, 1m, 1m, posts, 1m));

        Assert.Equal(0L, grown.BrandDeals!.MedianViewsPerVideo);
        Assert.Throws<GrownCountOutOfRangeException>(() => SnapshotGrowth.Apply(creator, new DriverLevels(1m, views, 1m, 1m, posts * 0.9m, 1m)));
    }

    [Fact]
    public void SeekGoal_ALeverInFractionalStepsWithNoValidValueAboveToday_SaysSo()
    {
        // Quarter units from 2: every value above 2 breaks the snapshot, every value below is valid. The answer is about
        // the values above today's, never one below it.
        var lever = GoalLever.Create("quarters", "units", 0.25m, 10m, _ => 2m, (s, v) => v > 2m ? s with { Profile = s.Profile with { Followers = -1 } } : s);

        var answer = Projector.SeekGoal(SampleCreators.MidTierUs, Money.Usd(1_000_000m), lever);

        Assert.Equal(
            "1000000.00 USD a period cannot be reached by quarters alone: every value of quarters above 2 units gives an invalid snapshot (CreatorSnapshot.Validate and docs/input-limits.md say which fields).",
            answer.Reason);
    }

    // One video's worth of qualified views: the best video has them all.
    private static readonly CreatorSnapshot OneBigVideo = SampleCreators.MidTierUs with
    {
        Videos = SampleCreators.MidTierUs.Videos with { BestVideoQualifiedViews = SampleCreators.MidTierUs.Videos.QualifiedViews },
    };

    [Theory]
    [InlineData(0.95, 513_000, 513_000)]
    [InlineData(2.5, 1_350_000, 1_350_000)]
    [InlineData(0.3333333333, 180_000, 180_000)]
    public void BestVideoQualifiedViews_FollowViews_AndStayAtMostThePeriods(double views, long qualified, long best)
    {
        var levels = new DriverLevels(1m, (decimal)views, 1m, 1m, 1m, 1m);

        var grown = SnapshotGrowth.Apply(OneBigVideo, levels);
        var scratch = SnapshotGrowth.Scratch(OneBigVideo);
        SnapshotGrowth.ApplyInto(OneBigVideo, levels, scratch);

        Assert.Equal((qualified, best), (grown.Videos.QualifiedViews, grown.Videos.BestVideoQualifiedViews));
        Assert.Equal(grown, scratch);
        Assert.Empty(grown.Validate());
    }

    [Fact]
    public void BestVideoQualifiedViews_WithoutAValue_StayUnknown()
    {
        Assert.Null(SnapshotGrowth.Apply(SampleCreators.MidTierUs, new DriverLevels(1m, 2m, 1m, 1m, 1m, 1m)).Videos.BestVideoQualifiedViews);
    }

    [Fact]
    public void ViewsDeclining_ForACreatorWithOneBigVideo_AreProjectedAndSimulated_NotRefused()
    {
        var projection = Projector.Project(OneBigVideo, new GrowthAssumptions { Views = DriverGrowth.Fixed(-0.05m) }, 3);
        var simulation = Projector.Simulate(OneBigVideo, new GrowthAssumptions { Views = DriverGrowth.LogNormal(0m, 0.2m) }, new SimulationSettings { Paths = 40, Months = 3, MaxDegreeOfParallelism = 1 });

        Assert.Equal(3, projection.Months.Count);
        Assert.Equal(3, simulation.Months.Count);
    }

    [Fact]
    public void Project_APerVideoMinimum_IsCrossedWhenTheBestVideoGrowsWithViews()
    {
        // Creator Rewards with a 150,000 qualified-view minimum per video; the best video has 100,000 and views grow 10 %
        // a month: 110,000, 121,000, 133,100, 146,410, then 161,051 in month 5.
        using var provider = TestServices.BuiltIns(b => b.AddProjections().Services.Configure<TikTokMonetization.Models.CreatorRewards.CreatorRewardsOptions>(o => o.CreatorRewards.MinimumQualifiedViewsPerVideo = 150_000));
        var creator = SampleCreators.MidTierUs with { Videos = SampleCreators.MidTierUs.Videos with { BestVideoQualifiedViews = 100_000 } };

        var projection = provider.GetRequiredService<IRevenueProjector>().Project(creator, new GrowthAssumptions { Views = DriverGrowth.Fixed(0.1m) }, 6);

        var crossing = Assert.Single(projection.Crossings, c => c.Stream == "creator-rewards");
        Assert.True(crossing.BecameEligible);
        Assert.Equal(5, crossing.Month);
        Assert.Contains(crossing.ChangedRules, r => r.Id == "min-qualified-views-per-video");
    }

    [Theory]
    [InlineData(0.9, 486_000)]
    [InlineData(1.5, 810_000)]
    public void TheReachResponse_MovesTheBestVideoWithTheViews_SoAReachBelowOneKeepsTheSnapshotValid(double multiplier, long expected)
    {
        var reached = new ReachResponse((decimal)multiplier, 1m, "law").ApplyTo(OneBigVideo);

        Assert.Equal((expected, expected), (reached.Videos.QualifiedViews, reached.Videos.BestVideoQualifiedViews));
        Assert.Empty(reached.Validate());
    }

    [Fact]
    public void AnalyzeLikes_WithAReachModelBelowOne_OnACreatorWithOneBigVideo_IsAnswered()
    {
        using var provider = TestServices.BuiltIns(b => b.UseReachModel<ShrinkingReach>());

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(OneBigVideo);

        Assert.Equal(0.9m, analysis.Reach.ViewsMultiplier);
    }

    private sealed class ShrinkingReach : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => new(0.9m, 1m, "fewer views");
    }

    private static void AssertNamesMonthOneAndTheMedian(InvalidCreatorSnapshotException error, string value)
    {
        var problem = Assert.Single(error.Problems);
        Assert.Equal("BrandDeals.MedianViewsPerVideo", problem.Path);
        Assert.Equal(value, problem.Value);
        Assert.Equal("at most 9,223,372,036,854,775,807, the most a count can hold (the input limits, docs/input-limits.md, allow far less)", problem.Allowed);
        Assert.StartsWith("The creator snapshot in 'month 1 of the projection (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine + "  - " + problem, error.Message, StringComparison.Ordinal);
        Assert.Equal("snapshot", error.ParamName);
    }
}
