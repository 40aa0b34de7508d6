using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>New eligibility inputs of Creator Rewards: a snapshot, a per-video minimum, a watch-time minimum, an account-age minimum and a follower RPM term.</summary>
/// <param name="Snapshot">The creator, with a best video and an account age.</param>
/// <param name="PerVideo">The per-video minimum of qualified views.</param>
/// <param name="WatchSeconds">The minimum average watch time.</param>
/// <param name="AccountAgeDays">The minimum account age.</param>
/// <param name="RpmPerMillion">The follower term, US$ per million followers.</param>
public sealed record RewardsRules(CreatorSnapshot Snapshot, long PerVideo, decimal WatchSeconds, int AccountAgeDays, decimal RpmPerMillion);

/// <summary>Registers <see cref="RewardsRules"/>, built on the project's creator generator.</summary>
public static class RewardsRulesArbitraries
{
    /// <summary>Creators of every kind with a best video within their qualified views and an account age, and minimums around them.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RewardsRules> Rules() =>
        (from snapshot in CreatorArbitraries.SnapshotGen()
         from bestPermille in Gen.Choose(0, 1000)
         from accountAge in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 3_000).Select(d => (int?)d))
         from perVideo in Gen.Choose(0, 5_000)
         from watch in Gen.Choose(0, 300)
         from minimumAge in Gen.Choose(0, 400)
         from rpm in Gen.Choose(0, 1_000)
         let best = snapshot.Videos.QualifiedViews * bestPermille / 1000
         select new RewardsRules(
             snapshot with
             {
                 Videos = snapshot.Videos with { BestVideoQualifiedViews = best },
                 Profile = snapshot.Profile with { AccountAgeDays = accountAge },
             },
             perVideo,
             watch / 10m,
             minimumAge,
             rpm / 100m)).ToArbitrary();
}

/// <summary>Laws of the new Creator Rewards inputs (issue 16).</summary>
[Properties(Arbitrary = [typeof(RewardsRulesArbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public sealed class CreatorRewardsFidelityProperties
{
    private static readonly IRevenueModel Today = CreatorRewardsServices.Model();

    private static readonly IRevenueModel WithTheRpmTerm = CreatorRewardsServices.Model(o => o.CreatorRewards.RpmPerMillionFollowers = 0.5m);

    [Property]
    public Property EveryBreakdownLine_ReadsAsTrueArithmetic_WithTheFollowerTerm(RewardsRules rules) =>
        ModelLaws.BreakdownReadsAsArithmetic(WithTheRpmTerm.Estimate(rules.Snapshot))
            .And(ModelLaws.BreakdownReadsAsArithmetic(Today.Estimate(rules.Snapshot)));

    [Property]
    public bool APerVideoMinimum_NeverMakesAnIneligibleCreatorEligible(RewardsRules rules)
    {
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumQualifiedViewsPerVideo = rules.PerVideo);

        return !model.Estimate(rules.Snapshot).Eligibility.IsEligible || Today.Estimate(rules.Snapshot).Eligibility.IsEligible;
    }

    [Property]
    public bool WatchTimeAndAccountAgeMinimums_NeverMakeAnIneligibleCreatorEligible_NorRaisePay(RewardsRules rules)
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.CreatorRewards.MinimumAverageWatchSeconds = rules.WatchSeconds;
            o.CreatorRewards.MinimumAccountAgeDays = rules.AccountAgeDays;
        });
        var with = model.Estimate(rules.Snapshot);
        var without = Today.Estimate(rules.Snapshot);

        return (!with.Eligibility.IsEligible || without.Eligibility.IsEligible)
            && with.Range.High.Amount <= without.Range.High.Amount
            && ((IExpectedRevenueModel)model).EstimateExpected(rules.Snapshot).Amount == with.Range.Expected.Amount;
    }

    [Property]
    public bool TheFollowerTerm_NeverLowersPay_AndMatchesTheFastPath(RewardsRules rules)
    {
        var before = Today.Estimate(rules.Snapshot).Range;
        var after = WithTheRpmTerm.Estimate(rules.Snapshot).Range;

        return after.Low.Amount >= before.Low.Amount && after.Expected.Amount >= before.Expected.Amount && after.High.Amount >= before.High.Amount
            && ((IExpectedRevenueModel)WithTheRpmTerm).EstimateExpected(rules.Snapshot).Amount == after.Expected.Amount;
    }
}
