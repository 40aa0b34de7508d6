using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>Fixed costs and break-even, markup on cost beside margin on price, referral fee on shipping, a target margin (issue 16).</summary>
public sealed class MerchandisePricingTests
{
    private static CreatorSnapshot Seller(long orders = 100, decimal orderValue = 15m, bool shop = false, Money? fixedCosts = null) => new()
    {
        Profile = new CreatorProfile { Followers = 20_000, Age = 30, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 10 },
        Merchandise = new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = Money.Usd(orderValue), SellsThroughTikTokShop = shop, FixedCosts = fixedCosts },
    };

    private static void NoFee(MerchandiseOptions o) => o.PerOrderFee = new RangeOptions(0m, 0m, 0m);

    private static decimal Fast(IRevenueModel model, CreatorSnapshot snapshot) => ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount;

    private static BreakdownLine Line(RevenueEstimate estimate, string label) => estimate.Breakdown.Single(l => l.Label == label);

    [Fact]
    public void WorkedExample_PrintedThreads_CheapTee_ATwoHundredPercentMarkup_IsATwoThirdsMargin()
    {
        // printedthreads.com (domain facts §5.4): a cheap tee costs US$5 and sells for US$15, US$10 profit: a 200% markup
        // on cost, and 10 ÷ 15 = 66.7% margin on price. 100 orders × US$10 = US$1,000.
        var model = MerchandiseServices.Model(o =>
        {
            NoFee(o);
            o.MarkupOnCost = 2m;
        });

        var estimate = model.Estimate(Seller());

        Assert.Equal(1_000m, decimal.Round(estimate.Range.Expected.Amount, 20));
        Assert.True(estimate.Range.Amounts.IsExact);
        Assert.Equal(estimate.Range.Expected.Amount, Fast(model, Seller()));
        var margin = Line(estimate, "Margin on price from a markup on cost");
        Assert.Equal((2m, "markup on cost", "margin on price"), (margin.Quantity.Expected, margin.QuantityUnit, margin.AmountUnit));
        Assert.Equal(margin.Quantity.Expected * margin.Rate.Expected, margin.Amount.Expected);
        Assert.Equal(0.66666666666666666667m, decimal.Round(margin.Amount.Expected, 20));
        Assert.Contains("from the markup on cost", Line(estimate, "Gross margin per order").RateUnit, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkedExample_PrintedThreads_PremiumTee_MarkupGivesTheSameProfit_AsTheMarginItImplies()
    {
        // Premium tee: cost US$8, price US$30, US$22 profit: a 275% markup (22 ÷ 8) and a 73.3% margin (22 ÷ 30).
        var byMarkup = MerchandiseServices.Model(o =>
        {
            NoFee(o);
            o.MarkupOnCost = 2.75m;
        });

        var estimate = byMarkup.Estimate(Seller(orders: 1, orderValue: 30m));

        Assert.Equal(22m, decimal.Round(estimate.Range.Expected.Amount, 20));
    }

    [Fact]
    public void AFiftyPercentMarkup_IsAThirtyThreePercentMargin_AndTheBreakdownSaysWhichWasUsed()
    {
        var byMarkup = MerchandiseServices.Model(o => o.MarkupOnCost = 0.5m).Estimate(Seller());
        var byMargin = MerchandiseServices.Model().Estimate(Seller());

        Assert.Equal(0.33333333333333333333m, decimal.Round(Line(byMarkup, "Margin on price from a markup on cost").Amount.Expected, 20));
        Assert.DoesNotContain(byMargin.Breakdown, l => l.Label.Contains("markup", StringComparison.Ordinal));
        Assert.Equal("share of the order value", Line(byMargin, "Gross margin per order").RateUnit);
    }

    [Fact]
    public void WorkedExample_FixedCosts_AreSubtracted_AndImplyTheBreakEvenOrders()
    {
        // Design, samples and a store subscription: US$405 for the period. At US$10 profit per order (a US$20 tee at a
        // 50% margin, cashflowtip.com's "US$10 on a US$20 shirt", domain facts §5.4), 405 ÷ 10 = 40.5, so 41 orders
        // break even (41 × 10 = 410 >= 405). 100 orders: 1,000 - 405 = 595.
        var model = MerchandiseServices.Model(o =>
        {
            NoFee(o);
            o.GrossMargin = new RangeOptions(0.5m, 0.5m, 0.5m);
        });
        var snapshot = Seller(orderValue: 20m, fixedCosts: Money.Usd(405m));

        var estimate = model.Estimate(snapshot);

        Assert.Equal(new ValueRange(595m, 595m, 595m), estimate.Range.Amounts);
        Assert.Equal(595m, Fast(model, snapshot));
        var breakEven = Line(estimate, "Break-even orders for the fixed costs (rounded up)");
        Assert.Equal((41m, 10m, 410m), (breakEven.Quantity.Expected, breakEven.Rate.Expected, breakEven.Amount.Expected));
        Assert.Equal(405m, Line(estimate, "Fixed costs of the period").Amount.Expected);
        Assert.Equal(1_000m, Line(estimate, "Merchandise profit").Amount.Expected);
        Assert.Equal(595m, Line(estimate, "Merchandise profit after fixed costs").Amount.Expected);
    }

    [Fact]
    public void FixedCostsAboveTheProfit_GiveZero_NeverALoss()
    {
        var model = MerchandiseServices.Model(NoFee);
        var snapshot = Seller(orders: 10, fixedCosts: Money.Usd(1_000_000m));

        var estimate = model.Estimate(snapshot);

        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        Assert.Equal(0m, Fast(model, snapshot));
    }

    [Fact]
    public void FixedCosts_InAnotherCurrency_AreConvertedWithTheEnginesTable()
    {
        // ECB 2 June 2025: 1 EUR = 1.1419 USD. EUR 100 of fixed costs = US$114.19.
        var model = MerchandiseServices.Model(o =>
        {
            NoFee(o);
            o.GrossMargin = new RangeOptions(0.5m, 0.5m, 0.5m);
        });

        var estimate = model.Estimate(Seller(orderValue: 20m, fixedCosts: new Money(100m, Currency.Eur)));

        Assert.Equal(1_000m - 114.19m, estimate.Range.Expected.Amount);
        Assert.Contains("converted to USD at 1.1419", Line(estimate, "Fixed costs of the period").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkedExample_ReferralFeeOnShipping_IsACostOfEachShopOrder()
    {
        // US$25 order through TikTok Shop, US$5 shipping charged to the customer, 6% referral fee on both (TikTok Seller
        // University, referral fee updates 2024: 6% per order): 25 × (0.50 - 0.06) - 5 × 0.06 = 11 - 0.30 = 10.70 × 100.
        var model = MerchandiseServices.Model(o =>
        {
            NoFee(o);
            o.GrossMargin = new RangeOptions(0.5m, 0.5m, 0.5m);
            o.ShopReferralFee = new RangeOptions(0.06m, 0.06m, 0.06m);
            o.ShippingChargedPerOrder = 5m;
        });

        var estimate = model.Estimate(Seller(orderValue: 25m, shop: true));

        Assert.Equal(1_070m, estimate.Range.Expected.Amount);
        Assert.Equal(1_070m, Fast(model, Seller(orderValue: 25m, shop: true)));
        var shipping = Line(estimate, "TikTok Shop referral fee on shipping charged per order");
        Assert.Equal((5m, 0.06m, 0.30m), (shipping.Quantity.Expected, shipping.Rate.Expected, shipping.Amount.Expected));
    }

    [Fact]
    public void ShippingCharged_OffTikTokShop_ChangesNothing()
    {
        var model = MerchandiseServices.Model(o => o.ShippingChargedPerOrder = 5m);

        var estimate = model.Estimate(Seller(orderValue: 25m));

        Assert.Equal(MerchandiseServices.Model().Estimate(Seller(orderValue: 25m)).Range, estimate.Range);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.Contains("shipping", StringComparison.Ordinal));
    }

    [Fact]
    public void WorkedExample_TargetMargin_GivesTheHighestAffiliateRateThatKeepsIt()
    {
        // US$25 at 50% margin, 6% referral fee, US$0.30 fee (1.2% of 25), 20% target: 0.50 - 0.06 - 0.012 - 0.20 = 22.8%.
        var model = MerchandiseServices.Model(o => o.TargetMargin = 0.20m);

        var estimate = model.Estimate(Seller(orderValue: 25m, shop: true));

        var line = Line(estimate, "Highest affiliate commission rate that keeps the target margin");
        Assert.Equal(0.228m, line.Amount.Expected);
        Assert.Equal(MerchandiseServices.Model().Estimate(Seller(orderValue: 25m, shop: true)).Range, estimate.Range);
    }

    [Fact]
    public void ATargetAboveTheMargin_SaysNoAffiliateRateKeepsIt()
    {
        var estimate = MerchandiseServices.Model(o => o.TargetMargin = 0.9m).Estimate(Seller());

        Assert.Equal(0m, Line(estimate, "No affiliate rate keeps the target margin: it is missed even without commission").Amount.Expected);
    }

    [Fact]
    public void Options_NameEachProblem_AndAMarkupWithAChangedMarginIsRefused()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddMerchandise(o =>
        {
            o.MarkupOnCost = -0.5m;
            o.GrossMargin = new RangeOptions(0.2m, 0.3m, 0.4m);
            o.ShippingChargedPerOrder = -1m;
            o.TargetMargin = 1.2m;
        }));

        var failures = TestServices.StartupFailures(provider);

        const string P = "TikTokMonetization:Merchandise:";
        Assert.Contains(failures, f => f.Contains(P + "MarkupOnCost is -0.5; it must be from 0 to 100", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "MarkupOnCost is -0.5 and " + P + "GrossMargin is changed too; a markup is on cost and a margin on price", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "ShippingChargedPerOrder is -1; it must be from 0 to", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "TargetMargin is 1.2; it must be from 0 to 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_NegativeFixedCosts_AreAProblemNamingTheField()
    {
        var problem = Assert.Single(Seller(fixedCosts: Money.Usd(-1m)).Validate());

        Assert.Equal(("Merchandise.FixedCosts", "zero or greater"), (problem.Path, problem.Allowed));
    }

    [Fact]
    public void CreatorJson_ReadsTheFixedCosts()
    {
        var snapshot = CreatorSnapshotJson.Deserialize("""{ "merchandise": { "observedOrders": 10, "fixedCosts": "USD 405" } }""");

        Assert.Equal(Money.Usd(405m), snapshot.Merchandise!.FixedCosts);
        Assert.Equal(snapshot, CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(snapshot)));
    }
}
