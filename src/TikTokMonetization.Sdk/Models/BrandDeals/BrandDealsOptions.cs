using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// Options of the brand-deals (sponsored posts) model: which pricing methods to combine and their rates, the deal
/// being priced (content type, usage rights), how many sponsored posts to expect, and the eligibility rules. Every
/// default is documented with its source in <c>docs/models/brand-deals.md</c>.
/// </summary>
/// <remarks>Bind from the <c>TikTokMonetization:BrandDeals</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</remarks>
public sealed class BrandDealsOptions
{
    /// <summary>Gets or sets the currency of every price and rate below, and of the estimate.</summary>
    /// <value>An ISO 4217 code. The default value is <c>USD</c>: every default rate is a US-dollar figure.</value>
    public string Currency { get; set; } = BrandDealsDefaults.Currency;

    /// <summary>Gets or sets the pricing methods to combine.</summary>
    /// <value>At least one method. The default value is <see cref="BrandDealPricingMethods.All"/>.</value>
    public BrandDealPricingMethods Methods { get; set; } = BrandDealPricingMethods.All;

    /// <summary>Gets or sets the price per 1,000 followers before the engagement multiplier (method <see cref="BrandDealPricingMethods.PerThousandFollowers"/>).</summary>
    /// <value>Each value 0 to 10,000 (a bound of the overflow budget, docs/input-limits.md). The default value is Low 8.5, Expected 10, High 11.5 per 1,000 followers: impulze.ai's TikTok base rate of US$10 per 1K followers with its ±15% range (price-estimator.impulze.ai/how-it-works, viewed 2026).</value>
    [ValidateObjectMembers]
    public RangeOptions RatePerThousandFollowers { get; set; } = new(BrandDealsDefaults.RatePerThousandFollowersLow, BrandDealsDefaults.RatePerThousandFollowersExpected, BrandDealsDefaults.RatePerThousandFollowersHigh);

    /// <summary>Gets or sets the engagement rate (interactions per video ÷ followers) at which the engagement multiplier is 1.</summary>
    /// <value>Greater than 0, at most 1. The default value is 0.025 (2.5%), impulze.ai's reference (viewed 2026); Rival IQ's 2024 median TikTok engagement rate per follower was 2.6%.</value>
    [Range(0.000001d, 1d)]
    public decimal ReferenceEngagementRate { get; set; } = BrandDealsDefaults.ReferenceEngagementRate;

    /// <summary>Gets or sets the smallest engagement multiplier (the floor of the clamp).</summary>
    /// <value>0 to 100, at most <see cref="MaximumEngagementMultiplier"/>. The default value is 0.6 (impulze.ai, viewed 2026).</value>
    [Range(0d, 100d)]
    public decimal MinimumEngagementMultiplier { get; set; } = BrandDealsDefaults.MinimumEngagementMultiplier;

    /// <summary>Gets or sets the largest engagement multiplier (the ceiling of the clamp), so one viral post cannot inflate the price without bound.</summary>
    /// <value>0 to 100, at least <see cref="MinimumEngagementMultiplier"/>. The default value is 2.2 (impulze.ai, viewed 2026).</value>
    [Range(0d, 100d)]
    public decimal MaximumEngagementMultiplier { get; set; } = BrandDealsDefaults.MaximumEngagementMultiplier;

    /// <summary>
    /// Gets or sets engagement bands: a multiplier per band of engagement rate (by followers), used instead of the
    /// continuous clamped multiplier (<see cref="ReferenceEngagementRate"/>, <see cref="MinimumEngagementMultiplier"/>,
    /// <see cref="MaximumEngagementMultiplier"/>) by the per-1,000-followers method, and applied to the follower-tier
    /// method's price as well.
    /// </summary>
    /// <value>
    /// Empty, or bands one of which starts at 0, with distinct starts and multipliers that never fall as the start rises.
    /// The default value is empty: the continuous multiplier applies and the tier method has none. No source in the SDK's
    /// references publishes band multipliers; set your own or a calculator's.
    /// </value>
    public List<BrandDealEngagementBandOptions> EngagementBands { get; set; } = [];

