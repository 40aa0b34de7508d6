using Microsoft.Extensions.Options;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Merchandise;

/// <summary>
/// Options of the merchandise model: the funnel from views to orders (used when the snapshot has no observed orders),
/// the average order value, the gross margin, and the costs taken from each order (a fixed fee, TikTok Shop's referral
/// fee, commission paid to affiliates). No sourced merchandise conversion rate exists, so every funnel default is an
/// assumption of this SDK; each default and its source is documented in <c>docs/models/merchandise.md</c>.
/// </summary>
/// <remarks>
/// <para>Each range pairs its low with the low estimate, except costs: the low estimate takes the highest costs and the high estimate the lowest.</para>
/// <para>Bind from the <c>TikTokMonetization:Merchandise</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</para>
/// </remarks>
public sealed class MerchandiseOptions
{
    /// <summary>Gets or sets the currency of <see cref="AverageOrderValue"/> and <see cref="PerOrderFee"/>, and of the estimate when the snapshot gives no average order value.</summary>
    /// <value>An ISO 4217 code the SDK knows. The default value is <c>USD</c>. When the snapshot's average order value is in another currency, the estimate is in that currency and the per-order fee is converted with the engine's exchange-rate table.</value>
    public string Currency { get; set; } = FunnelDefaults.DefaultCurrency;

    /// <summary>Gets or sets the share of the period's views that show the product (videos that feature or link the merchandise).</summary>
    /// <value>From 0 to 1. The default value is Low 0.05, Expected 0.10, High 0.25, an assumption of this SDK: no source measures it.</value>
    [ValidateObjectMembers]
    public RangeOptions ProductViewShare { get; set; } = new(MerchandiseDefaults.ProductViewShareLow, MerchandiseDefaults.ProductViewShareExpected, MerchandiseDefaults.ProductViewShareHigh);

    /// <summary>Gets or sets the clicks on the product per view that shows it.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.005, Expected 0.015, High 0.035, an assumption of this SDK sized from
    /// Captiv8's 1.4% engagement on TikTok Shop posts (for Fortune, 2024) and a 3.5% click-through claim
    /// (digitalstats.onranko.com, unverified).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions ClickThroughRate { get; set; } = new(FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh);

    /// <summary>Gets or sets the orders per product click.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.01, Expected 0.025, High 0.04, an assumption of this SDK: no merchandise
    /// conversion rate is sourced; the magnitudes follow unverified TikTok Shop claims of 1-3% (syntopia.ai), 2-4%
    /// (zonflip.com) and 3.2% (napolify.com) for shoppable video.
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions ConversionRate { get; set; } = new(FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh);

    /// <summary>Gets or sets the average order value (paid price after discounts), in <see cref="Currency"/>, used when the snapshot gives none.</summary>
    /// <value>From 0 to 10^9 (a price; see docs/input-limits.md). The default value is Low 15, Expected 25, High 30: tee prices from printedthreads.com (US$15 cheap, US$30 premium) and eatsip365.com (US$25), viewed 2026.</value>
    [ValidateObjectMembers]
    public RangeOptions AverageOrderValue { get; set; } = new(MerchandiseDefaults.AverageOrderValueLow, MerchandiseDefaults.AverageOrderValueExpected, MerchandiseDefaults.AverageOrderValueHigh);

    /// <summary>Gets or sets the gross margin: the share of the order value left after the cost of goods, printing and fulfilment.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.30, Expected 0.50, High 0.73: print-on-demand margins of 30-50%
    /// (skup.net, Jan 2026) and US$10 on a US$20 shirt (cashflowtip.com), up to US$22 on a US$30 premium tee
    /// (printedthreads.com).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions GrossMargin { get; set; } = new(MerchandiseDefaults.GrossMarginLow, MerchandiseDefaults.GrossMarginExpected, MerchandiseDefaults.GrossMarginHigh);

    /// <summary>
    /// Gets or sets the markup on cost, for a seller who prices as cost plus markup: the price is the unit cost × (1 +
    /// markup), so the margin on price is markup ÷ (1 + markup) (a 50% markup is a 33.3% margin). When set, it replaces
    /// <see cref="GrossMargin"/>, and the breakdown says the margin came from a markup.
    /// </summary>
    /// <value>From 0 to 100 (10,000%), or <see langword="null"/>. The default value is <see langword="null"/>: <see cref="GrossMargin"/>, a margin on price, applies.</value>
    public decimal? MarkupOnCost { get; set; }

