using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using static TikTokMonetization.Tests.BrandDealsTestServices;

namespace TikTokMonetization.Tests;

/// <summary>Hand-computed examples of each pricing method, their combination and the deal adjustments.</summary>
public sealed class BrandDealsModelTests
{
    private static IRevenueModel Only(BrandDealPricingMethods method) => Model(o => o.Methods = method);

    [Fact]
    public void PerThousandFollowers_AtTheReferenceEngagementRate_IsTheBaseRate()
    {
        // 40,000 followers = 40 thousand; ER = 1,000 interactions per video / 40,000 = 2.5% = the reference, so × 1.0.
        // 40 × $8.5 / $10 / $11.5 = $340 / $400 / $460; one sponsored post by default.
        var estimate = Only(BrandDealPricingMethods.PerThousandFollowers).Estimate(Creator());

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(new ValueRange(340m, 400m, 460m), estimate.Amounts());
        Assert.Equal(1m, estimate.Line("Engagement multiplier").Amount.Expected);
        Assert.Equal(0.025m, estimate.Line("Engagement rate by followers").Amount.Expected);
        Assert.Contains("impulze.ai", estimate.Line("Method: per 1,000 followers").Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4_000, 2.2)] // 4,000 per video / 40,000 = 10% → 10 / 2.5 = 4, clamped to the ceiling 2.2: 40 × $10 × 2.2 = $880.
    [InlineData(2_000, 2.0)] // 2,000 / 40,000 = 5% → 2.0: 40 × $10 × 2 = $800.
    [InlineData(200, 0.6)] // 200 / 40,000 = 0.5% → 0.2, clamped to the floor 0.6: 40 × $10 × 0.6 = $240.
    [InlineData(0, 0.6)] // No interactions: the floor still applies.
    public void PerThousandFollowers_EngagementMultiplier_IsClampedToTheBand(long likesPerVideo, double multiplier)
    {
        var estimate = Only(BrandDealPricingMethods.PerThousandFollowers).Estimate(Creator(likes: likesPerVideo * 10, comments: 0, shares: 0));

        Assert.Equal((decimal)multiplier, estimate.Line("Engagement multiplier").Amount.Expected);
        Assert.Equal(400m * (decimal)multiplier, estimate.Range.Expected.Amount);
    }

