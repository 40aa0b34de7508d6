using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the Creator Rewards model: monotone in each driver, ordered for any valid options, exact eligibility boundaries.</summary>
[Properties(Arbitrary = [typeof(CreatorRewardsArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class CreatorRewardsProperties
{
    private static readonly IRevenueModel Rewards = CreatorRewardsServices.Model();
    private static readonly IRevenueModel Fund = CreatorRewardsServices.Fund();

    private static Property Monotone(CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver)
    {
        var violation = RevenueModelContract.FindMonotonicityViolation(Rewards, snapshot, increase, driver)
            ?? RevenueModelContract.FindMonotonicityViolation(Fund, snapshot, increase, driver + " (Creator Fund)");
        return (violation is null).Label(violation ?? "ok");
    }

    private static CreatorSnapshot WithVideos(CreatorSnapshot s, Func<ShortVideoStats, ShortVideoStats> change) => s with { Videos = change(s.Videos) };

    private static double? Raise(double? fraction) => fraction is { } f ? Math.Min(1d, f + 0.13) : null;

    [Property]
    public Property Estimate_IsMonotonicInQualifiedViews(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { QualifiedViews = v.QualifiedViews + 25_000, Views = v.Views + 25_000 }), "qualified views");

    [Property]
    public Property Estimate_IsMonotonicInFinishRate(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { FinishRate = Raise(v.FinishRate) }), "finish rate");

    [Property]
    public Property Estimate_IsMonotonicInWatchTime(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { AverageWatchSeconds = v.AverageWatchSeconds + 7.5 }), "average watch seconds");

    [Property]
    public Property Estimate_IsMonotonicInSearchViewShare(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { SearchViewShare = Raise(v.SearchViewShare) }), "search view share");

    [Property]
    public Property Estimate_IsMonotonicInOriginalShare(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { OriginalShare = Raise(v.OriginalShare) }), "original share");

    [Property]
    public Property Estimate_IsMonotonicInLikes(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { Likes = v.Likes + 10_000 }), "likes");

    [Property]
    public Property Estimate_IsMonotonicInComments(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { Comments = v.Comments + 2_000 }), "comments");

    [Property]
    public Property Estimate_IsMonotonicInShares(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => WithVideos(s, v => v with { Shares = v.Shares + 2_000 }), "shares");

    [Property]
    public Property Estimate_IsMonotonicInFollowers(CreatorSnapshot snapshot) =>
        Monotone(snapshot, s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers");

    [Property]
    public bool AnyValidOptions_KeepLowExpectedHighInOrder_AndTheFastPathExact(CreatorRewardsOptions options, CreatorSnapshot snapshot)
    {
        var model = CreatorRewardsServices.Direct(options);
        var range = model.Estimate(snapshot).Range;
        var fast = ((IExpectedRevenueModel)model).EstimateExpected(snapshot);
        return range.Low.Amount >= 0m && range.Low <= range.Expected && range.Expected <= range.High && fast == range.Expected;
    }

    [Property]
    public bool Rpm_IsTheConfiguredRange_ScaledByTheMultipliers(CreatorRewardsOptions options, CreatorSnapshot snapshot)
    {
        var lines = CreatorRewardsServices.Direct(options).Estimate(snapshot).Breakdown;
        var program = options.Program == CreatorRewardsProgram.CreatorFund ? options.CreatorFund : options.CreatorRewards;
        var country = lines.Single(l => l.Label == "Audience country multiplier").Rate.Expected;
        var niche = lines.Single(l => l.Label == "Niche multiplier");
        var rpm = niche.Amount;
        return rpm.Low == program.RpmLow * country * niche.Rate.Expected
            && rpm.High == program.RpmHigh * country * niche.Rate.Expected
            && rpm.Low <= rpm.Expected && rpm.Expected <= rpm.High;
    }

    [Property(MaxTest = 100)]
    public Property Contract_Holds_ForGeneratedCreators_InBothPrograms(CreatorSnapshot snapshot) =>
        ModelLaws.KeepTheContract(snapshot, Rewards, Fund);

    [Property(Arbitrary = [typeof(CreatorArbitraries)])]
    public bool IneligibleCreators_PayZero_AndSayWhy(CreatorSnapshot snapshot)
    {
        var estimate = Rewards.Estimate(snapshot);
        return estimate.Eligibility.IsEligible
            || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.All(r => r.Reason.Length > 0) && estimate.Eligibility.UnmetRules.Any());
    }

    [Property(Arbitrary = [typeof(EligibleRewardsCreatorArbitraries)])]
    public bool EligibilityBoundary_IsExactlyTenThousandFollowers(CreatorSnapshot eligible, FollowerCount followers)
    {
        var estimate = Rewards.Estimate(eligible with { Profile = eligible.Profile with { Followers = followers.Value } });
        var rule = estimate.Eligibility.Rules.Single(r => r.Id == "min-followers");
        return estimate.Eligibility.IsEligible == (followers.Value >= 10_000)
            && rule.Shortfall == Math.Max(0, 10_000 - followers.Value);
    }

    [Property(Arbitrary = [typeof(EligibleRewardsCreatorArbitraries)])]
    public bool EligibilityBoundary_IsExactlyOneHundredThousandViews_ProratedToThePeriod(CreatorSnapshot eligible, PeriodLength period, ThresholdOffset offset)
    {
        var days = period.Days;
        var threshold = (long)Math.Ceiling(100_000m * days / 30m);
        var views = threshold + offset.Value;
        var videos = eligible.Videos with { Views = views, QualifiedViews = Math.Min(eligible.Videos.QualifiedViews, views) };
        var changed = eligible with { PeriodDays = days, Videos = videos, Live = new LiveStats() };
        return Rewards.Estimate(changed).Eligibility.IsEligible == (views >= threshold)
            && Fund.Estimate(changed).Eligibility.IsEligible == (views >= threshold);
    }
}
