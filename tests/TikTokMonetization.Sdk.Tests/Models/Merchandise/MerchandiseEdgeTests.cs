using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The merchandise model at its edges: the words and numbers of the shipping, commission, clamped-profit, fixed-cost,
/// break-even and target-margin lines (a profit exactly equal to the fixed costs, a break-even that divides exactly,
/// an expected profit per order of 0, a target met exactly), which points were clamped, conversions that are and are
/// not needed, the option checks, null arguments and the registration from configuration.
/// </summary>
public sealed class MerchandiseEdgeTests
{
    private const string ShippingSource = "configured ShippingChargedPerOrder: TikTok Shop's referral fee charged on the shipping the customer pays";
    private const string FixedCostsSource = "snapshot (Merchandise.FixedCosts: design, samples, store subscription and other costs of the period)";
    private const string NetProfitSource = "profit of the orders less the fixed costs of the period; never below 0";
    private const string BreakEvenSource = "fixed costs ÷ expected profit per order, rounded up to whole orders: their profit covers the fixed costs";
    private const string TargetMarginSource = "configured TargetMargin: the affiliate rate that leaves the target after margin, referral fee and per-order fees, at the expected point";
    private const string ClampedSource = "the costs exceed the gross margin, so the SDK counts 0 profit per order rather than a loss (estimates are never negative)";
    private const string EcbSource = "European Central Bank euro foreign exchange reference rates of 2 June 2025";

