using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>
/// Options of the TikTok Shop affiliate model: the funnel from views to orders (used when the snapshot has no observed
/// affiliate sales), the price paid per item, the commission rate by niche, and the eligibility rules (age, followers,
/// region, the US pilot program for creators under 5,000 followers). No measured funnel rate exists, so those defaults
/// are assumptions of this SDK; each default and its source is documented in <c>docs/models/affiliate.md</c>.
/// </summary>
/// <remarks>Bind from the <c>TikTokMonetization:Affiliate</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</remarks>
public sealed class AffiliateOptions
{
    /// <summary>Gets or sets the currency of <see cref="AverageItemPrice"/>, and of the estimate when the snapshot has no observed sales (observed sales keep their own currency).</summary>
    /// <value>An ISO 4217 code the SDK knows. The default value is <c>USD</c>.</value>
    public string Currency { get; set; } = FunnelDefaults.DefaultCurrency;

    /// <summary>Gets or sets the share of the period's views that are on shoppable (affiliate) videos, which carry a product link.</summary>
    /// <value>From 0 to 1. The default value is Low 0.10, Expected 0.25, High 0.50, an assumption of this SDK: no source measures it.</value>
    [ValidateObjectMembers]
    public RangeOptions ShoppableViewShare { get; set; } = new(AffiliateDefaults.ShoppableViewShareLow, AffiliateDefaults.ShoppableViewShareExpected, AffiliateDefaults.ShoppableViewShareHigh);

    /// <summary>Gets or sets the product-link clicks per view of a shoppable video.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.005, Expected 0.015, High 0.035, an assumption of this SDK sized from
    /// Captiv8's 1.4% engagement on TikTok Shop posts (for Fortune, 2024) and a 3.5% click-through claim
    /// (digitalstats.onranko.com, unverified).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions ClickThroughRate { get; set; } = new(FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh);

    /// <summary>Gets or sets the orders per product-link click.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.01, Expected 0.025, High 0.04, an assumption of this SDK sized from
    /// unverified claims of 1-3% (syntopia.ai), 2-4% (zonflip.com) and 3.2% (napolify.com) for shoppable video.
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions ConversionRate { get; set; } = new(FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh);

    /// <summary>Gets or sets the average price the buyer pays per item after platform and seller coupons (the commission base), in <see cref="Currency"/>.</summary>
    /// <value>
    /// From 0 to 10^9 (a price; see docs/input-limits.md). The default value is Low 20, Expected 35, High 64: US$35 was the average TikTok Shop order from
    /// Nov 2023 to Nov 2024 in transaction data (Earnest Analytics, via Sourcing Journal); US$20-50 is the typical
    /// impulse order (redstagfulfillment.com, 2025); napolify.com claims US$63-64. South-East Asian orders are far
    /// smaller (about US$5, redstagfulfillment.com).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions AverageItemPrice { get; set; } = new(AffiliateDefaults.AverageItemPriceLow, AffiliateDefaults.AverageItemPriceExpected, AffiliateDefaults.AverageItemPriceHigh);

    /// <summary>
    /// Gets or sets the average list price per item before coupons and included tax, in <see cref="Currency"/>. When set, it
    /// replaces <see cref="AverageItemPrice"/>: the model takes <see cref="DiscountShare"/> or the coupons
    /// (<see cref="PlatformCouponPerItem"/>, <see cref="SellerCouponPerItem"/>) and then <see cref="IncludedTaxRate"/> off
    /// it to reach the buyer's paid price, the commission base (TikTok Shop Seller University, Vietnam: product price
    /// minus platform coupon minus merchant coupon minus tax).
    /// </summary>
    /// <value>From 0 to 10^9, ordered, or <see langword="null"/>. The default value is <see langword="null"/>: <see cref="AverageItemPrice"/> is already the paid price.</value>
    [ValidateObjectMembers]
    public RangeOptions? AverageListPrice { get; set; }

    /// <summary>Gets or sets the share of <see cref="AverageListPrice"/> taken off by platform and seller coupons together.</summary>
    /// <value>From 0 to 1, or <see langword="null"/> (not applied). Needs <see cref="AverageListPrice"/>; not with the coupon amounts. The default value is <see langword="null"/>.</value>
    public decimal? DiscountShare { get; set; }

    /// <summary>Gets or sets the platform (TikTok) coupon per item taken off <see cref="AverageListPrice"/>, in <see cref="Currency"/>.</summary>
    /// <value>Zero or greater, with the seller coupon at most <see cref="AverageListPrice"/>'s low, or <see langword="null"/> (not applied). The default value is <see langword="null"/>.</value>
    public decimal? PlatformCouponPerItem { get; set; }

    /// <summary>Gets or sets the seller (merchant) coupon per item taken off <see cref="AverageListPrice"/>, in <see cref="Currency"/>.</summary>
    /// <value>Zero or greater, with the platform coupon at most <see cref="AverageListPrice"/>'s low, or <see langword="null"/> (not applied). The default value is <see langword="null"/>.</value>
    public decimal? SellerCouponPerItem { get; set; }

    /// <summary>
    /// Gets or sets the rate of a tax included in the price after coupons (a VAT), which is not part of the commission
    /// base: the net price is the price after coupons ÷ (1 + rate).
    /// </summary>
    /// <value>From 0 to 1, or <see langword="null"/> (not applied; US prices exclude sales tax). Needs <see cref="AverageListPrice"/>. The default value is <see langword="null"/>.</value>
    public decimal? IncludedTaxRate { get; set; }

