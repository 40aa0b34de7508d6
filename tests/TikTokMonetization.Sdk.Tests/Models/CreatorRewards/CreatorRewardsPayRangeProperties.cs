using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The Creator Rewards estimate computes its pay range alone, and its breakdown computes every figure when first read:
/// the breakdown's pay line must give the estimate, digit for digit and scale included.
/// </summary>
public sealed class CreatorRewardsPayRangeProperties
{
    private static readonly IRevenueModel[] Models =
    [
        CreatorRewardsServices.Model(),
        CreatorRewardsServices.Fund(),
        CreatorRewardsServices.Model(o =>
        {
            o.CreatorRewards.RpmPerMillionFollowers = 0.10m;
            o.NicheMultipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["comedy"] = 1.25m, ["finance"] = 1.0m, ["gaming"] = 0.9m };
        }),
        CreatorRewardsServices.Model(o => o.CountryMultipliers = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["US"] = 1m, ["DE"] = 1.00m, ["JP"] = 0.5m }),

        // Weights of 1 are skipped only when exactly 1 with no decimal places: 2, 1.0 and 0.1 are multiplied.
        CreatorRewardsServices.Model(o => o.Scoring.EngagementWeight = 2m),
        CreatorRewardsServices.Model(o => o.Scoring.OriginalityWeight = 1.0m),
        CreatorRewardsServices.Model(o => o.Scoring.SearchValueWeight = 0.1m),
    ];

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public Property TheEstimatesRange_IsTheBreakdownsPay_DigitForDigit(CreatorSnapshot snapshot) =>
        ModelLaws.RangeIsTheBreakdownsResult(
            snapshot,
            Models,
            e => e.Breakdown.Single(l => l.Label.StartsWith("Creator Rewards (", StringComparison.Ordinal) || l.Label.StartsWith("Creator Fund (", StringComparison.Ordinal)).Amount);
}
