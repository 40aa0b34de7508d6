using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the LIVE gifts model: monotone in each driver, bounded in likes, zero when ineligible.</summary>
public sealed class LiveGiftsProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Model = TestServices.LiveGifts();

    private static Property Monotone(Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, CreatorArbitraries.Snapshot(), increase, driver);

    [Fact]
    public void Estimate_IsMonotonicInObservedCoins() =>
        Monotone(s => s with { Live = s.Live with { CoinsGifted = s.Live.CoinsGifted is { } c ? c + new Coins(500) : null } }, "observed coins gifted").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInLiveHours() =>
        Monotone(s => s with { Live = s.Live with { Hours = s.Live.Hours + 1.5, Sessions = Math.Max(1, s.Live.Sessions) } }, "LIVE hours").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInConcurrentViewers() =>
        Monotone(s => s with { Live = s.Live with { AverageConcurrentViewers = s.Live.AverageConcurrentViewers + 25 } }, "concurrent viewers").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInLiveLikes() =>
        Monotone(s => s with { Live = s.Live with { Likes = s.Live.Likes + 1_000 } }, "LIVE likes").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInFollowers() =>
        Monotone(s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers").Check(Quick);

    [Fact]
    public void LikesNeverRaiseTheEstimateByMoreThanTheRetentionCap() =>
        Prop.ForAll(CreatorArbitraries.LiveEligibleSnapshot(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (snapshot, extraLikes) =>
            {
                var noLikes = Model.Estimate(snapshot with { Live = snapshot.Live with { Likes = 0 } }).Range.Expected.Amount;
                var withLikes = Model.Estimate(snapshot with { Live = snapshot.Live with { Likes = snapshot.Live.Likes + extraLikes } }).Range.Expected.Amount;
                return withLikes >= noLikes && withLikes <= noLikes * 1.10m;
            })
            .Check(Quick);

    [Fact]
    public void IneligibleCreators_PayZero_AndSayWhy() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                var estimate = Model.Estimate(snapshot);
                return estimate.Eligibility.IsEligible
                    || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.Any());
            })
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyTheConfiguredFollowerMinimum() =>
        Prop.ForAll(Gen.Choose(0, 3_000).ToArbitrary(), followers =>
            {
                var snapshot = new CreatorSnapshot { Profile = new CreatorProfile { Followers = followers, Age = 30, Region = "US" }, Live = new LiveStats { CoinsGifted = new Coins(100) } };
                return Model.Estimate(snapshot).Eligibility.IsEligible == (followers >= 1_000);
            })
            .Check(Quick);
}
