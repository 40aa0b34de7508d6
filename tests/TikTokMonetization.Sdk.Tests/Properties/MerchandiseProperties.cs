using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the merchandise model: monotone in each driver, never negative even when costs exceed the margin, deaf to likes.</summary>
[Properties(Arbitrary = [typeof(MerchandiseArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class MerchandiseProperties
{
    private static readonly IRevenueModel Model = MerchandiseServices.Model();

    // Costs well above the margin: 2% margin, a US$5 fee and every order paying 20% to affiliates.
    private static readonly IRevenueModel Costly = MerchandiseServices.Model(o =>
    {
        o.GrossMargin = new RangeOptions(0.02m, 0.02m, 0.02m);
        o.PerOrderFee = new RangeOptions(5m, 5m, 5m);
        o.AffiliateOrderShare = new RangeOptions(1m, 1m, 1m);
    });

    private static CreatorSnapshot MoreViews(CreatorSnapshot s) => s with { Videos = s.Videos with { Views = s.Videos.Views + 25_000 } };

    private static CreatorSnapshot MoreOrders(CreatorSnapshot s) =>
        s with { Merchandise = s.Merchandise! with { ObservedOrders = s.Merchandise!.ObservedOrders + 7 } };

    private static CreatorSnapshot HigherOrderValue(CreatorSnapshot s) =>
        s with { Merchandise = s.Merchandise! with { AverageOrderValue = s.Merchandise!.AverageOrderValue is { } v ? v + Money.Usd(1.50m) : null } };

    [Property]
    public Property Estimate_IsMonotonicInViews(CreatorSnapshot seller) => ModelLaws.Monotone(Model, seller, MoreViews, "views");

    [Property]
    public Property Estimate_IsMonotonicInObservedOrders(CreatorSnapshot seller) => ModelLaws.Monotone(Model, seller, MoreOrders, "observed orders");

    [Property]
    public Property Estimate_IsMonotonicInAverageOrderValue(CreatorSnapshot seller) => ModelLaws.Monotone(Model, seller, HigherOrderValue, "average order value");

    [Property]
    public Property Estimate_IsMonotonicInEachDriver_EvenWhenCostsExceedTheMargin(CreatorSnapshot seller) =>
        ModelLaws.Monotone(Costly, seller, MoreViews, "views")
            .And(ModelLaws.Monotone(Costly, seller, MoreOrders, "observed orders"))
            .And(ModelLaws.Monotone(Costly, seller, HigherOrderValue, "average order value"));

    [Property]
    public Property Estimate_IsNeverNegative_AndKeepsTheContract_WhenCostsExceedTheMargin(CreatorSnapshot seller)
    {
        var estimate = Costly.Estimate(seller);
        var clampedLine = estimate.Breakdown.Any(l => l.Label.StartsWith("Costs exceed", StringComparison.Ordinal));
        var violations = ModelLaws.ContractViolations(seller, Costly);
        return (estimate.Range.Low.Amount >= 0m && clampedLine && violations.Count == 0).Label(string.Join("; ", violations));
    }

    [Property]
    public bool Likes_NeverChangeTheEstimate(CreatorSnapshot seller, ExtraLikes extra) =>
        Model.Estimate(seller with { Videos = seller.Videos with { Likes = seller.Videos.Likes + extra.Value } }).Range == Model.Estimate(seller).Range;

    [Property(Arbitrary = [typeof(CreatorArbitraries)])]
    public bool WithoutMerchandiseFacts_TheEstimateIsZero(CreatorSnapshot snapshot) =>
        Model.Estimate(snapshot with { Merchandise = null }).Range == MoneyRange.Zero(Currency.Usd);
}
