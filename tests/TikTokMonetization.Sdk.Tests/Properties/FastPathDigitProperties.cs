using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The fast paths skip products by a factor of exactly 1 (Creator Rewards' score weights, what subscriptions' fees leave,
/// an unlisted country or niche); each must still give its estimate's expected amount to the last digit and scale, under
/// options where the factor is 1 and where it only looks like it (1.0, 1.00 after a fee of 0.00, 0.1 after a fee of 0.9).
/// </summary>
public sealed class FastPathDigitProperties
{
    private static readonly IRevenueModel[] Models =
    [
        .. BuiltInModelContractTests.BuiltInModels,
        CreatorRewardsServices.Model(o => o.Scoring.EngagementWeight = 2m),
        CreatorRewardsServices.Model(o => o.Scoring.OriginalityWeight = 1.0m),
        CreatorRewardsServices.Model(o => o.Scoring.SearchValueWeight = 0.1m),
        CreatorRewardsServices.Model(o => o.NicheMultipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["comedy"] = 1.0m, ["gaming"] = 0.9m }),
        SubscriptionsModelTests.Model(o => o.FeesBeforeSplit = new(0.05m, 0.10m, 0.30m)),
        SubscriptionsModelTests.Model(o => o.FeesBeforeSplit = new(0.00m, 0.00m, 0.30m)),
        SubscriptionsModelTests.Model(o => o.FeesBeforeSplit = new(0.5m, 0.9m, 0.95m)),
    ];

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public Property EveryFastPath_GivesItsEstimatesExpectedAmount_DigitForDigit(CreatorSnapshot snapshot) =>
        ModelLaws.ExpectedIsTheEstimates(snapshot, Models);
}
