using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the merchandise model: monotone in each driver, never negative even when costs exceed the margin, deaf to likes.</summary>
public sealed class MerchandiseProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Model = MerchandiseServices.Model();

    // Costs well above the margin: 2% margin, a US$5 fee and every order paying 20% to affiliates.
    private static readonly IRevenueModel Costly = MerchandiseServices.Model(o =>
    {
        o.GrossMargin = new RangeOptions(0.02m, 0.02m, 0.02m);
        o.PerOrderFee = new RangeOptions(5m, 5m, 5m);
        o.AffiliateOrderShare = new RangeOptions(1m, 1m, 1m);
    });

    private static Property Monotone(IRevenueModel model, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(model, MerchandiseArbitraries.Sellers(), increase, driver);

    private static CreatorSnapshot MoreViews(CreatorSnapshot s) => s with { Videos = s.Videos with { Views = s.Videos.Views + 25_000 } };

    private static CreatorSnapshot MoreOrders(CreatorSnapshot s) =>
        s with { Merchandise = s.Merchandise! with { ObservedOrders = s.Merchandise!.ObservedOrders + 7 } };

    private static CreatorSnapshot HigherOrderValue(CreatorSnapshot s) =>
        s with { Merchandise = s.Merchandise! with { AverageOrderValue = s.Merchandise!.AverageOrderValue is { } v ? v + Money.Usd(1.50m) : null } };

    [Fact]
    public void Estimate_IsMonotonicInViews() => Monotone(Model, MoreViews, "views").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInObservedOrders() => Monotone(Model, MoreOrders, "observed orders").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInAverageOrderValue() => Monotone(Model, HigherOrderValue, "average order value").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInEachDriver_EvenWhenCostsExceedTheMargin()
    {
        Monotone(Costly, MoreViews, "views").Check(Quick);
        Monotone(Costly, MoreOrders, "observed orders").Check(Quick);
        Monotone(Costly, HigherOrderValue, "average order value").Check(Quick);
    }

    [Fact]
    public void Estimate_IsNeverNegative_AndKeepsTheContract_WhenCostsExceedTheMargin() =>
        Prop.ForAll(MerchandiseArbitraries.Sellers(), snapshot =>
            {
                var estimate = Costly.Estimate(snapshot);
                var clampedLine = estimate.Breakdown.Any(l => l.Label.StartsWith("Costs exceed", StringComparison.Ordinal));
                var violations = RevenueModelContract.FindViolations(Costly, snapshot);
                return (estimate.Range.Low.Amount >= 0m && clampedLine && violations.Count == 0).Label(string.Join("; ", violations));
            })
            .Check(Quick);

    [Fact]
    public void Likes_NeverChangeTheEstimate() =>
        Prop.ForAll(MerchandiseArbitraries.Sellers(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (snapshot, extra) =>
                Model.Estimate(snapshot with { Videos = snapshot.Videos with { Likes = snapshot.Videos.Likes + extra } }).Range == Model.Estimate(snapshot).Range)
            .Check(Quick);

    [Fact]
    public void WithoutMerchandiseFacts_TheEstimateIsZero() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
                Model.Estimate(snapshot with { Merchandise = null }).Range == MoneyRange.Zero(Currency.Usd))
            .Check(Quick);
}
