using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the LIVE gifts model: monotone in each driver, bounded in likes, zero when ineligible.</summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class LiveGiftsProperties
{
    private static readonly IRevenueModel Model = TestServices.LiveGifts();

    private static Property Monotone(CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, snapshot, increase, driver);

    [Property]
    public Property Estimate_IsMonotonicInObservedCoins(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Live = s.Live with { CoinsGifted = s.Live.CoinsGifted is { } c ? c + new Coins(500) : null } }, "observed coins gifted");

    [Property]
    public Property Estimate_IsMonotonicInLiveHours(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Live = s.Live with { Hours = s.Live.Hours + 1.5, Sessions = Math.Max(1, s.Live.Sessions) } }, "LIVE hours");

    [Property]
    public Property Estimate_IsMonotonicInConcurrentViewers(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Live = s.Live with { AverageConcurrentViewers = s.Live.AverageConcurrentViewers + 25 } }, "concurrent viewers");

    [Property]
    public Property Estimate_IsMonotonicInLiveLikes(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Live = s.Live with { Likes = s.Live.Likes + 1_000 } }, "LIVE likes");

    [Property]
    public Property Estimate_IsMonotonicInFollowers(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers");

    [Property(Arbitrary = [typeof(LiveEligibleCreatorArbitraries)])]
    public bool LikesNeverRaiseTheEstimateByMoreThanTheRetentionCap(CreatorSnapshot eligible, ExtraLikes extra)
    {
        var noLikes = Model.Estimate(eligible with { Live = eligible.Live with { Likes = 0 } }).Range.Expected.Amount;
        var withLikes = Model.Estimate(eligible with { Live = eligible.Live with { Likes = eligible.Live.Likes + extra.Value } }).Range.Expected.Amount;
        return withLikes >= noLikes && withLikes <= noLikes * 1.10m;
    }

    [Property]
    public bool IneligibleCreators_PayZero_AndSayWhy(CreatorSnapshot snapshot)
    {
        var estimate = Model.Estimate(snapshot);
        return estimate.Eligibility.IsEligible
            || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any());
    }

    [Property]
    public bool EligibilityBoundary_IsExactlyTheConfiguredFollowerMinimum(FollowerCount followers)
    {
        var snapshot = new CreatorSnapshot { Profile = new CreatorProfile { Followers = followers.Value, Age = 30, Region = "US" }, Live = new LiveStats { CoinsGifted = new Coins(100) } };
        return Model.Estimate(snapshot).Eligibility.IsEligible == (followers.Value >= 1_000);
    }
}
