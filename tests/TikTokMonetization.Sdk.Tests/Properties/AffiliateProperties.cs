using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the affiliate model: monotone in each driver, eligible exactly from 1,000 followers and 18 years, zero when ineligible.</summary>
public sealed class AffiliateProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Model = AffiliateServices.Model();

    private static readonly IRevenueModel DearerItems = AffiliateServices.Model(o => o.AverageItemPrice = new RangeOptions(
        AffiliateDefaults.AverageItemPriceLow + 10m,
        AffiliateDefaults.AverageItemPriceExpected + 10m,
        AffiliateDefaults.AverageItemPriceHigh + 10m));

    private static Property Monotone(Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, AffiliateArbitraries.Affiliates(), increase, driver);

    private static CreatorSnapshot Creator(long followers, int? age) => new()
    {
        Profile = new CreatorProfile { Followers = followers, Age = age, Region = "US" },
        Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(1_000m), CommissionRate = 0.1 },
    };

    [Fact]
    public void Estimate_IsMonotonicInViews() =>
        Monotone(s => s with { Videos = s.Videos with { Views = s.Videos.Views + 25_000 } }, "views").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInObservedSales() =>
        Monotone(s => s with { Affiliate = s.Affiliate! with { ObservedSales = s.Affiliate!.ObservedSales is { } v ? v + Money.Usd(100m) : null } }, "observed sales").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInTheCommissionRate() =>
        Monotone(s => s with { Affiliate = s.Affiliate! with { CommissionRate = s.Affiliate!.CommissionRate is { } r ? Math.Min(1d, r + 0.05) : null } }, "commission rate").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInFollowers() =>
        Monotone(s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInTheItemPrice() =>
        Prop.ForAll(AffiliateArbitraries.Affiliates(), snapshot =>
            {
                var before = Model.Estimate(snapshot).Range;
                var after = DearerItems.Estimate(snapshot).Range;
                return after.Low >= before.Low && after.Expected >= before.Expected && after.High >= before.High;
            })
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyOneThousandFollowers() =>
        Prop.ForAll(Gen.Choose(0, 3_000).ToArbitrary(), followers =>
                Model.Estimate(Creator(followers, 30)).Eligibility.IsEligible == (followers >= 1_000))
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyEighteenYearsOfAge() =>
        Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), age =>
                Model.Estimate(Creator(5_000, age)).Eligibility.IsEligible == (age >= 18))
            .Check(Quick);

    [Fact]
    public void IneligibleCreators_PayZero_AndSayWhy() =>
        Prop.ForAll(AffiliateArbitraries.Affiliates(), snapshot =>
            {
                var estimate = Model.Estimate(snapshot);
                return estimate.Eligibility.IsEligible
                    || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any());
            })
            .Check(Quick);

    [Fact]
    public void EligibleAffiliates_KeepTheContract() =>
        Prop.ForAll(AffiliateArbitraries.EligibleAffiliates(), snapshot =>
            {
                var violations = RevenueModelContract.FindViolations(Model, snapshot);
                return (violations.Count == 0 && Model.Estimate(snapshot).Eligibility.IsEligible).Label(string.Join("; ", violations));
            })
            .Check(Quick);

    [Fact]
    public void Likes_NeverChangeTheEstimate() =>
        Prop.ForAll(AffiliateArbitraries.Affiliates(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (snapshot, extra) =>
                Model.Estimate(snapshot with { Videos = snapshot.Videos with { Likes = snapshot.Videos.Likes + extra } }).Range == Model.Estimate(snapshot).Range)
            .Check(Quick);
}
