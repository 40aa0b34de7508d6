using FsCheck;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The LIVE gifts estimate computes its net range alone, and its breakdown computes every figure when first read: the
/// breakdown's cash line (less the agency's line, when there is one) must give the estimate, digit for digit and scale included.
/// </summary>
public sealed class LiveGiftsNetRangeProperties
{
    private static readonly IRevenueModel[] Models =
    [
        Model(null),
        Model(o => o.AgencyShare = 0.25m),
        Model(o => o.MaximumRetentionUplift = 0m),
        Model(o => o.AgencyShare = 0.1m, b => b.ConfigureRateCard(RateCardNames.Default, o => o.CashPerDiamond = new RangeOptions(0.004m, 0.005m, 0.0065m))),
    ];

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public Property TheEstimatesRange_IsTheBreakdownsNet_DigitForDigit(CreatorSnapshot snapshot) =>
        ModelLaws.RangeIsTheBreakdownsResult(snapshot, Models, Net);

    // The cash line, less the agency's line when there is one (the line is the cut negated, so its low is the highest cut).
    private static ValueRange Net(RevenueEstimate estimate)
    {
        var cash = estimate.Breakdown.Single(l => l.Label == "LIVE rewards (cash)").Amount;
        return estimate.Breakdown.SingleOrDefault(l => l.Label == "Agency share") is { } agency
            ? new ValueRange(cash.Low + agency.Amount.High, cash.Expected + agency.Amount.Expected, cash.High + agency.Amount.Low)
            : cash;
    }

    [Fact]
    public void TheRetentionFactor_ForAVanishingFractionOfAViewerHour_StaysWithinOnePlusTheUplift()
    {
        // 10^-20 viewer-hours: below 10^-9 the overflow guard's division runs, and with these likes the likes per
        // viewer-hour would pass decimal's range, so the factor is taken as likes / (likes + half × viewer-hours), which
        // stays just under 1 + the uplift (0.10). Skipping the guard here would throw instead of pricing.
        var creator = SampleCreators.MidTierUs with { Live = new LiveStats { Hours = 1e-10, AverageConcurrentViewers = 1e-10, Likes = long.MaxValue / 2 } };

        var estimate = Model(null).Estimate(creator);

        var factor = estimate.Breakdown.Single(l => l.Label == "Retention from LIVE likes").Rate.Expected;
        Assert.InRange(factor, 1.0999999m, 1.1m);
    }

    private static IRevenueModel Model(Action<LiveGiftsOptions>? configure, Action<ITikTokMonetizationBuilder>? builder = null)
    {
        var services = new ServiceCollection();
        var tiktok = services.AddTikTokMonetization().AddLiveGifts(configure ?? (_ => { }));
        builder?.Invoke(tiktok);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("live-gifts");
    }
}