    /// <summary>Gets or sets the price per 1,000 views of a video (method <see cref="BrandDealPricingMethods.ViewsCpm"/>).</summary>
    /// <value>Each value 0 to 10,000 (a bound of the overflow budget, docs/input-limits.md). The default value is Low 10, Expected 15, High 20 per 1,000 views: "a good TikTok influencer CPM sits between $10 and $20, with about $15 as the working median" (kolens.ai, 2026).</value>
    [ValidateObjectMembers]
    public RangeOptions CpmPerThousandViews { get; set; } = new(BrandDealsDefaults.CpmLow, BrandDealsDefaults.CpmExpected, BrandDealsDefaults.CpmHigh);

    /// <summary>Gets or sets the price per expected engagement (method <see cref="BrandDealPricingMethods.PerEngagement"/>).</summary>
    /// <value>Each value 0 to 10 (a bound of the overflow budget, docs/input-limits.md). The default value is Low 0.05, Expected 0.125, High 0.20 per engagement: TikTok US$0.05 to 0.20 per engagement (brandsforcreators.com CPE calculator, undated, viewed 2026); the expected value is the midpoint, an SDK choice.</value>
    [ValidateObjectMembers]
    public RangeOptions CostPerEngagement { get; set; } = new(BrandDealsDefaults.CostPerEngagementLow, BrandDealsDefaults.CostPerEngagementExpected, BrandDealsDefaults.CostPerEngagementHigh);

    /// <summary>Gets or sets the follower-tier table (method <see cref="BrandDealPricingMethods.FollowerTiers"/>), keyed by tier name (case-insensitive).</summary>
    /// <value>
    /// The default value is TikTok video rates from sponsorrate-com.pages.dev ("TikTok Influencer Rates in 2026"):
    /// Nano from 1,000 followers $20-75, Micro from 10,000 $75-350, Mid from 50,000 $350-3,000, Macro from 500,000
    /// $3,000-7,000, Mega from 1,000,000 "$7,000+" (used as 7,000 for all three points); each expected value is the
    /// midpoint. Bound from configuration, entries change or add to these tiers by name.
    /// </value>
    public Dictionary<string, BrandDealTierOptions> FollowerTiers { get; set; } = CreateDefaultTiers();

    /// <summary>Gets or sets the content type of the deal being priced: a key of <see cref="ContentTypeMultipliers"/>.</summary>
    /// <value>The default value is <c>Video</c> (a standard sponsored TikTok video, multiplier 1.0).</value>
    public string ContentType { get; set; } = BrandDealsDefaults.DefaultContentType;

    /// <summary>Gets or sets the price multipliers by content type (case-insensitive keys).</summary>
    /// <value>Each greater than 0 and at most 10 (a bound of the overflow budget, docs/input-limits.md). The default value is impulze.ai's TikTok table (viewed 2026): Video 1.0, LongForm 1.3, SparkAd 1.55, Campaign 2.4. Bound from configuration, entries add to these.</value>
    public Dictionary<string, decimal> ContentTypeMultipliers { get; set; } = CreateDefaultContentTypes();

    /// <summary>Gets or sets the premium for usage rights sold with the deal (for example the brand running the video as an ad), as a share of the price: 0.5 adds 50%.</summary>
    /// <value>Each value 0 to 4, so a post costs at most five times its price (a bound of the overflow budget, docs/input-limits.md). The default value is 0 (no usage rights). stackmatix.com (2026) reports that paid-media usage rights add 50-200%: use Low 0.5, Expected 1, High 2 to price such a deal.</value>
    [ValidateObjectMembers]
    public RangeOptions UsageRightsPremium { get; set; } = new();

