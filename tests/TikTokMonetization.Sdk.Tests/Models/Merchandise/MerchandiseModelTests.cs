using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class MerchandiseModelTests
{
    private static CreatorSnapshot Seller(long? orders = null, Money? orderValue = null, bool shop = false, long views = 0, long likes = 0) => new()
    {
        Profile = new CreatorProfile { Followers = 20_000, Age = 30, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 10, Views = views, Likes = likes },
        Merchandise = new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = orderValue, SellsThroughTikTokShop = shop },
    };

    private static ValueRange Usd(RevenueEstimate estimate) => estimate.Range.Amounts;

    [Fact]
    public void WithoutMerchandiseFacts_TheCreatorSellsNothing_AndEarnsZero()
    {
        var estimate = MerchandiseServices.Model().Estimate(SampleCreators.MidTierUs with { Merchandise = null });

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Empty(estimate.Eligibility.Rules);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.StartsWith("No merchandise", Assert.Single(estimate.Breakdown).Label, StringComparison.Ordinal);
    }

    [Fact]
    public void ObservedOrders_TimesProfitPerOrder_OffTikTokShop()
    {
        // 100 orders at US$20; margin 30/50/73%; per-order fee 0.30 (low, expected) and 0 (high):
        // low 20 × 0.30 − 0.30 = 5.70; expected 20 × 0.50 − 0.30 = 9.70; high 20 × 0.73 − 0 = 14.60; × 100 orders.
        var estimate = MerchandiseServices.Model().Estimate(Seller(orders: 100, orderValue: Money.Usd(20m)));

        Assert.Equal(new ValueRange(570m, 970m, 1_460m), Usd(estimate));
        Assert.Equal(Currency.Usd, estimate.Range.Currency);
        Assert.Equal("Orders (observed)", estimate.Breakdown[0].Label);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.StartsWith("TikTok Shop", StringComparison.Ordinal));
        var profit = estimate.Breakdown[^1];
        Assert.Equal("Merchandise profit", profit.Label);
        Assert.Equal(new ValueRange(5.70m, 9.70m, 14.60m), profit.Rate);
    }

    [Fact]
    public void TikTokShopSales_PayTheReferralFee_TheLowEstimateTakingTheHighestFee()
    {
        // Referral fee 5/6/8%, paired high-with-low: low 20 × (0.30 − 0.08) − 0.30 = 4.10;
        // expected 20 × (0.50 − 0.06) − 0.30 = 8.50; high 20 × (0.73 − 0.05) − 0 = 13.60; × 100 orders.
        var estimate = MerchandiseServices.Model().Estimate(Seller(orders: 100, orderValue: Money.Usd(20m), shop: true));

        Assert.Equal(new ValueRange(410m, 850m, 1_360m), Usd(estimate));
        var fee = Assert.Single(estimate.Breakdown, l => l.Label == "TikTok Shop referral fee per order");
        Assert.Equal(new ValueRange(1.00m, 1.20m, 1.60m), fee.Amount);
        Assert.Contains("1 Apr 2024", fee.Source, StringComparison.Ordinal);
        Assert.Contains("Jul 2024", fee.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutObservedOrders_TheFunnelRunsFromViews_AtTheDefaults()
    {
        // 1,000,000 views × 5/10/25% see the product = 50,000 / 100,000 / 250,000
        // × 0.5/1.5/3.5% click = 250 / 1,500 / 8,750 clicks × 1/2.5/4% order = 2.5 / 37.5 / 350 orders.
        // Profit per order at US$15/25/30: 15 × 0.30 − 0.30 = 4.20; 25 × 0.50 − 0.30 = 12.20; 30 × 0.73 = 21.90.
        // Expected profit: 37.5 × 12.20 = 457.50. Low and high: the four uncertain factors (share, click, order, profit
        // per order) combine in log space around it; the corner products would be 10.50 and 7,665.
        var estimate = MerchandiseServices.Model().Estimate(Seller(views: 1_000_000));

        LogSpaceRange.AssertClose(Scale(LogSpaceRange.Of((0.05m, 0.10m, 0.25m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m), (4.20m, 12.20m, 21.90m)), 1_000_000m), Usd(estimate));
        Assert.Equal(
            new[] { "Views that show the product", "Product clicks", "Orders (estimated)", "Sales", "Gross margin per order", "Per-order fee", "Merchandise profit" },
            estimate.Breakdown.Select(l => l.Label));
        LogSpaceRange.AssertClose(Scale(LogSpaceRange.Of((0.05m, 0.10m, 0.25m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m)), 1_000_000m), estimate.Breakdown[2].Amount);
        Assert.All(estimate.Breakdown.Take(3), l => Assert.Contains("SDK assumption", l.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void CostsAboveTheMargin_ClampProfitAtZero_AndSaySo()
    {
        // Margin 5% on a US$10 order through TikTok Shop (fee 5/6/8%): low 10 × (0.05 − 0.08) − 0.30 = −0.60 → 0;
        // expected 10 × (0.05 − 0.06) − 0.30 = −0.40 → 0; high 10 × (0.05 − 0.05) − 0 = 0 (not a loss, not clamped).
        var estimate = MerchandiseServices.Model(o => o.GrossMargin = new RangeOptions(0.05m, 0.05m, 0.05m))
            .Estimate(Seller(orders: 10, orderValue: Money.Usd(10m), shop: true));

        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var clamped = Assert.Single(estimate.Breakdown, l => l.Label.StartsWith("Costs exceed", StringComparison.Ordinal));
        Assert.Equal("Costs exceed the gross margin at the low, expected estimates: profit per order clamped at 0", clamped.Label);
        Assert.Contains("never negative", clamped.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void AffiliateCommission_IsPaidOnTheShareOfOrdersThatComeThroughAffiliates()
    {
        // Half the orders via affiliates at 10/15/20% commission: 0.05 / 0.075 / 0.10 of the order value.
        // low 20 × (0.30 − 0.10) − 0.30 = 3.70; expected 20 × (0.50 − 0.075) − 0.30 = 8.20; high 20 × (0.73 − 0.05) = 13.60.
        var estimate = MerchandiseServices.Model(o => o.AffiliateOrderShare = new RangeOptions(0.5m, 0.5m, 0.5m))
            .Estimate(Seller(orders: 100, orderValue: Money.Usd(20m)));

        Assert.Equal(new ValueRange(370m, 820m, 1_360m), Usd(estimate));
        var commission = Assert.Single(estimate.Breakdown, l => l.Label == "Affiliate commission per order");
        Assert.Equal(new ValueRange(0.05m, 0.075m, 0.10m), commission.Rate);
        Assert.Equal("default: 10% / 15% / 20% commission (fashion and apparel, calculatecreator.com / earnfacts.com / hubfluence.io) on the share of orders via affiliates configured by the application", commission.Source);
    }

    [Fact]
    public void AnOrderValueInEuros_GivesAnEstimateInEuros_WithTheFeeConvertedAtTheEngineRates()
    {
        // Fee 0.30 USD at the ECB rates of 2 June 2025 (EUR 1 = USD 1.1419): 0.30 / 1.1419 = 0.26272… EUR.
        // Expected: 100 × (20 × 0.50 − 0.26272…) = 973.728… EUR.
        var estimate = MerchandiseServices.Model().Estimate(Seller(orders: 100, orderValue: new Money(20m, Currency.Eur)));

        Assert.Equal(Currency.Eur, estimate.Range.Currency);
        Assert.Equal(new Money(973.73m, Currency.Eur), estimate.Range.Expected.Round());
        Assert.Equal(new Money(1_460m, Currency.Eur), estimate.Range.High);
        var fee = Assert.Single(estimate.Breakdown, l => l.Label == "Per-order fee");
        Assert.Contains("converted from USD to EUR", fee.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAPerOrderFee_NoConversionIsNeeded_EvenForACurrencyMissingFromTheTable()
    {
        var estimate = MerchandiseServices.Model(o => o.PerOrderFee = new RangeOptions(0m, 0m, 0m))
            .Estimate(Seller(orders: 10, orderValue: new Money(1_000m, Currency.Create("XAF", 0))));

        Assert.Equal("XAF", estimate.Range.Currency.Code);
        Assert.Equal(5_000m, estimate.Range.Expected.Amount);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label == "Per-order fee");
    }

    [Fact]
    public void ConfiguredDefaults_AreAttributedToTheApplication_AndDocumentedOnesToTheirSource()
    {
        var estimate = MerchandiseServices.Model(o => o.GrossMargin = new RangeOptions(0.4m, 0.4m, 0.4m)).Estimate(Seller(views: 10_000));

        Assert.Equal("configured by the application", Assert.Single(estimate.Breakdown, l => l.Label == "Gross margin per order").Source);
        Assert.Contains("printedthreads.com", Assert.Single(estimate.Breakdown, l => l.Label == "Sales").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Likes_AreNotPaid_AndReachSalesOnlyThroughVisibility()
    {
        var model = MerchandiseServices.Model();
        var without = model.Estimate(Seller(views: 500_000));
        var with = model.Estimate(Seller(views: 500_000, likes: 9_000_000));

        Assert.Equal(without.Range, with.Range);
        Assert.False(with.Likes.PaysPerLike);
        Assert.Equal(LikesInfluence.Indirect, with.Likes.Influence);
        Assert.Equal(LikesChannels.Visibility, with.Likes.Channels);
        Assert.Contains("reach", with.Likes.Explanation, StringComparison.Ordinal);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), model.Estimate(SampleCreators.LikesOnly).Range);
    }

    [Fact]
    public void Model_KeepsTheContract_ForSellersAndNonSellers()
    {
        var model = MerchandiseServices.Model();
        Testing.RevenueModelContract.Verify(model, [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly, Seller(views: 1_000_000, shop: true), Seller(orders: 3, orderValue: Money.Usd(0m))]);
    }

    [Fact]
    public void DocsExample_MidTierUs_SellingThroughTikTokShop()
    {
        // docs/models/merchandise.md: 1,200,000 views → 60,000 / 120,000 / 300,000 product views → 300 / 1,800 / 10,500
        // clicks → 3 / 45 / 420 orders. Per order: 15 × (0.30 − 0.08) − 0.30 = 3.00; 25 × (0.50 − 0.06) − 0.30 = 10.70;
        // 30 × (0.73 − 0.05) − 0 = 20.40. Expected profit 45 × 10.70 = 481.50; low and high in log space.
        var creator = SampleCreators.MidTierUs with { Merchandise = new MerchandiseInputs { SellsThroughTikTokShop = true } };
        var estimate = MerchandiseServices.Model().Estimate(creator);

        LogSpaceRange.AssertClose(Scale(LogSpaceRange.Of((0.05m, 0.10m, 0.25m), (0.005m, 0.015m, 0.035m), (0.01m, 0.025m, 0.04m), (3m, 10.70m, 20.40m)), 1_200_000m), Usd(estimate));
        Assert.Equal(45m, estimate.Breakdown.Single(l => l.Label == "Orders (estimated)").Amount.Expected);
        Assert.Equal(1_125m, estimate.Breakdown.Single(l => l.Label == "Sales").Amount.Expected);
        Assert.Equal(new ValueRange(3m, 10.70m, 20.40m), estimate.Breakdown[^1].Rate);
    }

    [Fact]
    public void Estimate_NullSnapshot_Throws() =>
        Assert.Throws<ArgumentNullException>(() => MerchandiseServices.Model().Estimate(null!));

    private static ValueRange Scale(ValueRange range, decimal factor) => new(range.Low * factor, range.Expected * factor, range.High * factor);
}
