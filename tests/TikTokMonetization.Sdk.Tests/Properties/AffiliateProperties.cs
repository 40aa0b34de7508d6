using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the affiliate model: monotone in each driver, eligible exactly from 1,000 followers and 18 years, zero when ineligible.</summary>
[Properties(Arbitrary = [typeof(AffiliateArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class AffiliateProperties
{
    private static readonly IRevenueModel Model = AffiliateServices.Model();

    private static readonly IRevenueModel DearerItems = AffiliateServices.Model(o => o.AverageItemPrice = new RangeOptions(
        AffiliateDefaults.AverageItemPriceLow + 10m,
        AffiliateDefaults.AverageItemPriceExpected + 10m,
        AffiliateDefaults.AverageItemPriceHigh + 10m));

    private static Property Monotone(CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, snapshot, increase, driver);

    private static CreatorSnapshot Creator(long followers, int? age) => new()
    {
        Profile = new CreatorProfile { Followers = followers, Age = age, Region = "US" },
        Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(1_000m), CommissionRate = 0.1 },
    };

    [Property]
    public Property Estimate_IsMonotonicInViews(CreatorSnapshot affiliate) =>
        Monotone(affiliate, s => s with { Videos = s.Videos with { Views = s.Videos.Views + 25_000 } }, "views");

    [Property]
    public Property Estimate_IsMonotonicInObservedSales(CreatorSnapshot affiliate) =>
        Monotone(affiliate, s => s with { Affiliate = s.Affiliate! with { ObservedSales = s.Affiliate!.ObservedSales is { } v ? v + Money.Usd(100m) : null } }, "observed sales");

    [Property]
    public Property Estimate_IsMonotonicInTheCommissionRate(CreatorSnapshot affiliate) =>
        Monotone(affiliate, s => s with { Affiliate = s.Affiliate! with { CommissionRate = s.Affiliate!.CommissionRate is { } r ? Math.Min(1d, r + 0.05) : null } }, "commission rate");

    [Property]
    public Property Estimate_IsMonotonicInFollowers(CreatorSnapshot affiliate) =>
        Monotone(affiliate, s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers");

    [Property]
    public bool Estimate_IsMonotonicInTheItemPrice(CreatorSnapshot affiliate)
    {
        var before = Model.Estimate(affiliate).Range;
        var after = DearerItems.Estimate(affiliate).Range;
        return after.Low >= before.Low && after.Expected >= before.Expected && after.High >= before.High;
    }

    [Property]
    public bool EligibilityBoundary_IsExactlyOneThousandFollowers(FollowerCount followers) =>
        Model.Estimate(Creator(followers.Value, 30)).Eligibility.IsEligible == (followers.Value >= 1_000);

    [Property]
    public bool EligibilityBoundary_IsExactlyEighteenYearsOfAge(AgeInYears age) =>
        Model.Estimate(Creator(5_000, age.Value)).Eligibility.IsEligible == (age.Value >= 18);

    [Property]
    public bool IneligibleCreators_PayZero_AndSayWhy(CreatorSnapshot affiliate)
    {
        var estimate = Model.Estimate(affiliate);
        return estimate.Eligibility.IsEligible
            || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any());
    }

    [Property(Arbitrary = [typeof(EligibleAffiliateArbitraries)])]
    public Property EligibleAffiliates_KeepTheContract(CreatorSnapshot eligible)
    {
        var violations = ModelLaws.ContractViolations(eligible, Model);
        return (violations.Count == 0 && Model.Estimate(eligible).Eligibility.IsEligible).Label(string.Join("; ", violations));
    }

    [Property]
    public bool Likes_NeverChangeTheEstimate(CreatorSnapshot affiliate, ExtraLikes extra) =>
        Model.Estimate(affiliate with { Videos = affiliate.Videos with { Likes = affiliate.Videos.Likes + extra.Value } }).Range == Model.Estimate(affiliate).Range;
}
