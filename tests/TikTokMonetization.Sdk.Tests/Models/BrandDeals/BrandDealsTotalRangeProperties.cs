using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The brand-deals estimate computes its range alone, and its breakdown computes every figure when first read: the two
/// must give the same amounts, digit for digit and scale included, or the breakdown would not add up to the estimate.
/// </summary>
public sealed class BrandDealsTotalRangeProperties
{
    private static readonly IRevenueModel[] Models =
    [
        BrandDealsTestServices.Model(),
        BrandDealsTestServices.Model(o => o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.FollowerTiers),
        BrandDealsTestServices.Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers),
        BrandDealsTestServices.Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers | BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement),
        BrandDealsTestServices.Model(o => o.EngagementBands = BrandDealsFidelityTests.Bands()),
        BrandDealsTestServices.Model(o =>
        {
            o.ContentType = "LongForm";
            o.UsageRightsPremium = new RangeOptions(0.10m, 0.20m, 0.30m);
            o.ExclusivityPremium = new RangeOptions(0m, 0.15m, 0.25m);
            o.NichePremiums = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["finance"] = 0.4m, ["gaming"] = 0.05m };
        }),
        BrandDealsTestServices.Model(o => o.UsageRightsPremium = new RangeOptions(0.0m, 0.00m, 0.000m)),
        BrandDealsTestServices.Model(o => o.Currency = "EUR"),
    ];

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public Property TheEstimatesRange_IsTheBreakdownsTotal_DigitForDigit(CreatorSnapshot snapshot) =>
        ModelLaws.RangeIsTheBreakdownsResult(snapshot, Models, e => e.Breakdown.Last(l => l.Label == "Sponsored posts in the period").Amount);

    [Fact]
    public void APremiumOfZeroWrittenWithDecimals_KeepsItsScale_InTheRangeAndTheBreakdown()
    {
        // 1 + 0.00 is 1.00, not 1: multiplying by it adds two decimal places, which the estimate must keep as the
        // breakdown does (skipping it as a factor of exactly 1 would drop them).
        var model = BrandDealsTestServices.Model(o => o.UsageRightsPremium = new RangeOptions(0.00m, 0.00m, 0.00m));
        var plain = BrandDealsTestServices.Model();
        var creator = BrandDealsTestServices.Creator();

        var scaled = model.Estimate(creator).Range.Expected.Amount;
        var unscaled = plain.Estimate(creator).Range.Expected.Amount;

        Assert.Equal(unscaled, scaled);
        Assert.Equal(Scale(unscaled) + 2, Scale(scaled));
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
