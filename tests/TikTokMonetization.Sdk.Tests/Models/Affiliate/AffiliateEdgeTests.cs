using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The affiliate model at its edges: the words of the cancellation, approval, coupon, discount, refund and Shop Ads
/// lines, a coupon given alone, coupons that take the whole low list price, a niche added to the commission table,
/// the pilot cap's source when its numbers or region are configured, a null pilot region list, the option checks,
/// null arguments and null snapshots.
/// </summary>
public sealed class AffiliateEdgeTests
{
    private const string P = "TikTokMonetization:Affiliate:";
    private const string CouponSource = "configured; the commission base excludes platform and merchant coupons (TikTok Shop Seller University, Vietnam, viewed 2026)";
    private const string UsPilotSource = "; capped by the US pilot program for creators under 5,000 followers (5 shoppable videos a week, TikTok Seller University, 2025), assuming views spread evenly over the period's videos";

    private static CreatorSnapshot Affiliate(double? rate = 0.20, double? adsRate = null, double? adsShare = null, long followers = 10_000, string? region = "US", string? niche = null, int videos = 30, Money? sales = null) => new()
    {
        Profile = new CreatorProfile { Followers = followers, Age = 25, Region = region, Niche = niche },
        Videos = new ShortVideoStats { VideosPosted = videos, Views = 1_000_000 },
        Affiliate = new AffiliateInputs { ObservedSales = sales, CommissionRate = rate, ShopAdsCommissionRate = adsRate, ShopAdsOrderShare = adsShare },
    };

    /// <summary>An exact funnel: 1,000,000 views × 10% × 1% × 10% = 100 orders.</summary>
    private static void ExactFunnel(AffiliateOptions o)
    {
        o.ShoppableViewShare = new RangeOptions(0.10m, 0.10m, 0.10m);
        o.ClickThroughRate = new RangeOptions(0.01m, 0.01m, 0.01m);
        o.ConversionRate = new RangeOptions(0.10m, 0.10m, 0.10m);
    }

    private static string Line(RevenueEstimate estimate, string label) => estimate.Breakdown.Single(l => l.Label == label).ToString();

