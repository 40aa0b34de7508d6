using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>What is taken off a sale before commission: generated in whole per-mille steps so the arithmetic stays exact.</summary>
/// <param name="ListPrice">The list price per item, US$.</param>
/// <param name="Discount">The coupon share.</param>
/// <param name="Tax">The included tax rate.</param>
/// <param name="Cancellation">The cancellation rate.</param>
/// <param name="Refunds">The refund rate.</param>
/// <param name="RefundedShare">The refunded share of a refunded order's price.</param>
/// <param name="Rate">The standard commission rate.</param>
public sealed record SaleTerms(decimal ListPrice, decimal Discount, decimal Tax, decimal Cancellation, decimal Refunds, decimal RefundedShare, decimal Rate)
{
    /// <summary>The buyer's paid price net of tax, the commission base per item.</summary>
    public decimal PaidPrice => ListPrice * (1m - Discount) / (1m + Tax);
}

/// <summary>Registers <see cref="SaleTerms"/>.</summary>
public static class SaleTermsArbitraries
{
    private static Gen<decimal> Share(int max) => Gen.Choose(0, max).Select(p => p / 1000m);

    /// <summary>Sale terms over their whole allowed span.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SaleTerms> Terms() =>
        (from list in Gen.Choose(1, 500)
         from discount in Share(1000)
         from tax in Share(300)
         from cancellation in Share(1000)
         from refunds in Share(1000)
         from refunded in Share(1000)
         from rate in Share(800)
         select new SaleTerms(list, discount, tax, cancellation, refunds, refunded, rate)).ToArbitrary();
}

/// <summary>Laws of the paid-price commission base, the refunds and Shop Ads (issue 16).</summary>
[Properties(Arbitrary = [typeof(SaleTermsArbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public sealed class AffiliatePaidPriceProperties
{
    private const long Views = 2_000_000;

    private static CreatorSnapshot Creator(decimal rate, double? adsRate = null, double? adsShare = null, Money? sales = null) => new()
    {
        Profile = new CreatorProfile { Followers = 10_000, Age = 25, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 30, Views = Views },
        Affiliate = new AffiliateInputs { CommissionRate = (double)rate, ObservedSales = sales, ShopAdsCommissionRate = adsRate, ShopAdsOrderShare = adsShare },
    };

    private static IRevenueModel Model(SaleTerms t, decimal? refunds = null) => AffiliateServices.Model(o =>
    {
        o.AverageListPrice = new RangeOptions(t.ListPrice, t.ListPrice, t.ListPrice * 2m);
        o.DiscountShare = t.Discount;
        o.IncludedTaxRate = t.Tax;
        o.CancellationRate = t.Cancellation;
        o.RefundRate = refunds ?? t.Refunds;
        o.RefundedShareOfPrice = t.RefundedShare;
    });

    [Property]
    public Property EveryBreakdownLine_ReadsAsTrueArithmetic_WithEverySaleTerm_AndShopAds(SaleTerms terms) =>
        ModelLaws.BreakdownReadsAsArithmetic(Model(terms).Estimate(Creator(terms.Rate, adsRate: 0.08, adsShare: 0.3)))
            .And(ModelLaws.BreakdownReadsAsArithmetic(Model(terms).Estimate(Creator(terms.Rate, sales: Money.Usd(1_234.56m)))));

    [Property]
    public bool Commission_NeverExceeds_TheRateTimesThePaidPrice_OfTheEstimatedOrders(SaleTerms terms)
    {
        // Expected orders at the default funnel: views × 25% × 1.5% × 2.5%.
        var orders = Views * 0.25m * 0.015m * 0.025m;
        var estimate = Model(terms).Estimate(Creator(terms.Rate));

        // The model divides by (1 + tax) as a factor, the bound divides directly: allow decimal's last-digit rounding.
        return estimate.Range.Expected.Amount <= (terms.Rate * orders * terms.PaidPrice) + 0.000000000001m;
    }

    [Property]
    public bool MoreRefunds_NeverRaiseCommission(SaleTerms terms, byte more)
    {
        var higher = Math.Min(1m, terms.Refunds + (more / 255m));
        var before = Model(terms).Estimate(Creator(terms.Rate)).Range;
        var after = Model(terms, higher).Estimate(Creator(terms.Rate)).Range;

        return after.Low.Amount <= before.Low.Amount && after.Expected.Amount <= before.Expected.Amount && after.High.Amount <= before.High.Amount;
    }

    [Property]
    public bool TheFastPath_IsTheFullEstimatesExpectedPoint(SaleTerms terms)
    {
        var model = Model(terms);
        var snapshot = Creator(terms.Rate, 0.05, (double)terms.Discount);

        return ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount == model.Estimate(snapshot).Range.Expected.Amount;
    }

    [Property]
    public bool ShopAdsCommission_LiesBetween_TheTwoRatesTimesTheSales(SaleTerms terms)
    {
        // Blending two rates over shares of one sales figure: never below the smaller rate's commission, never above the larger's.
        var adsRate = terms.Tax;
        var sales = terms.ListPrice * 10m;
        var commission = AffiliateServices.Model().Estimate(Creator(terms.Rate, (double)adsRate, (double)terms.Discount, Money.Usd(sales))).Range.Expected.Amount;

        return commission >= Math.Min(terms.Rate, adsRate) * sales && commission <= Math.Max(terms.Rate, adsRate) * sales;
    }
}