    /// <summary>Gets or sets a fixed cost per order not already in <see cref="GrossMargin"/> (for example a payment fee's fixed part or packaging), in <see cref="Currency"/>.</summary>
    /// <value>
    /// From 0 to 10^9 (a price; see docs/input-limits.md). The default value is Low 0, Expected 0.30, High 0.30: the fixed 30 cents of common card pricing
    /// and of TikTok Shop's US launch fee "2% + 30 cents per order" (fitsmallbusiness.com, 2024); 0 where the margin or
    /// TikTok Shop's referral fee already covers it (since 1 Apr 2024 the referral fee includes every Shop fee except
    /// shipping and tax, TikTok Seller University).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions PerOrderFee { get; set; } = new(MerchandiseDefaults.PerOrderFeeLow, MerchandiseDefaults.PerOrderFeeExpected, MerchandiseDefaults.PerOrderFeeHigh);

    /// <summary>Gets or sets TikTok Shop's referral fee, as a share of the paid price, charged when <c>Merchandise.SellsThroughTikTokShop</c> is set.</summary>
    /// <value>
    /// From 0 to 1. The default value is Low 0.05, Expected 0.06, High 0.08. Sources disagree: 2% (+30 cents) at the US
    /// launch in Sep 2023, 6% from 1 Apr 2024 (TikTok Seller University) and 8% from July 2024 (influencermarketinghub.com,
    /// fitsmallbusiness.com); later pages say 6% for most categories and 5% for jewelry (luminushub.com, 2025), 6%
    /// (fastmoss.com, Jun 2026), or 5% standard and 8% for some categories (calculatecreator.com, 2026).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions ShopReferralFee { get; set; } = new(MerchandiseDefaults.ShopReferralFeeLow, MerchandiseDefaults.ShopReferralFeeExpected, MerchandiseDefaults.ShopReferralFeeHigh);

    /// <summary>
    /// Gets or sets the shipping the seller charges the customer per order, in <see cref="Currency"/>, where TikTok Shop's
    /// referral fee is charged on it too. The shipping itself passes to the carrier; the referral fee on it is a cost of
    /// each order sold through TikTok Shop.
    /// </summary>
    /// <value>From 0 to 10^9, or <see langword="null"/>. The default value is <see langword="null"/>: the referral fee is on the order value only.</value>
    public decimal? ShippingChargedPerOrder { get; set; }

    /// <summary>
    /// Gets or sets a target margin: the share of the paid price the seller wants left as profit after every per-order
    /// cost. When set, the breakdown adds the highest affiliate commission rate that still meets it.
    /// </summary>
    /// <value>From 0 to 1, or <see langword="null"/>. The default value is <see langword="null"/> (no target). It does not change the estimate.</value>
    public decimal? TargetMargin { get; set; }

    /// <summary>Gets or sets the commission the creator pays other creators who sell the product as TikTok Shop affiliates, as a share of the paid price.</summary>
    /// <value>From 0 to 0.80 (TikTok Shop lets sellers set 1% to 80%). The default value is Low 0.10, Expected 0.15, High 0.20, the fashion and apparel ranges of calculatecreator.com, earnfacts.com and hubfluence.io (unverified estimates).</value>
    [ValidateObjectMembers]
    public RangeOptions AffiliateCommissionRate { get; set; } = new(MerchandiseDefaults.AffiliateCommissionRateLow, MerchandiseDefaults.AffiliateCommissionRateExpected, MerchandiseDefaults.AffiliateCommissionRateHigh);

    /// <summary>Gets or sets the share of orders that come through other creators' affiliate links and so pay <see cref="AffiliateCommissionRate"/>.</summary>
    /// <value>From 0 to 1. The default value is 0 (Low, Expected and High), an assumption of this SDK: orders from the creator's own videos pay no affiliate commission. Set it when other creators promote the product.</value>
    [ValidateObjectMembers]
    public RangeOptions AffiliateOrderShare { get; set; } = new();
}