    /// <summary>Gets or sets the premium for category exclusivity (the creator works with no competing brand for a time), as a share of the price: 0.2 adds 20%.</summary>
    /// <value>Each value 0 to 4; with the other premiums at most 4 in all (docs/input-limits.md). The default value is 0 (not sold). stackmatix.com (2026) reports +20-50%: use Low 0.2, Expected 0.35, High 0.5.</value>
    [ValidateObjectMembers]
    public RangeOptions ExclusivityPremium { get; set; } = new();

    /// <summary>Gets or sets the premium for whitelisting (the brand runs ads from the creator's account), as a share of the price.</summary>
    /// <value>Each value 0 to 4; with the other premiums at most 4 in all (docs/input-limits.md). The default value is 0 (not sold). No source in the SDK's references gives a figure.</value>
    [ValidateObjectMembers]
    public RangeOptions WhitelistingPremium { get; set; } = new();

    /// <summary>Gets or sets premiums by niche (matched case-insensitively with <c>Profile.Niche</c>), as a share of the price the methods give: 0.3 adds 30%. Not applied to an observed price, which already reflects the niche.</summary>
    /// <value>Each value 0 to 4; with the add-on premiums at most 4 in all (docs/input-limits.md). The default value is empty (no niche premium). Bound from configuration, entries add to these.</value>
    public Dictionary<string, decimal> NichePremiums { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the sponsored posts expected per 30 days when the snapshot does not say (<c>BrandDeals.SponsoredPostsPerPeriod</c>); prorated to the snapshot's period.</summary>
    /// <value>0 to 1,000. The default value is 1, a conservative assumption of this SDK (no published figure).</value>
    [Range(0d, 1_000d)]
    public decimal DefaultSponsoredPostsPer30Days { get; set; } = BrandDealsDefaults.DefaultSponsoredPostsPer30Days;

    /// <summary>Gets or sets the minimum age to be priced, or 0 for none.</summary>
    /// <value>0 to 130. The default value is 18: TikTok's own brand-deal route (Creator Marketplace, now TikTok One) required 18+ (TikTok support, Creator Marketplace page). Off-platform deals with younger creators need a guardian; set 0 to price them.</value>
    [Range(0, 130)]
    public int MinimumAge { get; set; } = BrandDealsDefaults.MinimumAge;

    /// <summary>Gets or sets minimum ages that differ by region (ISO 3166-1 alpha-2 code to age).</summary>
    /// <value>The default value is <c>KR</c> = 19 (TikTok support, Korean Creator Marketplace page).</value>
    public Dictionary<string, int> MinimumAgeByRegion { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["KR"] = 19 };

    /// <summary>Gets or sets the minimum followers to be priced.</summary>
    /// <value>Zero or greater. The default value is 1,000, the lower bound of the nano tier: an assumption of this SDK (brands seldom pay smaller accounts; no program threshold applies off-platform).</value>
    [Range(0L, long.MaxValue)]
    public long MinimumFollowers { get; set; } = BrandDealsDefaults.MinimumFollowers;

    /// <summary>Gets or sets the minimum videos posted in the period: without content there is no sponsored post.</summary>
    /// <value>At least 1. The default value is 1, an assumption of this SDK (TikTok Creator Marketplace asked for 3 posts in 30 days).</value>
    [Range(1, int.MaxValue)]
    public int MinimumVideosPosted { get; set; } = BrandDealsDefaults.MinimumVideosPosted;

    private static Dictionary<string, BrandDealTierOptions> CreateDefaultTiers()
    {
        var tiers = new Dictionary<string, BrandDealTierOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, minimum, low, expected, high) in BrandDealsDefaults.Tiers)
        {
            tiers[name] = new BrandDealTierOptions(minimum, new RangeOptions(low, expected, high));
        }

        return tiers;
    }

    private static Dictionary<string, decimal> CreateDefaultContentTypes()
    {
        var types = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, multiplier) in BrandDealsDefaults.ContentTypes)
        {
            types[name] = multiplier;
        }

        return types;
    }
}
