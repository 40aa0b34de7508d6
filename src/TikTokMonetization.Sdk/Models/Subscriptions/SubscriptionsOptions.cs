using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Subscriptions;

/// <summary>
/// Options of the subscriptions model (TikTok Subscription, formerly LIVE Subscription): the price when the snapshot
/// does not give one, the creator's share, fees deducted before the split, and the eligibility rules. Every default is
/// documented with its source in <c>docs/models/subscriptions.md</c>.
/// </summary>
/// <remarks>Bind from the <c>TikTokMonetization:Subscriptions</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</remarks>
public sealed class SubscriptionsOptions
{
    /// <summary>Gets or sets the monthly price subscribers pay when the snapshot gives none, in US dollars.</summary>
    /// <value>From 0 to 10^9 (a price; see docs/input-limits.md). The default value is Low 2.99, Expected 4.99, High 5.99: "LIVE Subscriptions start at $2.99 monthly, some creators charge $5.99" (Mashable re-post, Sep 2024); creators compared the 2022 launch to Twitch's $4.99.</value>
    [ValidateObjectMembers]
    public RangeOptions MonthlyPrice { get; set; } = new(SubscriptionsDefaults.PriceLow, SubscriptionsDefaults.PriceExpected, SubscriptionsDefaults.PriceHigh);

    /// <summary>Gets or sets the creator's share of subscription revenue after fees.</summary>
    /// <value>From 0 to 1. The default value is Low 0.70, Expected 0.70, High 0.90: a 70% base share after fees, up to 90% with bonuses (Tubefilter, 29 October 2025).</value>
    [ValidateObjectMembers]
    public RangeOptions CreatorShare { get; set; } = new(SubscriptionsDefaults.ShareLow, SubscriptionsDefaults.ShareExpected, SubscriptionsDefaults.ShareHigh);

    /// <summary>Gets or sets the share of the price taken by fees before the creator's share applies.</summary>
    /// <value>From 0 to 1. The default value is Low 0, Expected 0, High 0.30: TikTok says "after fees" without naming them; web purchases carry none of the app stores' 30%. The low estimate uses the high fee.</value>
    [ValidateObjectMembers]
    public RangeOptions FeesBeforeSplit { get; set; } = new(SubscriptionsDefaults.FeesLow, SubscriptionsDefaults.FeesExpected, SubscriptionsDefaults.FeesHigh);

    /// <summary>Gets or sets the minimum age to offer subscriptions.</summary>
    /// <value>0 to 130. The default value is 18 (TikTok newsroom, May 2022 and September 2024).</value>
    [Range(0, 130)]
    public int MinimumAge { get; set; } = SubscriptionsDefaults.MinimumAge;

    /// <summary>Gets or sets minimum ages that differ by region (ISO 3166-1 alpha-2 code to age).</summary>
    /// <value>The default value is <c>KR</c> = 19, as for TikTok's other monetization programs.</value>
    public Dictionary<string, int> MinimumAgeByRegion { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["KR"] = 19 };

    /// <summary>Gets or sets the minimum followers for creators who do not go LIVE (the non-LIVE Subscription path).</summary>
    /// <value>Zero or greater. The default value is 10,000 (TikTok newsroom, 23 September 2024).</value>
    [Range(0L, long.MaxValue)]
    public long MinimumFollowers { get; set; } = SubscriptionsDefaults.MinimumFollowers;

    /// <summary>Gets or sets the minimum video views in the past 30 days on the non-LIVE path (prorated to the snapshot's period).</summary>
    /// <value>Zero or greater. The default value is 100,000 (TikTok newsroom, 23 September 2024).</value>
    [Range(0L, long.MaxValue)]
    public long MinimumViewsPer30Days { get; set; } = SubscriptionsDefaults.MinimumViewsPer30Days;

    /// <summary>Gets or sets the minimum followers for creators who go LIVE in the period (the LIVE Subscription path, LIVE eligibility).</summary>
    /// <value>Zero or greater. The default value is 1,000 (TikTok newsroom, May 2022: LIVE Subscription for creators 18+ with 1,000 followers).</value>
    [Range(0L, long.MaxValue)]
    public long LiveMinimumFollowers { get; set; } = SubscriptionsDefaults.LiveMinimumFollowers;

    /// <summary>Gets or sets the regions (ISO 3166-1 alpha-2) where Subscription is available; empty means no restriction.</summary>
    /// <value>The default value is BR, DE, ES, FR, GB, ID, IT, JP, KR, US (TikTok newsroom, September 2024 expansion).</value>
    public List<string> AvailableRegions { get; set; } = ["BR", "DE", "ES", "FR", "GB", "ID", "IT", "JP", "KR", "US"];
}