    /// <summary>Gets or sets the share of orders cancelled before they ship, which earn no commission.</summary>
    /// <value>From 0 to 1, or <see langword="null"/> (not applied). The default value is <see langword="null"/>.</value>
    public decimal? CancellationRate { get; set; }

    /// <summary>Gets or sets the share of the orders not cancelled that are refunded, in full or in part; commission is kept only on the part not refunded.</summary>
    /// <value>From 0 to 1, or <see langword="null"/> (not applied). Not with <see cref="ApprovalRate"/>. The default value is <see langword="null"/>.</value>
    public decimal? RefundRate { get; set; }

    /// <summary>
    /// Gets or sets the average share of a refunded order's paid price that is refunded (the partial-refund share): 1
    /// when every refund is in full, less when some are partial.
    /// </summary>
    /// <value>From 0 to 1, or <see langword="null"/>, read as 1 (full refunds). Needs <see cref="RefundRate"/>. The default value is <see langword="null"/>.</value>
    public decimal? RefundedShareOfPrice { get; set; }

    /// <summary>
    /// Gets or sets the approval rate: the share of the orders not cancelled that are approved (not returned), the form
    /// affiliate calculators use in place of a refund rate.
    /// </summary>
    /// <value>From 0 to 1, or <see langword="null"/> (not applied). Not with <see cref="RefundRate"/>. The default value is <see langword="null"/>.</value>
    public decimal? ApprovalRate { get; set; }

    /// <summary>Gets or sets the commission rate used when the snapshot gives none and the creator's niche is not in <see cref="CommissionRateByNiche"/>.</summary>
    /// <value>From 0 to 0.80 (sellers set 1% to 80%). The default value is Low 0.03, Expected 0.15, High 0.30: the span of the category table and the median of its expected rates.</value>
    [ValidateObjectMembers]
    public RangeOptions CommissionRate { get; set; } = new(AffiliateDefaults.CommissionRateLow, AffiliateDefaults.CommissionRateExpected, AffiliateDefaults.CommissionRateHigh);

    /// <summary>Gets or sets commission rates by niche (matched case-insensitively with <c>Profile.Niche</c>), used when the snapshot gives no rate.</summary>
    /// <value>
    /// Ranges from 0 to 0.80. The default value is the category table of calculatecreator.com, earnfacts.com and
    /// hubfluence.io (viewed 2026; estimates, and earnfacts.com warns that widely quoted averages are unsourced): beauty
    /// 10/20/30%, fashion 10/15/20%, health 8/20/30%, home 8/15/20%, electronics 3/6.5/10%, toys 8/10/12% (lowest low,
    /// median of midpoints, highest high). Bound from configuration, entries add to the defaults.
    /// </value>
    public Dictionary<string, RangeOptions> CommissionRateByNiche { get; set; } = AffiliateDefaults.CreateCommissionTable();

    /// <summary>Gets or sets the minimum age to join the affiliate program.</summary>
    /// <value>0 to 130. The default value is 18 (TikTok Shop Thailand creator guidelines, Nov 2025; the same in every market found).</value>
    [Range(0, 130)]
    public int MinimumAge { get; set; } = AffiliateDefaults.MinimumAge;

    /// <summary>Gets or sets the minimum followers to join the affiliate program.</summary>
    /// <value>
    /// Zero or greater. The default value is 1,000: the US Creator Eligibility Policy (TikTok Seller University, Aug and
    /// Dec 2025). The US threshold was 5,000 from 2023 until May 2024, when it fell to 1,000 (Bloomberg via pymnts.com).
    /// </value>
    [Range(0L, long.MaxValue)]
    public long MinimumFollowers { get; set; } = AffiliateDefaults.MinimumFollowers;

    /// <summary>Gets or sets follower minimums that differ by region (ISO 3166-1 alpha-2 code to followers).</summary>
    /// <value>The default value is empty. mokulabs.io (unverified) reports 500 in South-East Asia and 300 in Vietnam; set them here if you rely on them.</value>
    public Dictionary<string, long> MinimumFollowersByRegion { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the regions (ISO 3166-1 alpha-2) where the affiliate program runs; empty means no region restriction.</summary>
    /// <value>
    /// The default value is US, GB, ID, MY, PH, SG, TH, VN (mokulabs.io, 2025), DE, FR, IT, ES, IE (calculatecreator.com
    /// and influencico.com, 2026) and AT, BE, NL, PL (from 15 Jun 2026, influencico.com). Add a market as TikTok opens it.
    /// </value>
    public List<string> AvailableRegions { get; set; } = AffiliateDefaults.CreateAvailableRegions();

    /// <summary>Gets or sets the follower count below which a new affiliate is in TikTok's 30-day pilot program, which limits shoppable videos.</summary>
    /// <value>Zero or greater; 0 turns the limit off. The default value is 5,000 (US Creator Eligibility Policy, TikTok Seller University, Aug and Dec 2025).</value>
    [Range(0L, long.MaxValue)]
    public long PilotProgramFollowers { get; set; } = AffiliateDefaults.PilotProgramFollowers;

    /// <summary>Gets or sets how many shoppable videos a week a creator in the pilot program may post.</summary>
    /// <value>0 to 10,000. The default value is 5 (TikTok Seller University, pilot program limits, 2025: 5 shoppable videos and 3 LIVE selling streams a week).</value>
    [Range(0, 10_000)]
    public int PilotShoppableVideosPerWeek { get; set; } = AffiliateDefaults.PilotShoppableVideosPerWeek;

    /// <summary>Gets or sets the regions where the pilot program applies; empty means every region.</summary>
    /// <value>The default value is <c>US</c>: the pilot program is part of the US Creator Eligibility Policy.</value>
    public List<string> PilotProgramRegions { get; set; } = ["US"];
}
