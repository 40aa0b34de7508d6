using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// The commission base is the buyer's paid price: list price less platform and seller coupons and tax, nothing on
/// cancelled or refunded orders, a part on partial refunds (TikTok Shop Seller University, Vietnam, knowledge_id
/// 6837840205842177, viewed 2026); a separate Shop Ads rate on ad-driven sales (TikTok Ads help, affiliate creatives
/// authorization FAQ, Oct 2024); an approval (non-returned) rate as calculators state it.
/// </summary>
public sealed class AffiliatePaidPriceTests
{
    private static CreatorSnapshot Affiliate(long views = 1_000_000, Money? sales = null, double? rate = 0.20, double? adsRate = null, double? adsShare = null) => new()
    {
        Profile = new CreatorProfile { Followers = 10_000, Age = 25, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 30, Views = views },
        Affiliate = new AffiliateInputs { ObservedSales = sales, CommissionRate = rate, ShopAdsCommissionRate = adsRate, ShopAdsOrderShare = adsShare },
    };

    /// <summary>An exact funnel, so the worked examples are hand-checkable: 1,000,000 views × 10% × 1% × 10% = 100 orders.</summary>
    private static void ExactFunnel(AffiliateOptions o)
    {
        o.ShoppableViewShare = new RangeOptions(0.10m, 0.10m, 0.10m);
        o.ClickThroughRate = new RangeOptions(0.01m, 0.01m, 0.01m);
        o.ConversionRate = new RangeOptions(0.10m, 0.10m, 0.10m);
    }

    private static void SellerUniversityVietnamExample(AffiliateOptions o)
    {
        ExactFunnel(o);
        o.AverageListPrice = new RangeOptions(125m, 125m, 125m);
        o.PlatformCouponPerItem = 10m;
        o.SellerCouponPerItem = 5m;
        o.IncludedTaxRate = 0.10m;
        o.CancellationRate = 0.05m;
        o.RefundRate = 0.10m;
    }

    [Fact]
    public void WorkedExample_SellerUniversityVietnam_CommissionIsOnThePaidPrice_LessCouponsTaxCancellationsAndRefunds()
    {
        // Seller University (Vietnam): commission = (product price - platform coupon - merchant coupon - tax) × rate,
        // none on cancelled or refunded orders. List US$125 - 10 - 5 = 110 with 10% tax included: 110 ÷ 1.1 = 100 paid.
        // 100 orders, 5% cancelled: 95 orders × 100 = 9,500 sales; 10% refunded in full: 8,550 kept × 20% = 1,710.
        var model = AffiliateServices.Model(SellerUniversityVietnamExample);

        var estimate = model.Estimate(Affiliate());

        Assert.Equal(new MoneyRange(ValueRange.Exactly(1_710m), Currency.Usd), estimate.Range);
        Assert.Equal(1_710m, ((IExpectedRevenueModel)model).EstimateExpected(Affiliate()).Amount);
        Assert.Equal(
            new[]
            {
                "Views on shoppable videos", "Product clicks", "Orders (estimated)", "Orders not cancelled",
                "Price after platform and seller coupons", "Price net of included tax", "Sales (price paid after discounts)",
                "Sales kept after refunds", "Commission earned",
            },
            estimate.Breakdown.Select(l => l.Label));
        var line = estimate.Breakdown.ToDictionary(l => l.Label);
        Assert.Equal(95m, line["Orders not cancelled"].Amount.Expected);
        Assert.Equal(110m, line["Price after platform and seller coupons"].Amount.Expected);
        Assert.Contains("list price 125 less platform coupon 10 and seller coupon 5", line["Price after platform and seller coupons"].RateUnit, StringComparison.Ordinal);
        Assert.Equal(100m, line["Price net of included tax"].Amount.Expected);
        Assert.Equal(9_500m, line["Sales (price paid after discounts)"].Amount.Expected);
        Assert.Equal(8_550m, line["Sales kept after refunds"].Amount.Expected);
        Assert.Contains("Seller University, Vietnam", line["Sales kept after refunds"].Source, StringComparison.Ordinal);
        foreach (var l in estimate.Breakdown)
        {
            Assert.Equal(l.Quantity.Expected * l.Rate.Expected, l.Amount.Expected);
        }
    }

