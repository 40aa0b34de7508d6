using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class LikesAnalysisTests
{
    [Fact]
    public void Likes_AreSplitBetweenVideosAndLive_InProportionToTheCreatorsLikes()
    {
        using var provider = TestServices.BuiltIns();
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        // 38,000 video likes and 52,000 LIVE likes: 1,000 × 52/90 = 577.8 -> 578 to LIVE, 422 to videos.
        Assert.Equal(1_000, analysis.AdditionalLikes);
        Assert.Equal(578, analysis.LiveLikesAdded);
        Assert.Equal(422, analysis.VideoLikesAdded);
        Assert.True(analysis.Reach.ViewsMultiplier > 1m);
    }

    [Fact]
    public void NoBuiltInStream_PaysForLikes_AndLiveGiftsAreInfluencedDirectly()
    {
        using var provider = TestServices.BuiltIns();
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        Assert.All(analysis.Streams, s => Assert.True(s.DirectRevenue.IsZero, s.Name));
        Assert.True(analysis.TotalDirectRevenue.IsZero);
        var live = analysis.Streams.Single(s => s.Name == "live-gifts");
        Assert.Equal(LikesInfluence.Direct, live.MeasuredInfluence);
        Assert.True(live.RetentionChange.Amount > 0m);
        Assert.True(live.VisibilityChange.Amount > 0m);
        Assert.Equal(live.Change.Expected, live.RetentionChange + live.EngagementPricingChange + live.VisibilityChange);
        Assert.Empty(analysis.Disagreements);
    }

    [Fact]
    public void DocsExample_MidTierUs()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        static decimal Cents(Money money) => decimal.Round(money.Amount, 2, MidpointRounding.ToEven);

        // docs/likes.md: the per-stream and total values of 1,000 and of 100,000 more likes.
        var thousand = engine.AnalyzeLikes(SampleCreators.MidTierUs);
        Assert.Equal(
            new[] { 0.41m, 0.62m, 7.41m, 0.39m, 0.43m, 0.00m },
            thousand.Streams.Select(s => Cents(s.MarginalValuePer1000Likes)));
        Assert.Equal(9.26m, Cents(thousand.MarginalValuePer1000Likes));
        Assert.Equal(1.0007m, decimal.Round(thousand.Reach.ViewsMultiplier, 4));
        Assert.Equal(8.73m, Cents(engine.AnalyzeLikes(SampleCreators.MidTierUs, 100_000).MarginalValuePer1000Likes));
    }

    [Fact]
    public void ALikesOnlyCreator_GainsNothing()
    {
        using var provider = TestServices.BuiltIns();
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.LikesOnly, 1_000_000);

        Assert.Equal(MoneyRange.Zero(Currency.Usd), analysis.TotalChange);
        Assert.Equal(1m, analysis.Reach.ViewsMultiplier);
    }

    [Fact]
    public void AModelThatDeclaresNoInfluence_ButMovesWithLikes_IsReported()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel<SecretlyLikesModel>());
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        var value = Assert.Single(analysis.Disagreements);
        Assert.Equal("secretly-likes", value.Name);
        Assert.Contains(value.Disagreements, d => d.Contains("declares that likes do not influence it", StringComparison.Ordinal));
        Assert.Contains(value.Disagreements, d => d.Contains("from the likes alone", StringComparison.Ordinal));

        // Pays 0.002 per like: 1,000 likes are worth 2.00 directly.
        Assert.Equal(Money.Usd(2m), value.DirectRevenue);
    }

    [Fact]
    public void AUserReachModel_ReplacesTheDefault()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().UseReachModel<DoublingReachModel>());
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        Assert.Equal(2m, analysis.Reach.ViewsMultiplier);
        Assert.Equal("doubles everything", analysis.Reach.Explanation);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(1_000_000_000_001L)]
    public void AdditionalLikes_OutOfRange_Throw(long likes)
    {
        using var provider = TestServices.BuiltIns();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs, likes));
        Assert.Equal("additionalLikes", ex.ParamName);
    }

    [Fact]
    public void ReachResponse_ScalesReachButNotEngagement()
    {
        var scaled = new ReachResponse(1.5m, 1.25m, "test").ApplyTo(SampleCreators.MidTierUs);

        Assert.Equal(1_800_000, scaled.Videos.Views);
        Assert.Equal(810_000, scaled.Videos.QualifiedViews);
        Assert.Equal(175d, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(52_500L, scaled.BrandDeals!.MedianViewsPerVideo);
        Assert.Equal(SampleCreators.MidTierUs.Videos.Likes, scaled.Videos.Likes);
        Assert.Equal(SampleCreators.MidTierUs.Profile, scaled.Profile);
        Assert.Equal(1_200_000, SampleCreators.MidTierUs.Videos.Views);
    }

    /// <summary>Pays per like but declares it does not: the analysis must say so.</summary>
    private sealed class SecretlyLikesModel : IRevenueModel
    {
        public string Name => "secretly-likes";

        public string DisplayName => "Secretly likes";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => new(
            Name,
            DisplayName,
            new MoneyRange(ValueRange.Exactly((snapshot.Videos.Likes + snapshot.Live.Likes) * 0.002m), Currency.Usd),
            Eligibility.Unconditional,
            null,
            new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Claims likes do not matter."));
    }

    private sealed class DoublingReachModel : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => new(2m, 2m, "doubles everything");
    }
}
