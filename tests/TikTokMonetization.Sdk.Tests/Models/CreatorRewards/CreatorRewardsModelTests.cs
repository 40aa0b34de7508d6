using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

public sealed class CreatorRewardsModelTests
{
    /// <summary>A creator whose engagement rate by views is 40,000 / 1,000,000 = 0.04, half the 0.08 cap: engagement scores 0.5, like the unknown drivers.</summary>
    private static CreatorSnapshot Creator(
        long qualifiedViews = 500_000,
        long views = 1_000_000,
        long followers = 50_000,
        int? age = 30,
        string? region = "US",
        string? audience = null,
        string? niche = null,
        int longVideos = 5,
        AccountKind kind = AccountKind.Personal,
        bool standing = true,
        int periodDays = 30) => new()
        {
            PeriodDays = periodDays,
            Profile = new CreatorProfile { Followers = followers, Age = age, Region = region, AudienceRegion = audience, Niche = niche, AccountKind = kind, InGoodStanding = standing },
            Videos = new ShortVideoStats { VideosPosted = 10, LongVideosPosted = longVideos, Views = views, QualifiedViews = qualifiedViews, Likes = 40_000 },
        };

    private static ShortVideoStats Drivers(double? finish = null, double? watch = null, double? original = null, double? search = null, long likes = 0, long comments = 0, long shares = 0) => new()
    {
        VideosPosted = 10,
        LongVideosPosted = 5,
        Views = 1_000_000,
        QualifiedViews = 500_000,
        FinishRate = finish,
        AverageWatchSeconds = watch,
        OriginalShare = original,
        SearchViewShare = search,
        Likes = likes,
        Comments = comments,
        Shares = shares,
    };

