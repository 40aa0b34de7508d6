using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Tests;

/// <summary>
/// Every built-in model configured with each option at the bound that makes its estimate largest (docs/input-limits.md,
/// "Why no model can overflow"), every eligibility rule open, models priced in euros and reported in rupiah through an
/// exchange-rate table at its widest allowed spread (10^6), so that the engine's conversion multiplies most.
/// </summary>
internal static class OptionsAtTheirBounds
{
    /// <summary>The documented worst case of one stream, in its own currency before conversion.</summary>
    public const decimal StreamBudget = InputLimits.MaxStreamAmount;

    public const decimal Price = InputLimits.MaxOptionPrice;
    public const decimal CoinsPerViewerHour = InputLimits.MaxCoinsPerViewerHour;
    public const decimal DiamondsPerCoin = InputLimits.MaxDiamondsPerCoin;
    public const decimal CashPerDiamond = InputLimits.MaxCashPerDiamond;
    public const decimal RatePerThousand = InputLimits.MaxRatePerThousand;
    public const decimal CostPerEngagement = InputLimits.MaxCostPerEngagement;
    public const decimal ContentTypeMultiplier = InputLimits.MaxContentTypeMultiplier;
    public const decimal UsageRightsPremium = InputLimits.MaxUsageRightsPremium;
    public const decimal EngagementMultiplier = 100m;
    public const decimal ViewsUplift = InputLimits.MaxViewsUplift;

    /// <summary>
    /// A provider with every option at its bound. With <paramref name="tinyExpected"/>, every range instead runs from 0
    /// through the smallest positive expected value to its bound, the widest spread the log-space ranges can meet.
    /// </summary>
    public static ServiceProvider Provider(bool tinyExpected) =>
        TestServices.BuiltIns(
            b => b
                .ConfigureRateCard(RateCardNames.Default, o =>
                {
                    o.Currency = "EUR";
                    o.DiamondsPerCoin = DiamondsPerCoin;
                    o.CashPerDiamond = Range(CashPerDiamond, tinyExpected);
                })
                .ConfigureReach(o =>
                {
                    o.MaximumViewsUplift = ViewsUplift;
                    o.EngagementRateAtHalfUplift = 0.000001m;
                    o.LikeWeight = 1000m;
                    o.LiveElasticity = 1m;
                })
                .AddLiveGifts(o =>
                {
                    o.CoinsPerViewerHour = Range(CoinsPerViewerHour, tinyExpected);
                    o.MaximumRetentionUplift = 1m;
                    o.LikesPerViewerHourAtHalfUplift = tinyExpected ? InputLimits.MaxLikesPerViewerHourAtHalfUplift : 0.000001m;
                    o.MinimumFollowers = 0;
                    o.MinimumAge = 0;
                })
                .AddMerchandise(o =>
                {
                    o.Currency = "EUR";
                    o.ProductViewShare = Range(1m, tinyExpected);
                    o.ClickThroughRate = Range(1m, tinyExpected);
                    o.ConversionRate = Range(1m, tinyExpected);
                    o.AverageOrderValue = Range(Price, tinyExpected);
                    o.GrossMargin = Range(1m, tinyExpected);
                    o.PerOrderFee = tinyExpected ? new RangeOptions(0m, 0.0000001m, Price) : new RangeOptions();
                    o.ShopReferralFee = new RangeOptions();
                    o.AffiliateCommissionRate = new RangeOptions();
                })
                .AddAffiliate(o =>
                {
                    o.Currency = "EUR";
                    o.ShoppableViewShare = Range(1m, tinyExpected);
                    o.ClickThroughRate = Range(1m, tinyExpected);
                    o.ConversionRate = Range(1m, tinyExpected);
                    o.AverageItemPrice = Range(Price, tinyExpected);
                    o.CommissionRate = Range(0.8m, tinyExpected);
                    o.CommissionRateByNiche.Clear();
                    o.MinimumFollowers = 0;
                    o.MinimumAge = 0;
                    o.PilotProgramFollowers = 0;
                    o.AvailableRegions.Clear();
                })
                .AddBrandDeals(o =>
                {
                    o.Currency = "EUR";
                    o.RatePerThousandFollowers = Range(RatePerThousand, tinyExpected);
                    o.CpmPerThousandViews = Range(RatePerThousand, tinyExpected);
                    o.CostPerEngagement = Range(CostPerEngagement, tinyExpected);
                    o.ReferenceEngagementRate = 0.000001m;
                    o.MinimumEngagementMultiplier = EngagementMultiplier;
                    o.MaximumEngagementMultiplier = EngagementMultiplier;
                    o.FollowerTiers = new Dictionary<string, BrandDealTierOptions> { ["All"] = new(0, Range(Price, tinyExpected)) };
                    o.ContentTypeMultipliers["Video"] = ContentTypeMultiplier;
                    o.UsageRightsPremium = Range(UsageRightsPremium, tinyExpected);
                    o.DefaultSponsoredPostsPer30Days = 1_000m;
                    o.MinimumAge = 0;
                    o.MinimumFollowers = 0;
                })
                .AddCreatorRewards(o =>
                {
                    o.CreatorRewards.RpmLow = tinyExpected ? 0m : 1_000m;
                    o.CreatorRewards.RpmHigh = 1_000m;
                    o.CreatorRewards.MinimumFollowers = 0;
                    o.CreatorRewards.MinimumViewsIn30Days = 0;
                    o.CreatorRewards.MinimumLongVideos = 0;
                    o.CreatorRewards.MinimumAge = 0;
                    o.CountryMultipliers["US"] = 100m;
                    o.NicheMultipliers["finance"] = 100m;
                })
                .AddSubscriptions(o =>
                {
                    o.MonthlyPrice = Range(Price, tinyExpected);
                    o.CreatorShare = Range(1m, tinyExpected);
                    o.FeesBeforeSplit = new RangeOptions();
                    o.MinimumFollowers = 0;
                    o.MinimumViewsPer30Days = 0;
                    o.LiveMinimumFollowers = 0;
                    o.MinimumAge = 0;
                    o.AvailableRegions.Clear();
                }),
            engine: o =>
            {
                o.ReportingCurrency = "IDR";
                o.ExchangeRates.BaseCurrency = "EUR";
                o.ExchangeRates.Rates = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["EUR"] = 1m, ["USD"] = 1.1419m, ["IDR"] = 1_000_000m };
            });

    private static RangeOptions Range(decimal bound, bool tinyExpected) =>
        tinyExpected ? new RangeOptions(0m, 0.0000000000000000000000000001m, bound) : new RangeOptions(bound, bound, bound);
}
