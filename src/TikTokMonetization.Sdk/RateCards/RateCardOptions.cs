using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.RateCards;

/// <summary>
/// One rate card: how coins become diamonds and diamonds become cash, with where those rates come from and when they
/// were observed. TikTok publishes no fixed rate, so every figure here is data you can replace.
/// </summary>
/// <remarks>
/// <para>Rate cards are named options: keep several (per region, per era) and pick one per model. The SDK pre-configures
/// <see cref="RateCardNames.Default"/>, <see cref="RateCardNames.UsScaledLiveRewards2025"/> and
/// <see cref="RateCardNames.TwoCoinsPerDiamond"/>; your configuration
/// runs after and overrides any value.</para>
/// <para>Options objects are not thread-safe while being configured; the SDK only reads them afterwards.</para>
/// </remarks>
public sealed class RateCardOptions
{
    /// <summary>Gets or sets the currency of <see cref="CashPerDiamond"/>.</summary>
    /// <value>An ISO 4217 code. The default value is <c>USD</c>.</value>
    [Required]
    public string Currency { get; set; } = "USD";

    /// <summary>Gets or sets how many diamonds the creator collects per coin a viewer spends on a gift.</summary>
    /// <value>
    /// Greater than zero, at most 10 (a bound of the overflow budget, docs/input-limits.md). The default value is 1: LIVE
    /// client libraries expose each gift's <c>diamond_count</c> equal to its coin price (Rose = 1), and Streampace's
    /// glossary states one diamond per coin spent (checked 2026).
    /// </value>
    [Range(0.000001d, 10d)]
    public decimal DiamondsPerCoin { get; set; } = 1m;

    /// <summary>Gets or sets the cash reward per diamond, as a range, in <see cref="Currency"/>.</summary>
    /// <value>
    /// From 0 to 1,000 units of <see cref="Currency"/> (about 130 Vietnamese dong is US$0.005; a bound of the overflow
    /// budget, docs/input-limits.md). The default value is exactly US$0.005 (low = expected = high): the consensus of creator guides and calculators for
    /// the era before 10 February 2025 (for example the live-success newsletter: "typically 0.5 cents per diamond"),
    /// consistent with TikTok's September 2023 statement that creators keep 50% of virtual-item revenue after fees.
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions CashPerDiamond { get; set; } = new(RateCardDefaults.CashPerDiamond, RateCardDefaults.CashPerDiamond, RateCardDefaults.CashPerDiamond);

    /// <summary>Gets or sets where the card's rates come from, shown in every breakdown line that uses them.</summary>
    /// <value>The default card's value names its sources.</value>
    public string Source { get; set; } = RateCardDefaults.DefaultSource;

    /// <summary>Gets or sets when the card's rates were observed or last checked.</summary>
    /// <value>The default card's value is 10 February 2025, the last day of the era it describes.</value>
    public DateTime? AsOf { get; set; } = RateCardDefaults.DefaultAsOf;
}
