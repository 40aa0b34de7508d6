using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the brand-deals model: monotone in each driver, the engagement multiplier bounded, ranges spanning the methods, zero when ineligible.</summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class BrandDealsProperties
{
    private static readonly IRevenueModel Model = BrandDealsTestServices.Model();
    private static readonly IRevenueModel PerThousandFollowersOnly = BrandDealsTestServices.Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers);
    private static readonly IRevenueModel ThreeVideos = BrandDealsTestServices.Model(o => o.MinimumVideosPosted = 3);

    // The built-in contract test covers the defaults; these variants exercise the other code paths.
    private static readonly IRevenueModel[] ConfiguredModels =
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

    private static Property Monotone(CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, snapshot, increase, driver);

    private static BrandDealInputs Deals(CreatorSnapshot s) => s.BrandDeals ?? new BrandDealInputs();

    /// <summary>One sponsored post and no observed price, so the estimate is the methods' price per post.</summary>
    private static CreatorSnapshot OnePostPriced(CreatorSnapshot s) => s with { BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = 1, MedianViewsPerVideo = s.BrandDeals?.MedianViewsPerVideo } };

    [Fact]
    public void DefaultModel_KeepsTheContract_ForTheSampleCreators() =>
        RevenueModelContract.Verify(Model, [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]);

    [Property(MaxTest = 100)]
    public Property ConfiguredModels_KeepTheContract_ForGeneratedCreators(CreatorSnapshot snapshot) =>
        ModelLaws.KeepTheContract(snapshot, ConfiguredModels);

    [Property]
    public Property Estimate_IsMonotonicInFollowers(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers");

    [Property]
    public Property Estimate_IsMonotonicInViews(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Videos = s.Videos with { Views = s.Videos.Views + 50_000 } }, "views");

    [Property]
    public Property Estimate_IsMonotonicInMedianViewsPerVideo(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { BrandDeals = Deals(s) with { MedianViewsPerVideo = Deals(s).MedianViewsPerVideo + 10_000 } }, "median views per video");

    [Property]
    public Property Estimate_IsMonotonicInLikes(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Videos = s.Videos with { Likes = s.Videos.Likes + 1_000 } }, "likes");

    [Property]
    public Property Estimate_IsMonotonicInComments(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Videos = s.Videos with { Comments = s.Videos.Comments + 100 } }, "comments");

    [Property]
    public Property Estimate_IsMonotonicInShares(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Videos = s.Videos with { Shares = s.Videos.Shares + 100 } }, "shares");

    [Property]
    public Property Estimate_IsMonotonicInSponsoredPostsPerPeriod(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { BrandDeals = Deals(s) with { SponsoredPostsPerPeriod = (Deals(s).SponsoredPostsPerPeriod ?? 1) + 1 } }, "sponsored posts per period");

    [Property]
    public Property Estimate_IsMonotonicInTheObservedPrice(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { BrandDeals = Deals(s) with { ObservedPricePerPost = Deals(s).ObservedPricePerPost + Money.Usd(100m) } }, "observed price per post");

    [Property]
    public bool EngagementMultiplier_BoundsThePerThousandFollowersPrice(CreatorSnapshot snapshot)
    {
        // $10 per 1,000 followers × a multiplier clamped to 0.6-2.2, whatever the engagement.
        var estimate = PerThousandFollowersOnly.Estimate(OnePostPriced(snapshot));
        var thousands = snapshot.Profile.Followers / 1000m;
        var expected = estimate.Range.Expected.Amount;
        return !estimate.Eligibility.IsEligible || (expected >= thousands * 10m * 0.6m && expected <= thousands * 10m * 2.2m);
    }

    [Property]
    public bool CombinedPricePerPost_SpansEveryMethod(CreatorSnapshot snapshot)
    {
        var estimate = Model.Estimate(OnePostPriced(snapshot));
        var combined = estimate.Breakdown.Single(l => l.Label == "Price per post (methods combined)").Amount;
        var methods = estimate.Breakdown.Where(l => l.Label.StartsWith("Method:", StringComparison.Ordinal)).Select(l => l.Amount).ToList();
        return methods.Count == 4
            && methods.All(m => combined.Low <= m.Low && m.High <= combined.High)
            && combined.Expected >= methods.Min(m => m.Expected)
            && combined.Expected <= methods.Max(m => m.Expected)
            && (!estimate.Eligibility.IsEligible || estimate.Range.Amounts == combined);
    }

    [Property]
    public bool IneligibleCreators_PayZero_AndSayWhy(CreatorSnapshot snapshot)
    {
        var estimate = Model.Estimate(snapshot);
        return estimate.Eligibility.IsEligible
            || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any(r => r.Reason.Length > 0));
    }

    [Property]
    public bool EligibilityBoundary_IsExactlyTheConfiguredFollowerMinimum(FollowerCount followers) =>
        Model.Estimate(BrandDealsTestServices.Creator(followers: followers.Value)).Eligibility.IsEligible == (followers.Value >= 1_000);

    [Property]
    public bool EligibilityBoundary_IsExactlyTheConfiguredVideoMinimum(VideoCount videos) =>
        Model.Estimate(BrandDealsTestServices.Creator(videos: videos.Value)).Eligibility.IsEligible == (videos.Value >= 1)
        && ThreeVideos.Estimate(BrandDealsTestServices.Creator(videos: videos.Value)).Eligibility.IsEligible == (videos.Value >= 3);
}
