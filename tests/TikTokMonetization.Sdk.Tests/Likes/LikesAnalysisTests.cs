using System.Globalization;
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
            new[] { 0.42m, 0.65m, 7.98m, 0.39m, 0.43m, 0.00m },
            thousand.Streams.Select(s => Cents(s.MarginalValuePer1000Likes)));
        Assert.Equal(9.86m, Cents(thousand.MarginalValuePer1000Likes));
        Assert.Equal(1.0007m, decimal.Round(thousand.Reach.ViewsMultiplier, 4));
        Assert.Equal(9.52m, Cents(engine.AnalyzeLikes(SampleCreators.MidTierUs, 100_000).MarginalValuePer1000Likes));
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
    public void ReachResponse_ScalesReach_AndTheInteractionsTheNewViewersBring()
    {
        var scaled = new ReachResponse(1.5m, 1.25m, "test").ApplyTo(SampleCreators.MidTierUs);

        Assert.Equal(1_800_000, scaled.Videos.Views);
        Assert.Equal(810_000, scaled.Videos.QualifiedViews);
        Assert.Equal(175d, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(52_500L, scaled.BrandDeals!.MedianViewsPerVideo);

        // The new viewers interact at the snapshot's rates: 38,000 likes per 1.2 M views stays 57,000 per 1.8 M.
        Assert.Equal(57_000, scaled.Videos.Likes);
        Assert.Equal(3_600, scaled.Videos.Comments);
        Assert.Equal(4_650, scaled.Videos.Shares);
        Assert.Equal(6_300, scaled.Videos.Saves);
        Assert.Equal(65_000, scaled.Live.Likes);
        Assert.Equal(SampleCreators.MidTierUs.GetEngagement().ByViews, scaled.GetEngagement().ByViews, 12);

        // Not a feedback loop: followers stay, and the snapshot given is not changed.
        Assert.Equal(SampleCreators.MidTierUs.Profile, scaled.Profile);
        Assert.Equal(1_200_000, SampleCreators.MidTierUs.Videos.Views);
        Assert.Equal(38_000, SampleCreators.MidTierUs.Videos.Likes);
    }

    [Theory]
    [InlineData(1L, 3L, "1.5", 4L, 2L)] // 1 × 4 ÷ 3 = 1.33: two likes, so 2 / 4 is not below 1 / 3
    [InlineData(7L, 10L, "1.05", 10L, 7L)] // the views did not move (10.5 rounds down to 10): the likes stay
    [InlineData(0L, 10L, "2", 20L, 0L)] // no likes: none come with the reach
    [InlineData(5L, 0L, "2", 0L, 5L)] // no views to take a rate from: the likes stay
    [InlineData(9_000_000_000_000_000_000L, 9_000_000_000_000_000_000L, "1.01", 9_090_000_000_000_000_000L, 9_090_000_000_000_000_000L)] // past decimal's product range, exact
    public void ReachResponse_RoundsTheInteractionsUp_SoTheRatePerViewNeverFalls(long likes, long views, string multiplier, long expectedViews, long expectedLikes)
    {
        var snapshot = new CreatorSnapshot { Videos = new ShortVideoStats { Views = views, Likes = likes } };
        var scaled = new ReachResponse(decimal.Parse(multiplier, CultureInfo.InvariantCulture), 1m, "test").ApplyTo(snapshot);

        Assert.Equal(expectedViews, scaled.Videos.Views);
        Assert.Equal(expectedLikes, scaled.Videos.Likes);
    }

    [Fact]
    public void ReachResponse_SaturatesInsteadOfOverflowing_ForAHugeMultiplier()
    {
        var snapshot = new CreatorSnapshot { Videos = new ShortVideoStats { Views = long.MaxValue / 2, Likes = long.MaxValue / 4 }, Live = new LiveStats { Hours = 1, AverageConcurrentViewers = 10, Likes = long.MaxValue / 2 } };
        var scaled = new ReachResponse(decimal.MaxValue / 2, decimal.MaxValue / 2, "test").ApplyTo(snapshot);

        Assert.Equal(long.MaxValue, scaled.Videos.Views);
        Assert.Equal(long.MaxValue / 2, scaled.Videos.Likes); // the rate per view kept: a quarter of the views' count over half, now over all

        Assert.Equal(1e10, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(long.MaxValue, scaled.Live.Likes);
    }

    [Fact]
    public void ReachResponse_AtTheCap_NeverTakesAFactorPastTheMultiplier_EvenForTheLargestMultiplier()
    {
        // The cap holds the LIVE audience only where viewers × multiplier passes 10^10, so 10^10 ÷ viewers, the factor
        // applied, is below the multiplier; rounding could only bring it up to the multiplier's own double for viewer
        // counts next to 10^10 ÷ multiplier. Every one of them within 200 ulps, at decimal's largest multiplier:
        var center = BitConverter.DoubleToInt64Bits(1e10 / (double)decimal.MaxValue);
        for (var step = -200L; step <= 200L; step++)
        {
            var viewers = BitConverter.Int64BitsToDouble(center + step);
            var snapshot = new CreatorSnapshot { Live = new LiveStats { Hours = 1, AverageConcurrentViewers = viewers, Likes = 1 } };

            var scaled = new ReachResponse(1m, decimal.MaxValue, "test").ApplyTo(snapshot);

            Assert.True(scaled.Live.AverageConcurrentViewers <= 1e10, $"viewers {viewers:R}");
            Assert.True(scaled.Live.Likes >= 1, $"viewers {viewers:R}");
        }
    }

    /// <summary>
    /// The creator a seeded run of <c>AddingLikes_NeverLowersAnyBuiltInStream</c> found: five likes raised views by a
    /// hair without the interactions that come with them, the engagement rate by views fell, and Creator Rewards'
    /// visibility change was -0.0000168 USD.
    /// </summary>
    [Fact]
    public void AddingLikes_NeverLowersCreatorRewards_ForTheCaseWhereReachOnceDilutedEngagement()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = new CreatorSnapshot
        {
            PeriodDays = 30,
            Profile = new CreatorProfile { Followers = 137_753, Age = 46, Region = "FR", AudienceRegion = "MX", AccountKind = AccountKind.Personal, InGoodStanding = true },
            Videos = new ShortVideoStats
            {
                VideosPosted = 133,
                LongVideosPosted = 38,
                Views = 20_547_147,
                QualifiedViews = 6_143_596,
                AverageWatchSeconds = 546,
                SearchViewShare = 0.79,
                Likes = 1_420_827,
                Comments = 615,
                Shares = 117_727,
                Saves = 169_151,
            },
            Live = new LiveStats { Sessions = 24, Hours = 109.4, AverageConcurrentViewers = 44_636, Likes = 1_448_505, NewFollowers = 2_592 },
            BrandDeals = new BrandDealInputs { MedianViewsPerVideo = 113_404 },
            Affiliate = new AffiliateInputs(),
        };

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(snapshot, 5);

        Assert.All(analysis.Streams, s => Assert.True(s.VisibilityChange.Amount >= 0m, $"{s.Name}: {s.VisibilityChange}"));
        Assert.All(analysis.Streams, s => Assert.True(s.Change.Expected.Amount >= 0m, $"{s.Name}: {s.Change}"));
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

    [Fact]
    public void Totals_RefuseAStreamInAnotherCurrency_RatherThanAddItAsIfItWereTheSame()
    {
        using var provider = TestServices.BuiltIns();
        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);
        Assert.Equal(Currency.Usd, analysis.Currency);

        // The same streams rebuilt give the same totals; told they are in euros, they are refused, whichever amount differs.
        var same = new LikesAnalysis(analysis.AdditionalLikes, analysis.VideoLikesAdded, analysis.LiveLikesAdded, Currency.Usd, analysis.Reach, analysis.Streams);
        Assert.Equal(analysis.TotalChange, same.TotalChange);
        Assert.Equal(analysis.TotalDirectRevenue, same.TotalDirectRevenue);
        var ex = Assert.Throws<CurrencyMismatchException>(
            () => new LikesAnalysis(analysis.AdditionalLikes, analysis.VideoLikesAdded, analysis.LiveLikesAdded, Currency.Eur, analysis.Reach, analysis.Streams));
        Assert.Equal(Currency.Eur, ex.Left);
        Assert.Equal(Currency.Usd, ex.Right);

        var s = analysis.Streams[0];
        var directInEuros = new LikesStreamValue(
            s.Name, s.DisplayName, s.Declared, Money.Zero(Currency.Eur), s.Change, s.RetentionChange, s.EngagementPricingChange, s.VisibilityChange, s.MarginalValuePer1000Likes, s.Disagreements);
        Assert.Throws<CurrencyMismatchException>(
            () => new LikesAnalysis(analysis.AdditionalLikes, analysis.VideoLikesAdded, analysis.LiveLikesAdded, Currency.Usd, analysis.Reach, [directInEuros]));
    }

    private sealed class DoublingReachModel : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => new(2m, 2m, "doubles everything");
    }
}
