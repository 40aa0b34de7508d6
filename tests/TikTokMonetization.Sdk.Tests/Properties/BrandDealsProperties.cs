using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the brand-deals model: monotone in each driver, the engagement multiplier bounded, ranges spanning the methods, zero when ineligible.</summary>
public sealed class BrandDealsProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Model = BrandDealsTestServices.Model();
    private static readonly IRevenueModel PerThousandFollowersOnly = BrandDealsTestServices.Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers);

    private static Property Monotone(Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, CreatorArbitraries.Snapshot(), increase, driver);

    private static BrandDealInputs Deals(CreatorSnapshot s) => s.BrandDeals ?? new BrandDealInputs();

    /// <summary>One sponsored post and no observed price, so the estimate is the methods' price per post.</summary>
    private static CreatorSnapshot OnePostPriced(CreatorSnapshot s) => s with { BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = 1, MedianViewsPerVideo = s.BrandDeals?.MedianViewsPerVideo } };

    [Fact]
    public void ConfiguredModels_KeepTheContract_ForGeneratedCreators()
    {
        // The built-in contract test covers the defaults; these variants exercise the other code paths.
        IRevenueModel[] models =
        [
            BrandDealsTestServices.Model(o =>
            {
                o.MinimumAge = 0;
                o.ContentType = "Campaign";
                o.UsageRightsPremium = new RangeOptions(0.5m, 1m, 2m);
                o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement | BrandDealPricingMethods.FollowerTiers;
            }),
            BrandDealsTestServices.Model(o => o.Currency = "EUR", e => e.EngagementInteractions = EngagementInteractions.All),
        ];
        RevenueModelContract.Verify(Model, [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]);
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                var violations = models.SelectMany(m => RevenueModelContract.FindViolations(m, snapshot)).ToList();
                return (violations.Count == 0).Label(string.Join("; ", violations));
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Estimate_IsMonotonicInFollowers() =>
        Monotone(s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInViews() =>
        Monotone(s => s with { Videos = s.Videos with { Views = s.Videos.Views + 50_000 } }, "views").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInMedianViewsPerVideo() =>
        Monotone(s => s with { BrandDeals = Deals(s) with { MedianViewsPerVideo = Deals(s).MedianViewsPerVideo + 10_000 } }, "median views per video").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInLikes() =>
        Monotone(s => s with { Videos = s.Videos with { Likes = s.Videos.Likes + 1_000 } }, "likes").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInComments() =>
        Monotone(s => s with { Videos = s.Videos with { Comments = s.Videos.Comments + 100 } }, "comments").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInShares() =>
        Monotone(s => s with { Videos = s.Videos with { Shares = s.Videos.Shares + 100 } }, "shares").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInSponsoredPostsPerPeriod() =>
        Monotone(s => s with { BrandDeals = Deals(s) with { SponsoredPostsPerPeriod = (Deals(s).SponsoredPostsPerPeriod ?? 1) + 1 } }, "sponsored posts per period").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInTheObservedPrice() =>
        Monotone(s => s with { BrandDeals = Deals(s) with { ObservedPricePerPost = Deals(s).ObservedPricePerPost + Money.Usd(100m) } }, "observed price per post").Check(Quick);

    [Fact]
    public void EngagementMultiplier_BoundsThePerThousandFollowersPrice() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                // $10 per 1,000 followers × a multiplier clamped to 0.6-2.2, whatever the engagement.
                var estimate = PerThousandFollowersOnly.Estimate(OnePostPriced(snapshot));
                var thousands = snapshot.Profile.Followers / 1000m;
                var expected = estimate.Range.Expected.Amount;
                return !estimate.Eligibility.IsEligible || (expected >= thousands * 10m * 0.6m && expected <= thousands * 10m * 2.2m);
            })
            .Check(Quick);

    [Fact]
    public void CombinedPricePerPost_SpansEveryMethod() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                var estimate = Model.Estimate(OnePostPriced(snapshot));
                var combined = estimate.Breakdown.Single(l => l.Label == "Price per post (methods combined)").Amount;
                var methods = estimate.Breakdown.Where(l => l.Label.StartsWith("Method:", StringComparison.Ordinal)).Select(l => l.Amount).ToList();
                return methods.Count == 4
                    && methods.All(m => combined.Low <= m.Low && m.High <= combined.High)
                    && combined.Expected >= methods.Min(m => m.Expected)
                    && combined.Expected <= methods.Max(m => m.Expected)
                    && (!estimate.Eligibility.IsEligible || estimate.Range.Amounts == combined);
            })
            .Check(Quick);

    [Fact]
    public void IneligibleCreators_PayZero_AndSayWhy() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                var estimate = Model.Estimate(snapshot);
                return estimate.Eligibility.IsEligible
                    || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any(r => r.Reason.Length > 0));
            })
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyTheConfiguredFollowerMinimum() =>
        Prop.ForAll(Gen.Choose(0, 3_000).ToArbitrary(), followers =>
                Model.Estimate(BrandDealsTestServices.Creator(followers: followers)).Eligibility.IsEligible == (followers >= 1_000))
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyTheConfiguredVideoMinimum()
    {
        var threeVideos = BrandDealsTestServices.Model(o => o.MinimumVideosPosted = 3);
        Prop.ForAll(Gen.Choose(0, 6).ToArbitrary(), videos =>
                Model.Estimate(BrandDealsTestServices.Creator(videos: videos)).Eligibility.IsEligible == (videos >= 1)
                && threeVideos.Estimate(BrandDealsTestServices.Creator(videos: videos)).Eligibility.IsEligible == (videos >= 3))
            .Check(Quick);
    }
}