    private static CreatorSnapshot Seller(long orders = 100, Money? orderValue = null, bool shop = false, Money? fixedCosts = null) => new()
    {
        Profile = new CreatorProfile { Followers = 20_000, Age = 30, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 10 },
        Merchandise = new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = orderValue, SellsThroughTikTokShop = shop, FixedCosts = fixedCosts },
    };

    /// <summary>A seller at a flat 50% margin who pays no per-order fee, so each line's numbers are easy to follow.</summary>
    private static void HalfMarginNoFee(MerchandiseOptions o)
    {
        o.GrossMargin = new RangeOptions(0.5m, 0.5m, 0.5m);
        o.PerOrderFee = new RangeOptions(0m, 0m, 0m);
    }

    private static string[] Lines(RevenueEstimate estimate) => estimate.Breakdown.Select(l => l.ToString()).ToArray();

    private static BreakdownLine Line(RevenueEstimate estimate, string label) => estimate.Breakdown.Single(l => l.Label == label);

    [Fact]
    public void ShippingReferralFee_InTheModelsOwnCurrency_IsNotCalledConverted()
    {
        var estimate = MerchandiseServices.Model(o =>
        {
            HalfMarginNoFee(o);
            o.ShopReferralFee = new RangeOptions(0.06m, 0.06m, 0.06m);
            o.ShippingChargedPerOrder = 5m;
        }).Estimate(Seller(orderValue: Money.Usd(25m), shop: true));

        Assert.Equal(
            "TikTok Shop referral fee on shipping charged per order: 5 USD per order of shipping charged × 0.06 share of the shipping charged = 0.30 USD per order [" + ShippingSource + "]",
            Line(estimate, "TikTok Shop referral fee on shipping charged per order").ToString());
    }

    [Fact]
    public void ShippingChargedInDollars_OnAEuroOrder_IsConvertedAtTheEngineRate_EvenWithoutAPerOrderFee()
    {
        // ECB 2 June 2025: EUR 1 = USD 1.1419, so US$5 of shipping is 5 ÷ 1.1419 EUR and the 6% fee is charged on that.
        var factor = 1m / 1.1419m;
        var estimate = MerchandiseServices.Model(o =>
        {
            HalfMarginNoFee(o);
            o.ShopReferralFee = new RangeOptions(0.06m, 0.06m, 0.06m);
            o.ShippingChargedPerOrder = 5m;
        }).Estimate(Seller(orderValue: new Money(20m, Currency.Eur), shop: true));

        var shipping = Line(estimate, "TikTok Shop referral fee on shipping charged per order");
        Assert.Equal((5m * factor, "EUR per order of shipping charged"), (shipping.Quantity.Expected, shipping.QuantityUnit));
        Assert.Equal(0.06m * 5m * factor, shipping.Amount.Expected, 20);
        Assert.Equal(FormattableString.Invariant($"{ShippingSource}; converted from USD to EUR at {factor} ({EcbSource})"), shipping.Source);
        Assert.Equal(Currency.Eur, estimate.Range.Currency);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label == "Per-order fee");
    }

    [Fact]
    public void NoShippingChargedAndNoPerOrderFee_NeedNoRate_EvenForACurrencyMissingFromTheTable()
    {
        var estimate = MerchandiseServices.Model(o =>
        {
            o.PerOrderFee = new RangeOptions(0m, 0m, 0m);
            o.ShippingChargedPerOrder = 0m;
        }).Estimate(Seller(orders: 10, orderValue: new Money(1_000m, Currency.Create("XAF", 0)), shop: true));

        Assert.Equal(
            "TikTok Shop referral fee on shipping charged per order: 0 XAF per order of shipping charged × 0.05..0.08 (expected 0.06) share of the shipping charged = 0.00 XAF per order [" + ShippingSource + "]",
            Line(estimate, "TikTok Shop referral fee on shipping charged per order").ToString());
    }

    [Fact]
    public void AffiliateCommissionLine_SaysWhatTheRateIs_AndCitesTheDefaultRate_BesideTheConfiguredShare()
    {
        // The line appears only when some orders come through affiliates, so the share is always configured; the
        // default commission rate keeps its source.
        var estimate = MerchandiseServices.Model(o => o.AffiliateOrderShare = new RangeOptions(0.5m, 0.5m, 0.5m))
            .Estimate(Seller(orderValue: Money.Usd(20m)));

        Assert.Equal(
            "Affiliate commission per order: 20 USD per order × 0.050..0.100 (expected 0.075) commission rate × share of orders via affiliates = 1.000..2.000 (expected 1.500) USD per order, expected × expected, with low and high combined as independent uncertainties [default: 10% / 15% / 20% commission (fashion and apparel, calculatecreator.com / earnfacts.com / hubfluence.io) on the share of orders via affiliates configured by the application]",
            Line(estimate, "Affiliate commission per order").ToString());
    }

    [Fact]
    public void MarkupLine_SaysHowAMarkupOnCostBecomesAMarginOnPrice()
    {
        var estimate = MerchandiseServices.Model(o => o.MarkupOnCost = 0.5m).Estimate(Seller());

        Assert.Equal(
            "Margin on price from a markup on cost: 0.5 markup on cost × 0.6666666666666666666666666667 1 ÷ (1 + markup) = 0.3333333333333333333333333334 margin on price [configured MarkupOnCost: margin on price = markup ÷ (1 + markup)]",
            Line(estimate, "Margin on price from a markup on cost").ToString());
    }

    [Fact]
    public void Options_AnAffiliateOrderShareAboveOne_IsRefused_NamingThePathAndTheValue()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => MerchandiseServices.Model(o => o.AffiliateOrderShare = new RangeOptions(0.5m, 0.5m, 1.5m)));

        Assert.Equal(["TikTokMonetization:Merchandise:AffiliateOrderShare:High is 1.5; it must be at most 1."], ex.Failures);
    }

    [Fact]
    public void AffiliateCommissionLine_WithAConfiguredRate_SaysItWasConfigured()
    {
        var estimate = MerchandiseServices.Model(o =>
        {
            o.AffiliateOrderShare = new RangeOptions(0.5m, 0.5m, 0.5m);
            o.AffiliateCommissionRate = new RangeOptions(0.10m, 0.15m, 0.25m);
        }).Estimate(Seller(orderValue: Money.Usd(20m)));

        var line = Line(estimate, "Affiliate commission per order");
        Assert.Equal(new ValueRange(0.05m, 0.075m, 0.125m), line.Rate);
        Assert.Equal("configured by the application", line.Source);
    }

    [Fact]
    public void CostsAboveTheMargin_AtTheLowPointOnly_NameOneEstimate_InTheSingular()
    {
        // A US$1 order through TikTok Shop at the defaults: low 1 × (0.30 − 0.08) − 0.30 = −0.08, clamped to 0;
        // expected 1 × (0.50 − 0.06) − 0.30 = 0.14; high 1 × (0.73 − 0.05) − 0 = 0.68.
        var estimate = MerchandiseServices.Model().Estimate(Seller(orders: 10, orderValue: Money.Usd(1m), shop: true));

        Assert.Equal(
            "Costs exceed the gross margin at the low estimate: profit per order clamped at 0: 0..0.68 (expected 0.14) USD per order × 1 kept = 0..0.68 (expected 0.14) USD per order [" + ClampedSource + "]",
            Line(estimate, "Costs exceed the gross margin at the low estimate: profit per order clamped at 0").ToString());
    }

    [Fact]
    public void CostsAboveTheMargin_AtTheExpectedAndHighPoints_LeaveOutTheLowPointThatWasNotClamped()
    {
        // Order values of 0 / 20 / 30 at a 5% margin less a 10% referral fee, no fee: low 0 × −0.05 = 0 is no loss;
        // expected 20 × −0.05 = −1 and high 30 × −0.05 = −1.5 are clamped.
        var estimate = MerchandiseServices.Model(o =>
        {
            o.AverageOrderValue = new RangeOptions(0m, 20m, 30m);
            o.GrossMargin = new RangeOptions(0.05m, 0.05m, 0.05m);
            o.ShopReferralFee = new RangeOptions(0.10m, 0.10m, 0.10m);
            o.PerOrderFee = new RangeOptions(0m, 0m, 0m);
        }).Estimate(Seller(orders: 10, shop: true));

        var clamped = Assert.Single(estimate.Breakdown, l => l.Label.StartsWith("Costs exceed", StringComparison.Ordinal));
        Assert.Equal("Costs exceed the gross margin at the expected, high estimates: profit per order clamped at 0", clamped.Label);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
    }

    [Fact]
    public void FixedCostsOfZero_InAnotherCurrency_AreShownUnconverted()
    {
        var estimate = MerchandiseServices.Model(HalfMarginNoFee).Estimate(Seller(orderValue: Money.Usd(20m), fixedCosts: new Money(0m, Currency.Eur)));

        Assert.Equal(
            "Fixed costs of the period: 1 period × 0 USD = 0 USD [" + FixedCostsSource + "]",
            Line(estimate, "Fixed costs of the period").ToString());
    }

    [Fact]
    public void FixedCostsEqualToTheOrdersProfit_LeaveZero_AndBreakEvenIsExactlyTheOrdersSold()
    {
        // 100 orders × (20 × 0.5) = 1,000 of profit against 1,000 of fixed costs: nothing left, and 1,000 ÷ 10 = 100
        // orders break even exactly (100 × 10 = 1,000 covers them; no 101st order is needed).
        var model = MerchandiseServices.Model(HalfMarginNoFee);
        var snapshot = Seller(orderValue: Money.Usd(20m), fixedCosts: Money.Usd(1_000m));

        var estimate = model.Estimate(snapshot);

        Assert.Equal(
            [
                "Fixed costs of the period: 1 period × 1000 USD = 1000 USD [" + FixedCostsSource + "]",
                "Merchandise profit after fixed costs: 1 period × 0 USD (profit of the orders less fixed costs of 1000, never below 0) = 0 USD [" + NetProfitSource + "]",
                "Break-even orders for the fixed costs (rounded up): 100 orders × 10.0 USD per order (expected profit) = 1000.0 USD [" + BreakEvenSource + "]",
            ],
            Lines(estimate)[^3..]);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.Equal(Money.Zero(Currency.Usd), ((IExpectedRevenueModel)model).EstimateExpected(snapshot));
    }

    [Fact]
    public void BreakEven_RoundsAPartOrderUp()
    {
        // 1,005 ÷ 10 = 100.5: 100 orders leave 5 uncovered, so 101 orders break even.
        var estimate = MerchandiseServices.Model(HalfMarginNoFee).Estimate(Seller(orderValue: Money.Usd(20m), fixedCosts: Money.Usd(1_005m)));

        Assert.Equal(
            "Break-even orders for the fixed costs (rounded up): 101 orders × 10.0 USD per order (expected profit) = 1010.0 USD [" + BreakEvenSource + "]",
            Lines(estimate)[^1]);
    }

    [Fact]
    public void BreakEven_WhenTheQuotientRoundsDownToAWholeNumber_StillCoversTheFixedCosts()
    {
        // 18,000,000,000 ÷ (20 − 10^-27) is 900,000,000 plus 4.5 × 10^-20, which decimal's 28 digits round down to
        // exactly 900,000,000; those orders fall 9 × 10^-19 short, so the 900,000,001st order is the break-even.
        var estimate = MerchandiseServices.Model(o =>
        {
            o.GrossMargin = new RangeOptions(1m, 1m, 1m);
            o.PerOrderFee = new RangeOptions(0.000000000000000000000000001m, 0.000000000000000000000000001m, 0.000000000000000000000000001m);
        }).Estimate(Seller(orders: 1, orderValue: Money.Usd(20m), fixedCosts: Money.Usd(18_000_000_000m)));

        var breakEven = Line(estimate, "Break-even orders for the fixed costs (rounded up)");
        var profitPerOrder = breakEven.Rate.Expected;
        Assert.Equal(19.999999999999999999999999999m, profitPerOrder);
        Assert.Equal(900_000_001m, breakEven.Quantity.Expected);
        Assert.True(breakEven.Amount.Expected >= 18_000_000_000m, $"the break-even orders' profit {breakEven.Amount.Expected} must cover the fixed costs");
        Assert.True(900_000_000m * profitPerOrder < 18_000_000_000m);
    }

    [Fact]
    public void NoBreakEven_WhenTheExpectedProfitPerOrderIsExactlyZero()
    {
        // Sold at cost (a 0% margin, no fee): every order earns exactly 0, so no number of orders covers fixed costs.
        var estimate = MerchandiseServices.Model(o =>
        {
            o.GrossMargin = new RangeOptions(0m, 0m, 0m);
            o.PerOrderFee = new RangeOptions(0m, 0m, 0m);
        }).Estimate(Seller(orderValue: Money.Usd(20m), fixedCosts: Money.Usd(100m)));

        var lines = Lines(estimate);
        Assert.Equal("No break-even: the expected profit per order is 0: 0 orders × 0 USD per order = 0 USD [" + BreakEvenSource + "]", lines[^1]);
        Assert.Equal("Merchandise profit after fixed costs", estimate.Breakdown[^2].Label);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.StartsWith("Break-even", StringComparison.Ordinal));
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
    }

    [Fact]
    public void TargetMargin_CountsTheReferralFeeOnShipping_AsAPerOrderFee()
    {
        // US$25 at 50%, 6% referral fee, US$0.30 fee and 6% of US$5 shipping = 0.30 more: fees 0.60 ÷ 25 = 0.024;
        // 0.50 − 0.06 − 0.024 − 0.20 = 0.216.
        var estimate = MerchandiseServices.Model(o =>
        {
            o.GrossMargin = new RangeOptions(0.5m, 0.5m, 0.5m);
            o.ShopReferralFee = new RangeOptions(0.06m, 0.06m, 0.06m);
            o.ShippingChargedPerOrder = 5m;
            o.TargetMargin = 0.20m;
        }).Estimate(Seller(orderValue: Money.Usd(25m), shop: true));

        Assert.Equal(
            "Highest affiliate commission rate that keeps the target margin: 1 affiliate order × 0.216 commission rate (margin 0.5 - referral fee 0.06 - per-order fees 0.6 USD per order ÷ 25 - target 0.2) = 0.216 commission rate [" + TargetMarginSource + "]",
            Lines(estimate)[^1]);
    }

    [Fact]
    public void TargetMargin_MetExactlyWithoutCommission_AllowsARateOfZero_RatherThanSayingItIsMissed()
    {
        var estimate = MerchandiseServices.Model(o =>
        {
            HalfMarginNoFee(o);
            o.TargetMargin = 0.5m;
        }).Estimate(Seller(orderValue: Money.Usd(20m)));

        Assert.Equal(
            "Highest affiliate commission rate that keeps the target margin: 1 affiliate order × 0.0 commission rate (margin 0.5 - referral fee 0 - per-order fees 0 USD per order ÷ 20 - target 0.5) = 0.0 commission rate [" + TargetMarginSource + "]",
            Lines(estimate)[^1]);
    }

    [Fact]
    public void TargetMargin_MissedEvenWithoutCommission_AddsOnlyTheLineThatSaysSo()
    {
        // US$15 at 50% with the US$0.30 fee (0.02 of the price): 0.50 − 0 − 0.02 − 0.90 is below 0.
        var estimate = MerchandiseServices.Model(o => o.TargetMargin = 0.9m).Estimate(Seller(orderValue: Money.Usd(15m)));

        Assert.Equal(
            [
                "Merchandise profit",
                "No affiliate rate keeps the target margin: it is missed even without commission",
            ],
            estimate.Breakdown.Skip(estimate.Breakdown.Count - 2).Select(l => l.Label));
        Assert.Equal(
            "No affiliate rate keeps the target margin: it is missed even without commission: 1 affiliate order × 0 commission rate (margin 0.5 - referral fee 0 - per-order fees 0.3 USD per order ÷ 15 - target 0.9) = 0 commission rate [" + TargetMarginSource + "]",
            Lines(estimate)[^1]);
    }

    [Fact]
    public void TargetMargin_OnOrdersWorthNothing_IsLeftOut_RatherThanDividingByZero()
    {
        var estimate = MerchandiseServices.Model(o => o.TargetMargin = 0.2m).Estimate(Seller(orderValue: Money.Usd(0m)));

        Assert.Equal("Merchandise profit", estimate.Breakdown[^1].Label);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.Contains("target margin", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryEntryPoint_RefusesANullSnapshot_NamingIt()
    {
        var model = MerchandiseServices.Model();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => model.Estimate(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IExpectedRevenueModel)model).EstimateExpected(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IEligibilityRevenueModel)model).IsEligible(null!)).ParamName);
    }

    [Fact]
    public void Options_AReferralFeeAboveOneOrOutOfOrder_IsRefused_NamingThePathAndTheValue()
    {
        var above = Assert.Throws<OptionsValidationException>(() => MerchandiseServices.Model(o => o.ShopReferralFee = new RangeOptions(0.05m, 0.06m, 1.5m)));
        var unordered = Assert.Throws<OptionsValidationException>(() => MerchandiseServices.Model(o => o.ShopReferralFee = new RangeOptions(0.08m, 0.06m, 0.05m)));

        Assert.Equal(["TikTokMonetization:Merchandise:ShopReferralFee:High is 1.5; it must be at most 1."], above.Failures);
        Assert.Equal(["TikTokMonetization:Merchandise:ShopReferralFee is Low 0.08, Expected 0.06, High 0.05; it must satisfy Low <= Expected <= High."], unordered.Failures);
    }

    [Fact]
    public void AddMerchandise_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["TikTokMonetization:Merchandise:GrossMargin:Low"] = "0.5",
                ["TikTokMonetization:Merchandise:GrossMargin:Expected"] = "0.5",
                ["TikTokMonetization:Merchandise:GrossMargin:High"] = "0.5",
                ["TikTokMonetization:Merchandise:PerOrderFee:Expected"] = "0",
                ["TikTokMonetization:Merchandise:PerOrderFee:High"] = "0",
            })
            .Build();
        using var provider = TestServices.Validated(s => s.AddTikTokMonetization().AddMerchandise(configuration.GetSection("TikTokMonetization:Merchandise")));

        var estimate = provider.Model("merchandise").Estimate(Seller(orderValue: Money.Usd(20m)));

        Assert.Equal(new MoneyRange(ValueRange.Exactly(1_000m), Currency.Usd), estimate.Range);
    }

    [Fact]
    public void AddMerchandise_RefusesNullArguments_NamingThem()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => MerchandiseBuilderExtensions.AddMerchandise(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => MerchandiseBuilderExtensions.AddMerchandise(null!, new ConfigurationBuilder().Build())).ParamName);
        var builder = new ServiceCollection().AddTikTokMonetization();
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddMerchandise((IConfiguration)null!)).ParamName);
    }
}