    [Fact]
    public void ViewsCpm_UsesAverageViewsPerVideo_WithoutAMedian()
    {
        // 300,000 views / 10 videos = 30,000 per video = 30 thousand × $10 / $15 / $20 = $300 / $450 / $600.
        var estimate = Only(BrandDealPricingMethods.ViewsCpm).Estimate(Creator());

        Assert.Equal(new ValueRange(300m, 450m, 600m), estimate.Amounts());
        Assert.Contains("average", estimate.Line("Method: CPM on views").QuantityUnit, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewsCpm_PrefersTheMedianViewsPerVideo()
    {
        // Median 12,000 views per video = 12 thousand × $10 / $15 / $20 = $120 / $180 / $240.
        var estimate = Only(BrandDealPricingMethods.ViewsCpm).Estimate(Creator(deals: new BrandDealInputs { MedianViewsPerVideo = 12_000 }));

        Assert.Equal(new ValueRange(120m, 180m, 240m), estimate.Amounts());
        Assert.Contains("median", estimate.Line("Method: CPM on views").QuantityUnit, StringComparison.Ordinal);
    }

    [Fact]
    public void PerEngagement_PricesTheInteractionsPerVideo()
    {
        // (9,000 likes + 600 comments + 400 shares) / 10 videos = 1,000 expected engagements (saves are not counted by default)
        // × $0.05 / $0.125 / $0.20 = $50 / $125 / $200.
        var estimate = Only(BrandDealPricingMethods.PerEngagement).Estimate(Creator());

        Assert.Equal(new ValueRange(50m, 125m, 200m), estimate.Amounts());
    }

    [Fact]
    public void PerEngagement_CountsSaves_WhenTheEngineDefinitionDoes()
    {
        // With saves: (10,000 + 50,000) / 10 = 6,000 engagements × $0.125 = $750 expected.
        var model = Model(o => o.Methods = BrandDealPricingMethods.PerEngagement, e => e.EngagementInteractions = EngagementInteractions.All);

        Assert.Equal(750m, model.Estimate(Creator()).Range.Expected.Amount);
    }

    [Theory]
    [InlineData(1_000, "Nano", 20, 47.5, 75)]
    [InlineData(9_999, "Nano", 20, 47.5, 75)]
    [InlineData(10_000, "Micro", 75, 212.5, 350)]
    [InlineData(50_000, "Mid", 350, 1_675, 3_000)]
    [InlineData(500_000, "Macro", 3_000, 5_000, 7_000)]
    [InlineData(1_000_000, "Mega", 7_000, 7_000, 7_000)]
    public void FollowerTiers_PriceByTheHighestTierReached(long followers, string tier, double low, double expected, double high)
    {
        var estimate = Only(BrandDealPricingMethods.FollowerTiers).Estimate(Creator(followers: followers));

        Assert.Equal(new ValueRange((decimal)low, (decimal)expected, (decimal)high), estimate.Amounts());
        Assert.Contains("sponsorrate", estimate.Line($"Method: follower tier '{tier}'").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void AllMethods_Combine_LowestLow_MedianExpected_HighestHigh()
    {
        // Methods (low / expected / high): per 1,000 followers 340 / 400 / 460; CPM 300 / 450 / 600;
        // per engagement 50 / 125 / 200; Micro tier 75 / 212.5 / 350.
        // Low = min(340, 300, 50, 75) = 50; high = max(460, 600, 200, 350) = 600;
        // expected = median(400, 450, 125, 212.5) = (212.5 + 400) / 2 = 306.25.
        var estimate = Model().Estimate(Creator());

        Assert.Equal(new ValueRange(50m, 306.25m, 600m), estimate.Amounts());
        Assert.Equal(new ValueRange(50m, 306.25m, 600m), estimate.Line("Price per post (methods combined)").Amount);
        Assert.Equal(Currency.Usd, estimate.Range.Currency);
    }

    [Fact]
    public void ContentType_UsageRights_AndPosts_ScaleTheCombinedPrice()
    {
        // 50 / 306.25 / 600 × Spark Ad 1.55 = 77.5 / 474.6875 / 930; × (1 + 0.5 / 1 / 2) = 116.25 / 949.375 / 2,790;
        // × 2 sponsored posts = 232.5 / 1,898.75 / 5,580.
        var model = Model(o =>
        {
            o.ContentType = "sparkad";
            o.UsageRightsPremium = new RangeOptions(0.5m, 1m, 2m);
        });

        var estimate = model.Estimate(Creator(deals: new BrandDealInputs { SponsoredPostsPerPeriod = 2 }));

        Assert.Equal(new ValueRange(232.5m, 1_898.75m, 5_580m), estimate.Amounts());
        Assert.Equal(1.55m, estimate.Line("Content type 'sparkad'").Rate.Expected);
        Assert.Equal("configured by the application", estimate.Line("Usage rights").Source);
        Assert.Equal("snapshot (BrandDeals.SponsoredPostsPerPeriod)", estimate.Line("Sponsored posts in the period").Source);
    }

    [Fact]
    public void DefaultPosts_AreOnePer30Days_ProratedToThePeriod()
    {
        // 7-day period: 1 × 7 / 30 posts × $306.25 expected per post.
        var estimate = Model().Estimate(Creator(periodDays: 7));

        Assert.Equal(306.25m * (1m * 7 / 30m), estimate.Range.Expected.Amount);
        Assert.Contains("SDK assumption", estimate.Line("Sponsored posts in the period").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ObservedPrice_ReplacesTheMethods_AndIsExact()
    {
        // $500 observed per post × 3 posts = $1,500, low = expected = high.
        var estimate = Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = Money.Usd(500m), SponsoredPostsPerPeriod = 3 }));

        Assert.Equal(ValueRange.Exactly(1_500m), estimate.Amounts());
        Assert.Equal("observed (snapshot BrandDeals.ObservedPricePerPost)", estimate.Line("Observed price per post").Source);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.StartsWith("Method:", StringComparison.Ordinal));
    }

    [Fact]
    public void ObservedPrice_InAnotherCurrency_IsConvertedThroughTheEngineTable()
    {
        // EUR 100 at the ECB rates of 2 June 2025 (EUR 1 = USD 1.1419) = USD 114.19 per post, one post.
        var estimate = Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(100m, Currency.Eur) }));

