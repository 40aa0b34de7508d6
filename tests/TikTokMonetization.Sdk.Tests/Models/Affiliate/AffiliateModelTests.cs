using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class AffiliateModelTests
{
    private static CreatorSnapshot Affiliate(
        Money? sales = null,
        double? rate = null,
        long views = 0,
        int videos = 30,
        long followers = 10_000,
        int? age = 25,
        string? region = "US",
        string? niche = null,
        int days = 30,
        AccountKind kind = AccountKind.Personal,
        bool standing = true,
        bool affiliate = true) => new()
        {
            PeriodDays = days,
            Profile = new CreatorProfile { Followers = followers, Age = age, Region = region, Niche = niche, AccountKind = kind, InGoodStanding = standing },
            Videos = new ShortVideoStats { VideosPosted = videos, Views = views },
            Affiliate = affiliate ? new AffiliateInputs { ObservedSales = sales, CommissionRate = rate } : null,
        };

    [Fact]
    public void ObservedSales_TimesTheSnapshotsCommissionRate()
    {
        // US$1,000 of sales (paid prices after coupons) × 12% = US$120.
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(1_000m), rate: 0.12));

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(new MoneyRange(ValueRange.Exactly(120m), Currency.Usd), estimate.Range);
        Assert.Equal(new[] { "Affiliate sales (observed)", "Commission earned" }, estimate.Breakdown.Select(l => l.Label));
        Assert.Equal("snapshot (Affiliate.CommissionRate)", estimate.Breakdown[1].Source);
    }

    [Theory]
    [InlineData("beauty", 100, 200, 300)]
    [InlineData("Fashion", 100, 150, 200)]
    [InlineData("electronics", 30, 65, 100)]
    [InlineData("gaming", 30, 150, 300)]
    [InlineData(null, 30, 150, 300)]
    public void WithoutARate_TheNichesCategoryRange_OrTheDefault_Applies(string? niche, int low, int expected, int high)
    {
        // US$1,000 × the table: beauty 10/20/30%, fashion 10/15/20%, electronics 3/6.5/10%; otherwise 3/15/30%.
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(1_000m), niche: niche));

        Assert.Equal(new ValueRange(low, expected, high), estimate.Range.Amounts);
        var source = estimate.Breakdown[^1].Source;
        Assert.Contains("calculatecreator.com", source, StringComparison.Ordinal);
        if (niche is "beauty" or "Fashion" or "electronics")
        {
            Assert.Contains("unsourced", source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutObservedSales_TheFunnelRunsFromViews_AtTheDefaults()
    {
        // Expected: 1,000,000 views × 25% shoppable × 1.5% click × 2.5% order = 93.75 orders × US$35 = 3,281.25 sales × 10% = 328.125.
        // Low and high: the four uncertain factors (share 10/25/50%, click 0.5/1.5/3.5%, order 1/2.5/4%, price 20/35/64)
        // combine in log space around the expected value (the corner products would be 10 and 4,480).
        var estimate = AffiliateServices.Model().Estimate(Affiliate(views: 1_000_000, rate: 0.10));

        LogSpaceRange.AssertClose(
            Scale(LogSpaceRange.Of((0.10m, 0.25m, 0.50m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m), (20m, 35m, 64m)), 1_000_000m * 0.10m),
            estimate.Range.Amounts);
        Assert.Equal(328.125m, estimate.Range.Expected.Amount);
        Assert.Equal(
            new[] { "Views on shoppable videos", "Product clicks", "Orders (estimated)", "Sales (price paid after discounts)", "Commission earned" },
            estimate.Breakdown.Select(l => l.Label));
        LogSpaceRange.AssertClose(Scale(LogSpaceRange.Of((0.10m, 0.25m, 0.50m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m)), 1_000_000m), estimate.Breakdown[2].Amount);
        Assert.Contains("SDK assumption", estimate.Breakdown[0].Source, StringComparison.Ordinal);
        Assert.Contains("Earnest Analytics", estimate.Breakdown[3].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void PilotProgramCreators_UnderFiveThousandFollowers_AreCappedAtFiveShoppableVideosAWeek()
    {
        // 28 days allow 5 × 28 / 7 = 20 shoppable videos of 100 posted: at most 20% of views, so the share is 10/20/20%.
        // Expected: 200,000 shoppable views × 1.5% × 2.5% = 75 orders × US$35 × 10% = 262.5; low and high in log space.
        var model = AffiliateServices.Model();
        var pilot = model.Estimate(Affiliate(views: 1_000_000, rate: 0.10, followers: 2_000, videos: 100, days: 28));

        LogSpaceRange.AssertClose(
            Scale(LogSpaceRange.Of((0.10m, 0.20m, 0.20m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m), (20m, 35m, 64m)), 1_000_000m * 0.10m),
            pilot.Range.Amounts);
        Assert.Equal(new ValueRange(0.10m, 0.20m, 0.20m), pilot.Breakdown[0].Rate);
        Assert.Contains("pilot program", pilot.Breakdown[0].Source, StringComparison.Ordinal);

        // The same creator outside the US, or with 5,000 followers, is not capped.
        Assert.Equal(328.125m, model.Estimate(Affiliate(views: 1_000_000, rate: 0.10, followers: 2_000, videos: 100, days: 28, region: "GB")).Range.Expected.Amount);
        Assert.Equal(328.125m, model.Estimate(Affiliate(views: 1_000_000, rate: 0.10, followers: 5_000, videos: 100, days: 28)).Range.Expected.Amount);
    }

    [Fact]
    public void OneFollowerShort_IsIneligible_AndSaysItNeedsOneMoreFollower()
    {
        var model = AffiliateServices.Model();
        var estimate = model.Estimate(Affiliate(sales: Money.Usd(500m), rate: 0.2, followers: 999));

        Assert.False(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var rule = Assert.Single(estimate.Eligibility.UnmetRules);
        Assert.Equal("min-followers", rule.Id);
        Assert.Equal(1m, rule.Shortfall);
        Assert.StartsWith("needs 1 more follower ", rule.Reason, StringComparison.Ordinal);
        Assert.Equal("Not eligible", estimate.Breakdown[^1].Label);
        Assert.Equal(ValueRange.Exactly(100m), estimate.Breakdown[^1].Quantity);

        Assert.Equal(100m, model.Estimate(Affiliate(sales: Money.Usd(500m), rate: 0.2, followers: 1_000)).Range.Expected.Amount);
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(null, false)]
    public void MinimumAge_IsEighteen(int? age, bool eligible)
    {
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(100m), rate: 0.1, age: age));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
        Assert.Equal(eligible, estimate.Eligibility.Rules.Single(r => r.Id == "min-age").IsMet);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("gb", true)]
    [InlineData("TH", true)]
    [InlineData("JP", false)]
    [InlineData(null, false)]
    public void Region_MustBeAnAffiliateMarket(string? region, bool eligible)
    {
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(100m), rate: 0.1, region: region));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
        Assert.Equal(eligible, estimate.Eligibility.Rules.Single(r => r.Id == "available-region").IsMet);
    }

    [Fact]
    public void RegionalFollowerMinimums_ReplaceTheGlobalOne()
    {
        var model = AffiliateServices.Model(o => o.MinimumFollowersByRegion["VN"] = 300);

        Assert.True(model.Estimate(Affiliate(sales: Money.Usd(100m), rate: 0.1, region: "VN", followers: 300)).Eligibility.IsEligible);
        Assert.False(model.Estimate(Affiliate(sales: Money.Usd(100m), rate: 0.1, region: "US", followers: 300)).Eligibility.IsEligible);
    }

    [Fact]
    public void EveryUnmetRule_IsListed()
    {
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(100m), followers: 10, age: 16, region: "JP", kind: AccountKind.GovernmentOrPolitical, standing: false));

        Assert.Equal(new[] { "min-age", "min-followers", "available-region", "good-standing", "not-government-or-political" }, estimate.Eligibility.UnmetRules.Select(r => r.Id));
    }

    [Fact]
    public void WithoutAffiliateFacts_TheCreatorIsNotAnAffiliate_AndEarnsZero()
    {
        var estimate = AffiliateServices.Model().Estimate(Affiliate(views: 1_000_000, affiliate: false));

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.StartsWith("No affiliate activity", Assert.Single(estimate.Breakdown).Label, StringComparison.Ordinal);
    }

    [Fact]
    public void ObservedSalesInEuros_GiveCommissionInEuros()
    {
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: new Money(250m, Currency.Eur), rate: 0.08));

        Assert.Equal(new MoneyRange(ValueRange.Exactly(20m), Currency.Eur), estimate.Range);
    }

    [Fact]
    public void Likes_AreNotPaid_AndReachSalesOnlyThroughVisibility()
    {
        var estimate = AffiliateServices.Model().Estimate(SampleCreators.LikesOnly with { Affiliate = new AffiliateInputs() });

        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.False(estimate.Likes.PaysPerLike);
        Assert.Equal(LikesInfluence.Indirect, estimate.Likes.Influence);
        Assert.Equal(LikesChannels.Visibility, estimate.Likes.Channels);
        Assert.Contains("reach", estimate.Likes.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_KeepsTheContract_ForAffiliatesAndOthers()
    {
        var model = AffiliateServices.Model();
        Testing.RevenueModelContract.Verify(model, [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly, Affiliate(views: 2_000_000), Affiliate(sales: Money.Usd(10m), followers: 3)]);
    }

    [Fact]
    public void DocsExample_MidTierUs_AsABeautyAffiliate()
    {
        // docs/models/affiliate.md: expected 1,200,000 views × 25% × 1.5% × 2.5% = 112.5 orders × US$35 = 3,937.50 sales
        // × 20% = 787.50; five uncertain factors (the beauty commission 10/20/30% among them) spread low and high in log space.
        var creator = SampleCreators.MidTierUs with
        {
            Profile = SampleCreators.MidTierUs.Profile with { Niche = "beauty" },
            Affiliate = new AffiliateInputs(),
        };
        var model = AffiliateServices.Model();
        var estimate = model.Estimate(creator);

        LogSpaceRange.AssertClose(
            Scale(LogSpaceRange.Of((0.10m, 0.25m, 0.50m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m), (20m, 35m, 64m), (0.10m, 0.20m, 0.30m)), 1_200_000m),
            estimate.Range.Amounts);
        Assert.Equal(3_937.5m, estimate.Breakdown[3].Amount.Expected);

        // With observed sales and the seller's rate: US$2,400 × 15% = US$360.
        var observed = creator with { Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(2_400m), CommissionRate = 0.15 } };
        Assert.Equal(Money.Usd(360m), model.Estimate(observed).Range.Expected);
    }

    [Fact]
    public void Estimate_NullSnapshot_Throws() =>
        Assert.Throws<ArgumentNullException>(() => AffiliateServices.Model().Estimate(null!));

    private static ValueRange Scale(ValueRange range, decimal factor) => new(range.Low * factor, range.Expected * factor, range.High * factor);
}
