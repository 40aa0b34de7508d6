using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// Each option bound of the overflow budget (docs/input-limits.md): a value just past it fails at start-up with the
/// option's path, the value and what is allowed, every problem listed at once; the value at the bound and the defaults
/// are accepted (the overflow laws build a provider with every option at its bound).
/// </summary>
public sealed class OptionBoundsTests
{
    public static TheoryData<string, Action<ITikTokMonetizationBuilder>, string> JustPastTheBound => new()
    {
        { "coins per viewer-hour", b => b.AddLiveGifts(o => o.CoinsPerViewerHour = new RangeOptions(10, 50, 1_000.01m)), "TikTokMonetization:LiveGifts:CoinsPerViewerHour:High is 1000.01; it must be at most 1000" },
        { "likes per viewer-hour at half uplift", b => b.AddLiveGifts(o => o.LikesPerViewerHourAtHalfUplift = 1_000_000.5m), "TikTokMonetization:LiveGifts:LikesPerViewerHourAtHalfUplift is 1000000.5; it must be greater than 0 and at most 1,000,000" },
        { "cash per diamond", b => b.ConfigureRateCard(RateCardNames.Default, o => o.CashPerDiamond = new RangeOptions(0.005m, 0.005m, 1_000.5m)), "TikTokMonetization:RateCards:default:CashPerDiamond:High is 1000.5; it must be at most 1000" },
        { "diamonds per coin", b => b.ConfigureRateCard(RateCardNames.Default, o => o.DiamondsPerCoin = 10.5m), "TikTokMonetization:RateCards:default:DiamondsPerCoin is 10.5; it must be greater than 0 and at most 10" },
        { "rate per thousand followers", b => b.AddBrandDeals(o => o.RatePerThousandFollowers = new RangeOptions(8.5m, 10, 10_001)), "TikTokMonetization:BrandDeals:RatePerThousandFollowers:High is 10001; it must be at most 10000" },
        { "CPM", b => b.AddBrandDeals(o => o.CpmPerThousandViews = new RangeOptions(10, 15, 10_000.01m)), "TikTokMonetization:BrandDeals:CpmPerThousandViews:High is 10000.01; it must be at most 10000" },
        { "cost per engagement", b => b.AddBrandDeals(o => o.CostPerEngagement = new RangeOptions(0.05m, 0.125m, 10.01m)), "TikTokMonetization:BrandDeals:CostPerEngagement:High is 10.01; it must be at most 10" },
        { "content-type multiplier", b => b.AddBrandDeals(o => o.ContentTypeMultipliers["Campaign"] = 10.1m), "TikTokMonetization:BrandDeals:ContentTypeMultipliers:Campaign is 10.1; it must be greater than 0 and at most 10" },
        { "usage-rights premium", b => b.AddBrandDeals(o => o.UsageRightsPremium = new RangeOptions(0.5m, 1, 4.5m)), "TikTokMonetization:BrandDeals:UsageRightsPremium:High is 4.5; it must be at most 4" },
        { "a tier's price", b => b.AddBrandDeals(o => o.FollowerTiers["Mega"].Price = new RangeOptions(7_000, 7_000, 1_000_000_001)), "TikTokMonetization:BrandDeals:FollowerTiers:Mega:Price:High is 1000000001; it must be at most 1000000000" },
        { "average order value", b => b.AddMerchandise(o => o.AverageOrderValue = new RangeOptions(15, 25, 1_000_000_001)), "TikTokMonetization:Merchandise:AverageOrderValue:High is 1000000001; it must be at most 1000000000" },
        { "per-order fee", b => b.AddMerchandise(o => o.PerOrderFee = new RangeOptions(0, 0.3m, 1_000_000_001)), "TikTokMonetization:Merchandise:PerOrderFee:High is 1000000001; it must be at most 1000000000" },
        { "average item price", b => b.AddAffiliate(o => o.AverageItemPrice = new RangeOptions(20, 35, 1_000_000_001)), "TikTokMonetization:Affiliate:AverageItemPrice:High is 1000000001; it must be at most 1000000000" },
        { "monthly price", b => b.AddSubscriptions(o => o.MonthlyPrice = new RangeOptions(2.99m, 4.99m, 1_000_000_001)), "TikTokMonetization:Subscriptions:MonthlyPrice:High is 1000000001; it must be at most 1000000000" },
        { "views uplift", b => b.ConfigureReach(o => o.MaximumViewsUplift = 1.01m), "TikTokMonetization:Reach:MaximumViewsUplift is 1.01; it must be from 0 to 1" },
    };

    [Theory]
    [MemberData(nameof(JustPastTheBound))]
    public void OptionJustPastItsOverflowBound_FailsAtStart_NamingThePathTheValueAndTheBound(string option, Action<ITikTokMonetizationBuilder> configure, string expected)
    {
        using var provider = TestServices.Build(s => configure(s.AddTikTokMonetization()));

        var failures = TestServices.StartupFailures(provider);

        Assert.True(failures.Any(f => f.Contains(expected, StringComparison.Ordinal)), $"{option}: {string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public void OptionsPastTheirBounds_AreAllListedAtOnce()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(o =>
        {
            o.CostPerEngagement = new RangeOptions(0.05m, 0.125m, 11);
            o.ContentTypeMultipliers["Campaign"] = 11m;
            o.UsageRightsPremium = new RangeOptions(0, 1, 5);
        }));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains(failures, f => f.Contains("CostPerEngagement:High is 11", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ContentTypeMultipliers:Campaign is 11", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("UsageRightsPremium:High is 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_FitTheOverflowBounds()
    {
        using var provider = TestServices.BuiltIns();

        Assert.NotEmpty(provider.GetRequiredService<IRevenueEngine>().Models);
    }
}