        Assert.Equal(ValueRange.Exactly(114.19m), estimate.Amounts());
        Assert.Contains("European Central Bank", estimate.Line("Observed price per post (converted)").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ObservedPrice_WithoutAnExchangeRate_FallsBackToTheMethods_AndSaysSo()
    {
        var estimate = Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(50_000m, Currency.FromCode("NGN")) }));

        Assert.Equal(new ValueRange(50m, 306.25m, 600m), estimate.Amounts());
        Assert.Contains("no rate for NGN", estimate.Line("Observed price not used").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleMidTierCreator_MatchesTheDocumentedExample()
    {
        // 85,000 followers, 24 videos, 1,200,000 views, 38,000 + 2,400 + 3,100 = 43,500 interactions = 1,812.5 per video.
        // Per 1,000 followers: ER 1,812.5 / 85,000 = 2.13% → × 0.8529…; 85 × $10 × 0.8529… = $725 (616.25 / 725 / 833.75).
        // CPM on the sample's median of 35,000 views per video → 350 / 525 / 700.
        // Per engagement: 1,812.5 × 0.05 / 0.125 / 0.20 = 90.625 / 226.5625 / 362.5. Tier Mid: 350 / 1,675 / 3,000.
        // Per post: low 90.625, high 3,000, expected median of (226.5625, 525, 725, 1,675) = (525 + 725) / 2 = 625.
        // The sample has 2 sponsored posts in the period: 181.25 / 1,250 / 6,000.
        var estimate = Model().Estimate(SampleCreators.MidTierUs);

        Assert.Equal(new ValueRange(181.25m, 1_250m, 6_000m), estimate.Amounts());
        var perThousand = estimate.Line("Method: per 1,000 followers");
        Assert.Equal(72.5m, perThousand.Quantity.Expected); // 1,812.5 / 0.025 / 1,000 = 85 × 0.8529… thousand followers, engagement-weighted.
        Assert.Equal(new ValueRange(616.25m, 725m, 833.75m), perThousand.Amount);

        // Without its brand-deal facts the sample prices one post a month at the average 50,000 views per video:
        // CPM 500 / 750 / 1,000, so the expected median is (725 + 750) / 2 = 737.5.
        var withoutFacts = Model().Estimate(SampleCreators.MidTierUs with { BrandDeals = null });
        Assert.Equal(new MoneyRange(new ValueRange(90.62m, 737.50m, 3_000m), Currency.Usd), withoutFacts.Range.Round(MidpointRounding.ToEven));
    }

    [Fact]
    public void ConfiguredCurrency_IsTheEstimatesCurrency()
    {
        var estimate = Model(o => o.Currency = "EUR").Estimate(Creator());

        Assert.Equal(Currency.Eur, estimate.Range.Currency);
        Assert.Equal(306.25m, estimate.Range.Expected.Amount);
    }

    [Fact]
    public void ConfiguredRates_AreAttributedToTheApplication()
    {
        var estimate = Model(o =>
        {
            o.CpmPerThousandViews = new RangeOptions(1, 2, 3);
            o.FollowerTiers["Micro"].Price = new RangeOptions(80, 200, 350);
        }).Estimate(Creator());

        Assert.Equal("configured by the application", estimate.Line("Method: CPM on views").Source);
        Assert.Equal("configured by the application", estimate.Line("Method: follower tier 'Micro'").Source);
        Assert.Contains("kolens.ai", Model().Estimate(Creator()).Line("Method: CPM on views").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFollowerShort_IsIneligible_AndSaysItNeedsOneMoreFollower()
    {
        var estimate = Model().Estimate(Creator(followers: 999));

        Assert.False(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var rule = Assert.Single(estimate.Eligibility.UnmetRules);
        Assert.Equal("min-followers", rule.Id);
        Assert.StartsWith("needs 1 more follower ", rule.Reason, StringComparison.Ordinal);
        Assert.Contains(estimate.Breakdown, l => l.Label == "Not eligible");
    }

    [Fact]
    public void NoVideos_IsIneligible_WithEveryUnmetRule()
    {
        var estimate = Model().Estimate(Creator(videos: 0, views: 0, likes: 0, comments: 0, shares: 0, age: 16, standing: false));

        Assert.Equal(new[] { "min-age", "min-videos", "good-standing" }, estimate.Eligibility.UnmetRules.Select(r => r.Id));
        Assert.StartsWith("needs 1 more video posted in the period ", estimate.Eligibility.Rules.Single(r => r.Id == "min-videos").Reason, StringComparison.Ordinal);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
    }

    [Theory]
    [InlineData(17, "US", false)]
    [InlineData(18, "US", true)]
    [InlineData(18, "KR", false)]
    [InlineData(19, "KR", true)]
    [InlineData(null, "US", false)]
    public void MinimumAge_IsEighteen_AndNineteenInSouthKorea(int? age, string region, bool eligible)
    {
        var estimate = Model().Estimate(Creator(age: age, region: region));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
        Assert.Equal(eligible, estimate.Eligibility.Rules.Single(r => r.Id == "min-age").IsMet);
    }

    [Fact]
    public void MinimumAgeZero_PricesCreatorsOfAnyOrUnknownAge()
    {
        var model = Model(o => o.MinimumAge = 0);

        Assert.True(model.Estimate(Creator(age: null)).Eligibility.IsEligible);
        Assert.True(model.Estimate(Creator(age: 15)).Eligibility.IsEligible);
        Assert.False(model.Estimate(Creator(age: 15, region: "KR")).Eligibility.IsEligible);
    }

    [Fact]
    public void LikesOnly_PaysNothing()
    {
        var estimate = Model().Estimate(SampleCreators.LikesOnly);

        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.Equal("min-videos", Assert.Single(estimate.Eligibility.UnmetRules).Id);
    }

    [Fact]
    public void Likes_RaiseThePrice_OnlyThroughTheEngagementRate()
    {
        var model = Model();
        var withMoreLikes = model.Estimate(Creator(likes: 19_000));

        Assert.True(withMoreLikes.Range.Expected > model.Estimate(Creator()).Range.Expected);
        Assert.False(withMoreLikes.Likes.PaysPerLike);
        Assert.Equal(LikesInfluence.Indirect, withMoreLikes.Likes.Influence);
        Assert.Equal(LikesChannels.EngagementPricing | LikesChannels.Visibility, withMoreLikes.Likes.Channels);
        Assert.Contains("engagement rate", withMoreLikes.Likes.Explanation, StringComparison.Ordinal);

        var likesNotCounted = Model(engine: e => e.EngagementInteractions = EngagementInteractions.Comments | EngagementInteractions.Shares);
        Assert.Equal(likesNotCounted.Estimate(Creator()).Range, likesNotCounted.Estimate(Creator(likes: 19_000)).Range);
        Assert.Equal(LikesChannels.Visibility, likesNotCounted.Estimate(Creator()).Likes.Channels);
    }

    [Fact]
    public void FastPath_AgreesWithTheEstimate_AndDoesNotAllocate()
    {
        var model = (IExpectedRevenueModel)Model();
        CreatorSnapshot[] creators = [Creator(), SampleCreators.MidTierUs, Creator(followers: 10), Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(100m, Currency.Eur) })];
        foreach (var creator in creators)
        {
            Assert.Equal(model.Estimate(creator).Range.Expected, model.EstimateExpected(creator));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = model.EstimateExpected(creators[i % creators.Length]);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Estimate_NullSnapshot_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Model().Estimate(null!));
}