    [Fact]
    public void FiveHundredThousandQualifiedViews_AtTheDefaultRpmRange_PayTwoToFiveHundredDollars()
    {
        // 500,000 / 1,000 = 500 thousand views; × US$0.40 = 200 and × US$1.00 = 500. Originality, play duration and
        // search are not given (neutral 0.5) and engagement is 0.04 ÷ 0.08 = 0.5, so the expected RPM is
        // 0.40 + 0.5 × 0.60 = 0.70: 500 × 0.70 = 350.
        // The audience is the US (multiplier 1) and there is no niche (multiplier 1).
        var estimate = CreatorRewardsServices.Model().Estimate(Creator());

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(Money.Usd(200m), estimate.Range.Low);
        Assert.Equal(Money.Usd(350m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(500m), estimate.Range.High);
        var pay = Assert.Single(estimate.Breakdown, l => l.Label == "Creator Rewards (qualified views)");
        Assert.Equal(500m, pay.Quantity.Expected);
        Assert.Contains("napolify.com", Assert.Single(estimate.Breakdown, l => l.Label == "RPM before multipliers").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFollowerShort_IsIneligible_AndSaysItNeedsOneMoreFollower()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(Creator(followers: 9_999));

        Assert.False(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var rule = Assert.Single(estimate.Eligibility.UnmetRules);
        Assert.Equal("min-followers", rule.Id);
        Assert.Equal(10_000m, rule.Threshold);
        Assert.Equal(9_999m, rule.Actual);
        Assert.Equal(1m, rule.Shortfall);
        Assert.StartsWith("needs 1 more follower ", rule.Reason, StringComparison.Ordinal);
        Assert.Contains(estimate.Breakdown, l => l.Label == "Not eligible");
    }

    [Fact]
    public void FollowerShortfall_IsStatedInFollowers()
    {
        var rule = Assert.Single(CreatorRewardsServices.Model().Estimate(Creator(followers: 7_700)).Eligibility.UnmetRules);

        Assert.StartsWith("needs 2,300 more followers (has 7,700; requires at least 10,000 followers)", rule.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CalxoExample_IsReproducedByConfiguration()
    {
        // calxo.ai: rewards = qualified views / 1000 × base RPM × country multiplier × niche multiplier;
        // 500,000 / 1,000 × 0.40 × 1.00 × 1.25 = 250. A fixed RPM (low = high = 0.40) leaves the score no room.
        var model = CreatorRewardsServices.Model(o =>
        {
            o.CreatorRewards.RpmLow = 0.40m;
            o.CreatorRewards.RpmHigh = 0.40m;
            o.CountryMultipliers["US"] = 1.00m;
            o.NicheMultipliers["finance"] = 1.25m;
        });

        var estimate = model.Estimate(Creator(niche: "Finance"));

        Assert.Equal(Money.Usd(250m), estimate.Range.Low);
        Assert.Equal(Money.Usd(250m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(250m), estimate.Range.High);
        Assert.Equal("configured by the application", Assert.Single(estimate.Breakdown, l => l.Label == "RPM before multipliers").Source);
        Assert.Equal(1.25m, Assert.Single(estimate.Breakdown, l => l.Label == "Niche multiplier").Rate.Expected);
    }

    [Fact]
    public void MidTierSample_ScoresEachDriver_AsTheDocsShow()
    {
        // Engagement: (38,000 + 2,400 + 3,100) / 1,200,000 = 0.03625; ÷ 0.08 = 0.453125.
        // Play duration: finish 0.38 ÷ 0.70 = 19/35; watch 21.5 ÷ 60 = 43/120; average = 757/1680.
        // Originality: 90% original = 0.9. Search: 8% of views from search ÷ the 0.20 cap = 0.4.
        // Score = (0.9 + 757/1680 + 0.4 + 0.453125) / 4 = 0.5509300595...
        // RPM = 0.40 + 0.5509300595 × 0.60 = 0.7305580357...; pay = 540 × RPM = 394.5013392857... → 394.50.
        var estimate = CreatorRewardsServices.Model().Estimate(SampleCreators.MidTierUs);

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(0.453125m, Score(estimate, "Audience engagement score"));
        Assert.Equal(0.4505952381m, Math.Round(Score(estimate, "Play duration score"), 10));
        Assert.Equal(0.5509300595m, Math.Round(Score(estimate, "RPM score"), 10));
        Assert.Equal(new MoneyRange(new ValueRange(216m, 394.50m, 540m), Currency.Usd), estimate.Range.Round(MidpointRounding.ToEven));
        Assert.Equal("Creator Rewards Program", estimate.DisplayName);
    }

    [Fact]
    public void CreatorFund_PaysAllViews_AtTwoToFourCentsPerThousand()
    {
        // Same sample, Creator Fund: 1,200,000 views / 1,000 = 1,200 × 0.02 / 0.0310186... / 0.04
        // = 24.00 / 37.2223214... / 48.00 (the same score 0.5509300595 places the fund's RPM).
        var model = CreatorRewardsServices.Fund();
        var estimate = model.Estimate(SampleCreators.MidTierUs);

        Assert.Equal("creator-rewards", estimate.Stream);
        Assert.Equal("Creator Fund (legacy)", estimate.DisplayName);
        Assert.Equal("Creator Fund (legacy)", model.DisplayName);
        Assert.Equal(new MoneyRange(new ValueRange(24m, 37.22m, 48m), Currency.Usd), estimate.Range.Round(MidpointRounding.ToEven));
        var pay = Assert.Single(estimate.Breakdown, l => l.Label == "Creator Fund (all views)");
        Assert.Equal(1_200m, pay.Quantity.Expected);
        Assert.Contains("Mashable", Assert.Single(estimate.Breakdown, l => l.Label == "RPM before multipliers").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatorFund_HasNoLongVideoOrPersonalAccountRule_AndItsOwnRegions()
    {
        var model = CreatorRewardsServices.Fund();
        var business = model.Estimate(Creator(longVideos: 0, kind: AccountKind.Business, region: "IT", qualifiedViews: 0));

        Assert.True(business.Eligibility.IsEligible);
        Assert.Equal(new[] { "min-age", "min-followers", "min-views-30d", "available-region", "good-standing" }, business.Eligibility.Rules.Select(r => r.Id));

        // 1,000,000 views of any length pay: 1,000 × 0.02 / 0.03 / 0.04 (IT has no multiplier entry).
        Assert.Equal(new MoneyRange(new ValueRange(20m, 30m, 40m), Currency.Usd), business.Range);
        Assert.False(model.Estimate(Creator(region: "JP")).Eligibility.IsEligible);
    }

    [Fact]
    public void EveryUnmetRule_IsListed_WithThresholdActualAndShortfall()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(SampleCreators.Newcomer);

        Assert.Equal(new[] { "min-age", "min-followers", "min-views-30d" }, estimate.Eligibility.UnmetRules.Select(r => r.Id));
        var reasons = estimate.Eligibility.UnmetRules.Select(r => r.Reason).ToList();
        Assert.StartsWith("needs 1 more year of age", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("needs 9,300 more followers", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("needs 92,000 more views in 30 days", reasons[2], StringComparison.Ordinal);
        Assert.Equal(92_000m, estimate.Eligibility.UnmetRules.ElementAt(2).Shortfall);
    }

    [Fact]
    public void AccountKindRegionLongVideosAndStanding_AreEachReported()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(Creator(kind: AccountKind.Business, region: "IN", longVideos: 0, standing: false));

        Assert.Equal(
            new[] { "min-age", "min-followers", "min-views-30d", "personal-account", "available-region", "long-videos", "good-standing" },
            estimate.Eligibility.Rules.Select(r => r.Id));
        Assert.Equal(new[] { "personal-account", "available-region", "long-videos", "good-standing" }, estimate.Eligibility.UnmetRules.Select(r => r.Id));
        var longVideos = estimate.Eligibility.Rules.Single(r => r.Id == "long-videos");
        Assert.Equal("at least 1 video of 60 seconds or more", longVideos.Description);
        Assert.StartsWith("needs 1 more video of 60 seconds or more (has 0;", longVideos.Reason, StringComparison.Ordinal);
        Assert.Equal("business account", estimate.Eligibility.Rules.Single(r => r.Id == "personal-account").ActualText);
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
        var estimate = CreatorRewardsServices.Model().Estimate(Creator(age: age, region: region));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
    }

    [Theory]
    [InlineData(30, 100_000)]
    [InlineData(7, 23_334)]
    [InlineData(28, 93_334)]
    [InlineData(60, 200_000)]
    [InlineData(1, 3_334)]
    public void ViewsThreshold_IsProratedToThePeriod_AndRoundedUp(int days, long threshold)
    {
        // ceiling(100,000 × days ÷ 30): 7 days → 23,333.3 → 23,334; 28 → 93,333.3 → 93,334; 60 → 200,000.
        var model = CreatorRewardsServices.Model();

        var atThreshold = model.Estimate(Creator(views: threshold, qualifiedViews: 0, periodDays: days));
        var oneShort = model.Estimate(Creator(views: threshold - 1, qualifiedViews: 0, periodDays: days));

        Assert.True(atThreshold.Eligibility.IsEligible);
        var rule = Assert.Single(oneShort.Eligibility.UnmetRules);
        Assert.Equal("min-views-30d", rule.Id);
        Assert.Equal(threshold, rule.Threshold);
        Assert.StartsWith(days == 30 ? "needs 1 more view in 30 days (" : $"needs 1 more view in {days} day", rule.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AudienceCountry_ScalesTheWholeRange_FallingBackToTheCreatorsRegion()
    {
        var model = CreatorRewardsServices.Model();

        // GB 0.8: 500 × 0.40 / 0.70 / 1.00 × 0.8 = 160 / 280 / 400.
        var uk = model.Estimate(Creator(region: "GB"));
        Assert.Equal(new MoneyRange(new ValueRange(160m, 280m, 400m), Currency.Usd), uk.Range);
        Assert.Contains("calculatecreator.com", Assert.Single(uk.Breakdown, l => l.Label == "Audience country multiplier").Source, StringComparison.Ordinal);

        // A US creator with a mostly Brazilian audience: 0.4 → 80 / 140 / 200; keys are case-insensitive.
        Assert.Equal(Money.Usd(140m), model.Estimate(Creator(region: "US", audience: "br")).Range.Expected);

        // Japan has no entry: multiplier 1.
        var japan = model.Estimate(Creator(region: "JP"));
        Assert.Equal(Money.Usd(350m), japan.Range.Expected);
        Assert.Equal("no entry in the table: multiplier 1", Assert.Single(japan.Breakdown, l => l.Label == "Audience country multiplier").Source);
    }

    [Fact]
    public void Multipliers_MatchCaseInsensitively_EvenInATableBuiltWithoutAComparer()
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.CountryMultipliers = new Dictionary<string, decimal> { ["us"] = 2m };
            o.NicheMultipliers = new Dictionary<string, decimal> { ["Gaming"] = 0.5m };
        });

        // 500 × 0.70 × 2 × 0.5 = 350.
        var estimate = model.Estimate(Creator(niche: "GAMING"));
        Assert.Equal(Money.Usd(350m), estimate.Range.Expected);
        Assert.Equal(2m, Assert.Single(estimate.Breakdown, l => l.Label == "Audience country multiplier").Rate.Expected);
        Assert.Equal("configured by the application", Assert.Single(estimate.Breakdown, l => l.Label == "Audience country multiplier").Source);
    }

    [Fact]
    public void TopAndBottomDrivers_ReachTheHighAndLowRpm()
    {
        var model = CreatorRewardsServices.Model();
        var best = Creator() with { Videos = Drivers(finish: 0.9, watch: 75, original: 1, search: 0.5, likes: 80_000, comments: 10_000, shares: 10_000) };
        var worst = Creator() with { Videos = Drivers(finish: 0, watch: 0, original: 0, search: 0) };

        // Best: every score 1 → RPM 1.00 → 500. Worst: every score 0 (no interactions at all) → RPM 0.40 → 200.
        Assert.Equal(Money.Usd(500m), model.Estimate(best).Range.Expected);
        Assert.Equal(Money.Usd(200m), model.Estimate(worst).Range.Expected);
    }

    [Fact]
    public void EachDriver_IsScoredAgainstItsCap()
    {
        // finish 0.35 ÷ 0.70 = 0.5; watch 45 ÷ 60 = 0.75 → play duration 0.625; search 0.05 ÷ 0.20 = 0.25;
        // original 0.9; engagement (40,000 + 0 + 0) / 1,000,000 = 0.04 ÷ 0.08 = 0.5.
        // Score = (0.9 + 0.625 + 0.25 + 0.5) / 4 = 0.56875; RPM = 0.40 + 0.56875 × 0.60 = 0.74125; × 500 = 370.625.
        var estimate = CreatorRewardsServices.Model().Estimate(Creator() with { Videos = Drivers(finish: 0.35, watch: 45, original: 0.9, search: 0.05, likes: 40_000) });

        Assert.Equal(0.5m, Score(estimate, "Play duration: finish rate"));
        Assert.Equal(0.75m, Score(estimate, "Play duration: watch time"));
        Assert.Equal(0.625m, Score(estimate, "Play duration score"));
        Assert.Equal(0.25m, Score(estimate, "Search value score"));
        Assert.Equal(0.9m, Score(estimate, "Originality score"));
        Assert.Equal(0.56875m, Score(estimate, "RPM score"));
        Assert.Equal(Money.Usd(370.625m), estimate.Range.Expected);
    }

    [Fact]
    public void ZeroWeight_RemovesADriversInfluence()
    {
        var model = CreatorRewardsServices.Model(o => o.Scoring.SearchValueWeight = 0m);

        var noSearch = model.Estimate(Creator() with { Videos = Drivers(search: 0) }).Range.Expected;
        var allSearch = model.Estimate(Creator() with { Videos = Drivers(search: 1) }).Range.Expected;

        Assert.Equal(noSearch, allSearch);
    }

    [Fact]
    public void Likes_AreNotPaid_ButRaiseTheEngagementScore_WithinTheRpmRange()
    {
        var model = CreatorRewardsServices.Model();
        var none = model.Estimate(Creator() with { Videos = Drivers(likes: 0) });
        var many = model.Estimate(Creator() with { Videos = Drivers(likes: 1_000_000) });

        Assert.False(many.Likes.PaysPerLike);
        Assert.Equal(LikesInfluence.Indirect, many.Likes.Influence);
        Assert.Equal(LikesChannels.EngagementPricing | LikesChannels.Visibility, many.Likes.Channels);

        // Engagement score 0 → 1 moves the score by 1/4: RPM 0.40 + 0.375 × 0.60 = 0.625 → 0.40 + 0.625 × 0.60 = 0.775.
        Assert.Equal(Money.Usd(312.50m), none.Range.Expected);
        Assert.Equal(Money.Usd(387.50m), many.Range.Expected);
        Assert.Equal(Money.Usd(500m), many.Range.High);
    }

    [Fact]
    public void LikesOnly_PaysNothing()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(SampleCreators.LikesOnly);

        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.Contains(estimate.Eligibility.UnmetRules, r => r.Id == "min-views-30d");
    }

    [Fact]
    public void EngagementDefinition_FollowsTheEngineOptions()
    {
        // With saves counted: (40,000 + 40,000) / 1,000,000 = 0.08 → score 1 instead of 0.5.
        var snapshot = Creator() with { Videos = Drivers(likes: 40_000) with { Saves = 40_000 } };

        var withoutSaves = CreatorRewardsServices.Model().Estimate(snapshot);
        var withSaves = CreatorRewardsServices.Model(engine: o => o.EngagementInteractions = EngagementInteractions.All).Estimate(snapshot);

        Assert.Equal(0.5m, Score(withoutSaves, "Audience engagement score"));
        Assert.Equal(1m, Score(withSaves, "Audience engagement score"));
    }

    [Fact]
    public void SampleCreators_KeepTheContract_InBothPrograms()
    {
        CreatorSnapshot[] samples = [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly, Creator()];

        RevenueModelContract.Verify(CreatorRewardsServices.Model(), samples);
        RevenueModelContract.Verify(CreatorRewardsServices.Fund(), samples);
    }

    [Fact]
    public void FastPath_EqualsTheFullEstimate()
    {
        var model = (IExpectedRevenueModel)CreatorRewardsServices.Model();

        Assert.Equal(model.Estimate(SampleCreators.MidTierUs).Range.Expected, model.EstimateExpected(SampleCreators.MidTierUs));
        Assert.Equal(Money.Zero(Currency.Usd), model.EstimateExpected(SampleCreators.Newcomer));
    }

    [Fact]
    public void FastPath_DoesNotAllocate()
    {
        var model = (IExpectedRevenueModel)CreatorRewardsServices.Model(o => o.NicheMultipliers = new Dictionary<string, decimal> { ["finance"] = 1.1m });
        var eligible = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Niche = "Finance", AudienceRegion = "gb" } };
        model.EstimateExpected(eligible);
        model.EstimateExpected(SampleCreators.Newcomer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.EstimateExpected(eligible);
            model.EstimateExpected(SampleCreators.Newcomer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Estimate_NullSnapshot_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CreatorRewardsServices.Model().Estimate(null!));

    [Fact]
    public void DefaultOptions_HoldTheDocumentedNumbers()
    {
        var options = new CreatorRewardsOptions();

        Assert.Equal(CreatorRewardsProgram.CreatorRewards, options.Program);
        Assert.Equal((0.40m, 1.00m), (options.CreatorRewards.RpmLow, options.CreatorRewards.RpmHigh));
        Assert.Equal((0.02m, 0.04m), (options.CreatorFund.RpmLow, options.CreatorFund.RpmHigh));
        Assert.Equal(new[] { "US", "GB", "DE", "FR", "JP", "KR", "BR", "MX" }, options.CreatorRewards.EligibleRegions);
        Assert.Equal(new[] { "US", "GB", "DE", "FR", "ES", "IT" }, options.CreatorFund.EligibleRegions);
        Assert.Equal(19, options.CreatorRewards.MinimumAgeByRegion["kr"]);
        Assert.Empty(options.NicheMultipliers);
        Assert.Equal(0.225m, options.CountryMultipliers["in"]);
    }

    private static decimal Score(RevenueEstimate estimate, string label) => Assert.Single(estimate.Breakdown, l => l.Label == label).Amount.Expected;
}