    private static List<string> Failures(Action<AffiliateOptions> configure)
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddAffiliate(configure));
        return TestServices.StartupFailures(provider);
    }

    [Fact]
    public void CancelledAndReturnedOrders_EachHaveALine_SayingWhatShareIsKept_AndWhy()
    {
        // 100 orders, 5% cancelled: 95; 90% of those approved (not returned): 85.5.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.CancellationRate = 0.05m;
            o.ApprovalRate = 0.9m;
        }).Estimate(Affiliate());

        Assert.Equal(
            "Orders not cancelled: 100.000000 orders × 0.95 share not cancelled (1 - cancellation rate) = 95.00000000 orders [configured CancellationRate; no commission on cancelled orders (TikTok Shop Seller University, Vietnam, viewed 2026)]",
            Line(estimate, "Orders not cancelled"));
        Assert.Equal(
            "Orders approved (not returned): 95.00000000 orders × 0.9 approval rate = 85.500000000 orders [configured ApprovalRate (orders approved, not returned)]",
            Line(estimate, "Orders approved (not returned)"));
    }

    [Fact]
    public void APlatformCouponAlone_IsTakenOffTheListPrice_AndTheLineNamesBothCoupons()
    {
        // US$125 less a US$10 platform coupon and no seller coupon: US$115 paid; 100 orders × 115 × 20% = 2,300.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.AverageListPrice = new RangeOptions(125m, 125m, 125m);
            o.PlatformCouponPerItem = 10m;
        }).Estimate(Affiliate());

        Assert.Equal(
            "Price after platform and seller coupons: 1 item × 115 USD per item (list price 125 less platform coupon 10 and seller coupon 0) = 115 USD per item [" + CouponSource + "]",
            Line(estimate, "Price after platform and seller coupons"));
        Assert.Equal(2_300m, estimate.Range.Expected.Amount);
    }

    [Fact]
    public void ASellerCouponAlone_IsTakenOffEveryPointOfAListPriceRange()
    {
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.AverageListPrice = new RangeOptions(100m, 125m, 150m);
            o.SellerCouponPerItem = 5m;
        }).Estimate(Affiliate());

        Assert.Equal(
            "Price after platform and seller coupons: 1 item × 95..145 (expected 120) USD per item (list price 100..150 (expected 125) less platform coupon 0 and seller coupon 5) = 95..145 (expected 120) USD per item [" + CouponSource + "]",
            Line(estimate, "Price after platform and seller coupons"));
    }

    [Fact]
    public void CouponsThatTakeTheWholeLowListPrice_AreAllowed_AndLeaveAPaidPriceOfZeroAtTheLowPoint()
    {
        // US$10 + US$5 of coupons on a list price of 15 / 20 / 30: paid 0 / 5 / 15, never negative.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.AverageListPrice = new RangeOptions(15m, 20m, 30m);
            o.PlatformCouponPerItem = 10m;
            o.SellerCouponPerItem = 5m;
        }).Estimate(Affiliate());

        Assert.Equal(
            "Price after platform and seller coupons: 1 item × 0..15 (expected 5) USD per item (list price 15..30 (expected 20) less platform coupon 10 and seller coupon 5) = 0..15 (expected 5) USD per item [" + CouponSource + "]",
            Line(estimate, "Price after platform and seller coupons"));
    }

    [Fact]
    public void ADiscountShare_IncludedTax_AndPartialRefunds_EachHaveALine_SayingHowTheyApply()
    {
        // US$125 × (1 - 12%) = 110; ÷ 1.10 of tax = 100 paid; 100 orders = 10,000 of sales; 10% refunded at half the
        // price: 1 - 0.10 × 0.5 = 95% kept, 9,500 × 20% = 1,900.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.AverageListPrice = new RangeOptions(125m, 125m, 125m);
            o.DiscountShare = 0.12m;
            o.IncludedTaxRate = 0.10m;
            o.RefundRate = 0.10m;
            o.RefundedShareOfPrice = 0.5m;
        }).Estimate(Affiliate());

        Assert.Equal(
            "Price after platform and seller coupons: 125 USD per item (list price) × 0.88 share paid (1 - discount share) = 110.00 USD per item [" + CouponSource + "]",
            Line(estimate, "Price after platform and seller coupons"));
        Assert.Equal(
            "Price net of included tax: 110.00 USD per item × 0.9090909090909090909090909091 net share (1 ÷ (1 + tax rate 0.10)) = 100.00000000000000000000000000 USD per item [configured IncludedTaxRate; the commission base excludes tax (TikTok Shop Seller University, Vietnam, viewed 2026)]",
            Line(estimate, "Price net of included tax"));
        Assert.Equal(
            "Sales kept after refunds: 10000.000000000000000000000000 USD × 0.950 share kept (1 - refund rate × refunded share of the price) = 9500.000000000000000000000000 USD [configured RefundRate and RefundedShareOfPrice; no commission on refunded orders, a proportional part on partial refunds (TikTok Shop Seller University, Vietnam, viewed 2026)]",
            Line(estimate, "Sales kept after refunds"));
        Assert.Equal(1_900m, estimate.Range.Expected.Amount);
    }

    [Fact]
    public void ShopAds_SplitTheRate_IntoAStandardLineAndAShopAdsLine_EachSayingWhichShareOfSalesItCovers()
    {
        // 60% of sales at the standard 15% and 40% through Shop Ads at 5%: 0.09 + 0.02 = 0.11 of sales.
        var estimate = AffiliateServices.Model().Estimate(Affiliate(sales: Money.Usd(1_000m), rate: 0.15, adsRate: 0.05, adsShare: 0.40));

        Assert.Equal(
            "Standard commission on sales not through Shop Ads: 0.15 commission rate × 0.6 share of sales not through Shop Ads = 0.090 of sales [snapshot (Affiliate.CommissionRate)]",
            Line(estimate, "Standard commission on sales not through Shop Ads"));
        Assert.Equal(
            "Shop Ads commission on sales through Shop Ads: 0.05 Shop Ads commission rate × 0.4 share of sales through Shop Ads = 0.020 of sales [snapshot (Affiliate.ShopAdsCommissionRate, Affiliate.ShopAdsOrderShare); a separate Shop Ads commission on ad-driven sales (TikTok Ads help, affiliate creatives authorization FAQ, Oct 2024)]",
            Line(estimate, "Shop Ads commission on sales through Shop Ads"));
    }

    [Fact]
    public void ANicheAddedToTheCommissionTable_IsCitedAsConfigured_NotAsTheDefaultTable()
    {
        var estimate = AffiliateServices.Model(o => o.CommissionRateByNiche["pets"] = new RangeOptions(0.05m, 0.10m, 0.15m))
            .Estimate(Affiliate(sales: Money.Usd(1_000m), rate: null, niche: "pets"));

        Assert.Equal(
            "Commission earned: 1000 USD × 0.05..0.15 (expected 0.10) commission rate = 50.00..150.00 (expected 100.00) USD, expected × expected, with low and high combined as independent uncertainties [configured by the application (niche 'pets')]",
            Line(estimate, "Commission earned"));
    }

    [Fact]
    public void PilotCap_ForAUsCreatorAtTheUsPolicy_CitesTheUsPilotProgram()
    {
        // 30 days allow 5 × 30 / 7 = 21.43 shoppable videos of 60 posted: at most 35.7% of views, below the 50% share.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.ShoppableViewShare = new RangeOptions(0.5m, 0.5m, 0.5m);
        }).Estimate(Affiliate(followers: 2_000, videos: 60));

        Assert.Equal(
            "Views on shoppable videos: 1000000 views × 0.3571428571428571428571428572 share of views = 357142.85714285714285714285720 shoppable views [configured by the application" + UsPilotSource + "]",
            Line(estimate, "Views on shoppable videos"));
    }

    [Theory]
    [InlineData(5_000L, 5, "us", 2_000L, null, UsPilotSource)]
    [InlineData(10_000L, 5, "US", 7_000L, null, "; capped by the pilot program as configured by the application (creators under 10,000 followers, 5 shoppable videos a week), assuming views spread evenly over the period's videos")]
    [InlineData(5_000L, 1, "US", 2_000L, null, "; capped by the pilot program as configured by the application (creators under 5,000 followers, 1 shoppable video a week), assuming views spread evenly over the period's videos")]
    [InlineData(5_000L, 3, "US", 2_000L, null, "; capped by the pilot program as configured by the application (creators under 5,000 followers, 3 shoppable videos a week), assuming views spread evenly over the period's videos")]
    [InlineData(1L, 5, "US", 0L, null, "; capped by the pilot program as configured by the application (creators under 1 follower, 5 shoppable videos a week), assuming views spread evenly over the period's videos")]
    [InlineData(5_000L, 5, "GB", 2_000L, "GB", "; capped by the pilot program as configured by the application (creators under 5,000 followers, 5 shoppable videos a week), assuming views spread evenly over the period's videos")]
    public void PilotCap_WithConfiguredNumbersOrOutsideTheUs_CitesTheConfiguredNumbers_NotTheUsPolicy(long pilotFollowers, int videosPerWeek, string region, long followers, string? pilotRegion, string pilotSource)
    {
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.ShoppableViewShare = new RangeOptions(0.5m, 0.5m, 0.5m);
            o.PilotProgramFollowers = pilotFollowers;
            o.PilotShoppableVideosPerWeek = videosPerWeek;
            if (pilotRegion is not null)
            {
                o.PilotProgramRegions = [pilotRegion];
            }
        }).Estimate(Affiliate(followers: followers, region: region, videos: 60));

        Assert.Equal("configured by the application" + pilotSource, estimate.Breakdown[0].Source);
    }

    [Fact]
    public void PilotProgramRegions_Null_ReadsAsEmpty_SoTheCapAppliesInEveryRegion()
    {
        // As documented for an empty list; the option checks accept null, so the model must not fail on it.
        var estimate = AffiliateServices.Model(o =>
        {
            ExactFunnel(o);
            o.ShoppableViewShare = new RangeOptions(0.5m, 0.5m, 0.5m);
            o.PilotProgramRegions = null!;
        }).Estimate(Affiliate(followers: 2_000, region: "GB", videos: 60));

        Assert.Equal(
            "Views on shoppable videos: 1000000 views × 0.3571428571428571428571428572 share of views = 357142.85714285714285714285720 shoppable views [configured by the application; capped by the pilot program as configured by the application (creators under 5,000 followers, 5 shoppable videos a week), assuming views spread evenly over the period's videos]",
            Line(estimate, "Views on shoppable videos"));
    }

    [Fact]
    public void Options_AClickThroughRateAboveOne_IsRefused_NamingThePathAndTheValue()
    {
        Assert.Equal([P + "ClickThroughRate:High is 1.5; it must be at most 1."], Failures(o => o.ClickThroughRate = new RangeOptions(0.01m, 0.02m, 1.5m)));
    }

    public static TheoryData<string, string> OutOfRangeOptions() => new()
    {
        { "ConversionRate", "ConversionRate:High is 1.5; it must be at most 1." },
        { "IncludedTaxRate", "IncludedTaxRate is 1.5; it must be from 0 to 1, or null to leave it out." },
        { "SellerCouponPerItem", "SellerCouponPerItem is -1; it must be from 0 to 1000000000, or null to leave it out." },
        { "RefundRate", "RefundRate is 1.5; it must be from 0 to 1, or null to leave it out." },
        { "RefundedShareOfPrice", "RefundedShareOfPrice is 1.5; it must be from 0 to 1, or null to leave it out." },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeOptions))]
    public void Options_EachOutOfRange_IsRefusedAlone_NamingThePathAndTheValue(string option, string failure)
    {
        // Every other option is valid (a list price for the paid-price options, a refund rate for the refunded share),
        // so the one failure is this option's: a value past its bound is never taken silently.
        Assert.Equal([P + failure], Failures(o =>
        {
            o.AverageListPrice = new RangeOptions(20m, 25m, 30m);
            o.RefundRate = 0.1m;
            switch (option)
            {
                case "ConversionRate": o.ConversionRate = new RangeOptions(0.01m, 0.02m, 1.5m); break;
                case "IncludedTaxRate": o.IncludedTaxRate = 1.5m; break;
                case "SellerCouponPerItem": o.SellerCouponPerItem = -1m; break;
                case "RefundRate": o.RefundRate = 1.5m; break;
                default: o.RefundedShareOfPrice = 1.5m; break;
            }
        }));
    }

    [Theory]
    [InlineData("DiscountShare")]
    [InlineData("PlatformCouponPerItem")]
    [InlineData("SellerCouponPerItem")]
    [InlineData("IncludedTaxRate")]
    public void Options_APaidPriceAdjustmentWithoutAListPrice_IsRefused_NamingTheAdjustment(string option)
    {
        Assert.Equal(
            [P + option + " is set but " + P + "AverageListPrice is null; it reduces the list price to the paid price, so set AverageListPrice (AverageItemPrice is already the paid price)."],
            Failures(o =>
            {
                switch (option)
                {
                    case "DiscountShare": o.DiscountShare = 0.1m; break;
                    case "PlatformCouponPerItem": o.PlatformCouponPerItem = 1m; break;
                    case "SellerCouponPerItem": o.SellerCouponPerItem = 1m; break;
                    default: o.IncludedTaxRate = 0.1m; break;
                }
            }));
    }

    [Fact]
    public void Options_WithoutANicheTableOrRegionalMinimums_AreValid_AndReadAsNone()
    {
        // AffiliateServices.Model validates the options at start, as an app does; it throws if anything is refused.
        var model = AffiliateServices.Model(o =>
        {
            o.CommissionRateByNiche = null!;
            o.MinimumFollowersByRegion = null!;
        });
        var plain = AffiliateServices.Model(o =>
        {
            o.CommissionRateByNiche = [];
            o.MinimumFollowersByRegion = [];
        });

        var creator = Affiliate(sales: Money.Usd(100m), followers: 0, region: "VN", niche: "beauty");
        Assert.Equal(plain.Estimate(creator).Range, model.Estimate(creator).Range);
    }

    [Fact]
    public void TheSalesLine_FromAListPrice_CitesThePaidPriceRule_NotTheItemPriceDefault()
    {
        var estimate = AffiliateServices.Model(o => o.AverageListPrice = new RangeOptions(20m, 25m, 30m)).Estimate(Affiliate());

        Assert.EndsWith("[" + AffiliateDefaults.PaidPriceSource + "]", Line(estimate, "Sales (price paid after discounts)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AnEmptyNicheKey_IsRefused_SayingWhatAKeyIs()
    {
        Assert.Equal([P + "CommissionRateByNiche has an empty key; keys are niche names such as 'beauty'."], Failures(o => o.CommissionRateByNiche[" "] = new RangeOptions(0.05m, 0.10m, 0.15m)));
    }

    [Fact]
    public void Options_ARegionalFollowerMinimumOfZero_IsAllowed_ANegativeOneIsRefused()
    {
        var model = AffiliateServices.Model(o => o.MinimumFollowersByRegion["VN"] = 0);

        Assert.True(model.Estimate(Affiliate(sales: Money.Usd(100m), followers: 0, region: "VN")).Eligibility.IsEligible);
        Assert.Equal([P + "MinimumFollowersByRegion:VN is -1; it must be zero or greater."], Failures(o => o.MinimumFollowersByRegion["VN"] = -1));
    }

    [Fact]
    public void Options_AListPriceOutOfOrder_IsRefused_NamingThePathAndTheValues()
    {
        Assert.Equal([P + "AverageListPrice is Low 30, Expected 20, High 40; it must satisfy Low <= Expected <= High."], Failures(o => o.AverageListPrice = new RangeOptions(30m, 20m, 40m)));
    }

    [Fact]
    public void EveryEntryPoint_RefusesANullSnapshot_NamingIt()
    {
        var model = AffiliateServices.Model();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => model.Estimate(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IExpectedRevenueModel)model).EstimateExpected(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IEligibilityRevenueModel)model).IsEligible(null!)).ParamName);
    }

    [Fact]
    public void AddAffiliate_RefusesNullArguments_NamingThem()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => AffiliateBuilderExtensions.AddAffiliate(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => AffiliateBuilderExtensions.AddAffiliate(null!, new ConfigurationBuilder().Build())).ParamName);
        var builder = new ServiceCollection().AddTikTokMonetization();
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddAffiliate((IConfiguration)null!)).ParamName);
    }
}