    [Fact]
    public void WorkedExample_SellerUniversityVietnam_PartialRefunds_KeepAProportionalCommission()
    {
        // "Partial commission on partial refunds": 10% of orders refunded, half the price each: 1 - 0.10 × 0.5 = 95% kept.
        // 9,500 × 0.95 = 9,025 × 20% = 1,805.
        var model = AffiliateServices.Model(o =>
        {
            SellerUniversityVietnamExample(o);
            o.RefundedShareOfPrice = 0.5m;
        });

        Assert.Equal(1_805m, model.Estimate(Affiliate()).Range.Expected.Amount);
        Assert.Equal(1_805m, ((IExpectedRevenueModel)model).EstimateExpected(Affiliate()).Amount);
    }

    [Fact]
    public void WorkedExample_DiscountShare_GivesTheSamePaidPrice_AsTheCouponAmounts()
    {
        // 12% of US$125 is the US$15 of coupons: the same 110, the same 1,710.
        var model = AffiliateServices.Model(o =>
        {
            SellerUniversityVietnamExample(o);
            o.PlatformCouponPerItem = null;
            o.SellerCouponPerItem = null;
            o.DiscountShare = 0.12m;
        });

        var estimate = model.Estimate(Affiliate());

        Assert.Equal(1_710m, estimate.Range.Expected.Amount);
        var price = estimate.Breakdown.Single(l => l.Label == "Price after platform and seller coupons");
        Assert.Equal((125m, 0.88m, 110m), (price.Quantity.Expected, price.Rate.Expected, price.Amount.Expected));
    }

    [Fact]
    public void WorkedExample_ShopAds_PaysItsOwnRate_OnTheAdDrivenShare()
    {
        // A separate (often lower) Shop Ads commission on ad-driven sales (TikTok Ads help FAQ, Oct 2024):
        // US$1,000 observed, 40% through Shop Ads at 5%, the rest at 15%: 600 × 15% + 400 × 5% = 90 + 20 = 110.
        var model = AffiliateServices.Model();
        var snapshot = Affiliate(sales: Money.Usd(1_000m), rate: 0.15, adsRate: 0.05, adsShare: 0.40);

        var estimate = model.Estimate(snapshot);

        Assert.Equal(new MoneyRange(ValueRange.Exactly(110m), Currency.Usd), estimate.Range);
        Assert.Equal(110m, ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount);
        Assert.Equal(
            new[] { "Affiliate sales (observed)", "Standard commission on sales not through Shop Ads", "Shop Ads commission on sales through Shop Ads", "Commission earned" },
            estimate.Breakdown.Select(l => l.Label));
        Assert.Equal(0.09m, estimate.Breakdown[1].Amount.Expected);
        Assert.Equal(0.02m, estimate.Breakdown[2].Amount.Expected);
        Assert.Equal(0.11m, estimate.Breakdown[3].Rate.Expected);
    }

