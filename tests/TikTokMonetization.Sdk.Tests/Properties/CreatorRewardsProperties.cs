using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the Creator Rewards model: monotone in each driver, ordered for any valid options, exact eligibility boundaries.</summary>
public sealed class CreatorRewardsProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Rewards = CreatorRewardsServices.Model();
    private static readonly IRevenueModel Fund = CreatorRewardsServices.Fund();

    private static Property Monotone(Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        Prop.ForAll(CreatorRewardsArbitraries.Snapshot(), snapshot =>
        {
            var violation = RevenueModelContract.FindMonotonicityViolation(Rewards, snapshot, increase, driver)
                ?? RevenueModelContract.FindMonotonicityViolation(Fund, snapshot, increase, driver + " (Creator Fund)");
            return (violation is null).Label(violation ?? "ok");
        });

    private static CreatorSnapshot WithVideos(CreatorSnapshot s, Func<ShortVideoStats, ShortVideoStats> change) => s with { Videos = change(s.Videos) };

    private static double? Raise(double? fraction) => fraction is { } f ? Math.Min(1d, f + 0.13) : null;

    [Fact]
    public void Estimate_IsMonotonicInQualifiedViews() =>
        Monotone(s => WithVideos(s, v => v with { QualifiedViews = v.QualifiedViews + 25_000, Views = v.Views + 25_000 }), "qualified views").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInFinishRate() =>
        Monotone(s => WithVideos(s, v => v with { FinishRate = Raise(v.FinishRate) }), "finish rate").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInWatchTime() =>
        Monotone(s => WithVideos(s, v => v with { AverageWatchSeconds = v.AverageWatchSeconds + 7.5 }), "average watch seconds").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInSearchViewShare() =>
        Monotone(s => WithVideos(s, v => v with { SearchViewShare = Raise(v.SearchViewShare) }), "search view share").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInOriginalShare() =>
        Monotone(s => WithVideos(s, v => v with { OriginalShare = Raise(v.OriginalShare) }), "original share").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInLikes() =>
        Monotone(s => WithVideos(s, v => v with { Likes = v.Likes + 10_000 }), "likes").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInComments() =>
        Monotone(s => WithVideos(s, v => v with { Comments = v.Comments + 2_000 }), "comments").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInShares() =>
        Monotone(s => WithVideos(s, v => v with { Shares = v.Shares + 2_000 }), "shares").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInFollowers() =>
        Monotone(s => s with { Profile = s.Profile with { Followers = s.Profile.Followers + 1_000 } }, "followers").Check(Quick);

    [Fact]
    public void AnyValidOptions_KeepLowExpectedHighInOrder_AndTheFastPathExact() =>
        Prop.ForAll(CreatorRewardsArbitraries.Options(), CreatorRewardsArbitraries.Snapshot(), (options, snapshot) =>
            {
                var model = CreatorRewardsServices.Direct(options);
                var range = model.Estimate(snapshot).Range;
                var fast = ((IExpectedRevenueModel)model).EstimateExpected(snapshot);
                return range.Low.Amount >= 0m && range.Low <= range.Expected && range.Expected <= range.High && fast == range.Expected;
            })
            .Check(Quick);

    [Fact]
    public void Rpm_IsTheConfiguredRange_ScaledByTheMultipliers() =>
        Prop.ForAll(CreatorRewardsArbitraries.Options(), CreatorRewardsArbitraries.Snapshot(), (options, snapshot) =>
            {
                var lines = CreatorRewardsServices.Direct(options).Estimate(snapshot).Breakdown;
                var program = options.Program == CreatorRewardsProgram.CreatorFund ? options.CreatorFund : options.CreatorRewards;
                var country = lines.Single(l => l.Label == "Audience country multiplier").Rate.Expected;
                var niche = lines.Single(l => l.Label == "Niche multiplier");
                var rpm = niche.Amount;
                return rpm.Low == program.RpmLow * country * niche.Rate.Expected
                    && rpm.High == program.RpmHigh * country * niche.Rate.Expected
                    && rpm.Low <= rpm.Expected && rpm.Expected <= rpm.High;
            })
            .Check(Quick);

    [Fact]
    public void Contract_Holds_ForGeneratedCreators_InBothPrograms() =>
        Prop.ForAll(CreatorRewardsArbitraries.Snapshot(), snapshot =>
            {
                var violations = RevenueModelContract.FindViolations(Rewards, snapshot).Concat(RevenueModelContract.FindViolations(Fund, snapshot)).ToList();
                return (violations.Count == 0).Label(string.Join("; ", violations));
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true));

    [Fact]
    public void IneligibleCreators_PayZero_AndSayWhy() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), snapshot =>
            {
                var estimate = Rewards.Estimate(snapshot);
                return estimate.Eligibility.IsEligible
                    || (estimate.Range == MoneyRange.Zero(Currency.Usd) && estimate.Eligibility.UnmetRules.All(r => r.Reason.Length > 0) && estimate.Eligibility.UnmetRules.Any());
            })
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyTenThousandFollowers() =>
        Prop.ForAll(CreatorRewardsArbitraries.EligibleSnapshotGen().ToArbitrary(), Gen.Choose(9_000, 11_000).ToArbitrary(), (snapshot, followers) =>
            {
                var estimate = Rewards.Estimate(snapshot with { Profile = snapshot.Profile with { Followers = followers } });
                var rule = estimate.Eligibility.Rules.Single(r => r.Id == "min-followers");
                return estimate.Eligibility.IsEligible == (followers >= 10_000)
                    && rule.Shortfall == Math.Max(0, 10_000 - followers);
            })
            .Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsExactlyOneHundredThousandViews_ProratedToThePeriod() =>
        Prop.ForAll(CreatorRewardsArbitraries.EligibleSnapshotGen().ToArbitrary(), Gen.Choose(1, 366).ToArbitrary(), Gen.Choose(-2, 2).ToArbitrary(), (snapshot, days, offset) =>
            {
                var threshold = (long)Math.Ceiling(100_000m * days / 30m);
                var views = threshold + offset;
                var videos = snapshot.Videos with { Views = views, QualifiedViews = Math.Min(snapshot.Videos.QualifiedViews, views) };
                var changed = snapshot with { PeriodDays = days, Videos = videos, Live = new LiveStats() };
                return Rewards.Estimate(changed).Eligibility.IsEligible == (views >= threshold)
                    && Fund.Estimate(changed).Eligibility.IsEligible == (views >= threshold);
            })
            .Check(Quick);
}