    [Fact]
    public void WorkedExample_ApprovalRate_CountsOnlyApprovedOrders()
    {
        // 100 orders, 90% approved (not returned): 90 × US$35 = 3,150 × 20% = 630.
        var model = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.AverageItemPrice = new RangeOptions(35m, 35m, 35m);
            o.ApprovalRate = 0.9m;
        });

        var estimate = model.Estimate(Affiliate());

        Assert.Equal(630m, estimate.Range.Expected.Amount);
        var approved = estimate.Breakdown.Single(l => l.Label == "Orders approved (not returned)");
        Assert.Equal((100m, 0.9m, 90m), (approved.Quantity.Expected, approved.Rate.Expected, approved.Amount.Expected));
    }

    [Fact]
    public void ObservedSales_AreNotReducedAgain_ByRefundsOrCoupons()
    {
        // Observed sales are after discounts and refunds already; the funnel's adjustments do not apply to them.
        var model = AffiliateServices.Model(SellerUniversityVietnamExample);

        Assert.Equal(200m, model.Estimate(Affiliate(sales: Money.Usd(1_000m))).Range.Expected.Amount);
    }

    [Fact]
    public void WithRanges_TheFastPath_MatchesTheFullExpected()
    {
        var model = AffiliateServices.Model(o =>
        {
            o.AverageListPrice = new RangeOptions(30m, 45m, 80m);
            o.DiscountShare = 0.15m;
            o.IncludedTaxRate = 0.07m;
            o.CancellationRate = 0.03m;
            o.ApprovalRate = 0.85m;
        });
        var snapshot = Affiliate(views: 1_234_567, rate: null, adsRate: 0.04, adsShare: 0.3) with { Profile = new CreatorProfile { Followers = 10_000, Age = 25, Region = "US", Niche = "beauty" } };

        var estimate = model.Estimate(snapshot);

        Assert.Equal(estimate.Range.Expected.Amount, ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount);
        Assert.True(estimate.Range.Low.Amount < estimate.Range.Expected.Amount && estimate.Range.Expected.Amount < estimate.Range.High.Amount);
    }

    [Fact]
    public void Options_EveryProblemIsListedAtOnce_NamingFieldValueAndWhatIsAllowed()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddAffiliate(o =>
        {
            o.DiscountShare = 1.5m;
            o.PlatformCouponPerItem = -1m;
            o.IncludedTaxRate = 0.2m;
            o.CancellationRate = 2m;
            o.RefundedShareOfPrice = 0.5m;
            o.ApprovalRate = -0.1m;
        }));

        var failures = TestServices.StartupFailures(provider);

        const string P = "TikTokMonetization:Affiliate:";
        Assert.Contains(failures, f => f.Contains(P + "DiscountShare is 1.5; it must be from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "PlatformCouponPerItem is -1; it must be from 0 to", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "DiscountShare is 1.5 and coupon amounts are set too", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "IncludedTaxRate is set but " + P + "AverageListPrice is null", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "CancellationRate is 2; it must be from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "RefundedShareOfPrice is 0.5 but " + P + "RefundRate is null", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "ApprovalRate is -0.1; it must be from 0 to 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_CouponsAboveTheListPrice_ARefundAndAnApprovalRate_AndBothPrices_AreRefused()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddAffiliate(o =>
        {
            o.AverageItemPrice = new RangeOptions(10m, 20m, 30m);
            o.AverageListPrice = new RangeOptions(12m, 20m, 30m);
            o.PlatformCouponPerItem = 10m;
            o.SellerCouponPerItem = 5m;
            o.RefundRate = 0.1m;
            o.ApprovalRate = 0.9m;
        }));

        var failures = TestServices.StartupFailures(provider);

        const string P = "TikTokMonetization:Affiliate:";
        Assert.Contains(failures, f => f.Contains(P + "PlatformCouponPerItem and SellerCouponPerItem add up to 15; together they must be at most AverageListPrice:Low (12)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "RefundRate is 0.1 and " + P + "ApprovalRate is 0.9; both count returned orders", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "AverageItemPrice is changed and " + P + "AverageListPrice is set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.05, null, "Affiliate.ShopAdsOrderShare")]
    [InlineData(null, 0.4, "Affiliate.ShopAdsCommissionRate")]
    public void Snapshot_ShopAdsRateAndShare_AreGivenTogether(double? adsRate, double? adsShare, string missing)
    {
        var problems = Affiliate(adsRate: adsRate, adsShare: adsShare).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal(missing, problem.Path);
        Assert.Equal("null", problem.Value);
        Assert.Contains("both or neither", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_ShopAdsValues_AreFractions()
    {
        var problems = Affiliate(adsRate: 1.5, adsShare: double.NaN).Validate();

        Assert.Equal(new[] { "Affiliate.ShopAdsCommissionRate", "Affiliate.ShopAdsOrderShare" }, problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("a finite number from 0 to 1", p.Allowed));
    }

    [Fact]
    public void CreatorJson_ReadsAndWritesTheShopAdsFields()
    {
        const string Json = """{ "affiliate": { "observedSales": "USD 1000", "commissionRate": 0.15, "shopAdsCommissionRate": 0.05, "shopAdsOrderShare": 0.4 } }""";

        var snapshot = CreatorSnapshotJson.Deserialize(Json);

        Assert.Equal((0.05, 0.4), (snapshot.Affiliate!.ShopAdsCommissionRate, snapshot.Affiliate.ShopAdsOrderShare));
        Assert.Equal(snapshot, CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(snapshot)));
    }
}
