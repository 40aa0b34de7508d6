using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.LiveGifts;

/// <summary>
/// Options of the LIVE gifts model: how many coins viewers gift per viewer-hour when the coins are not observed, which
/// rate card turns them into diamonds and cash, an optional agency share, the eligibility rules, and how LIVE likes
/// bear on viewer retention. Every default is documented with its source in <c>docs/models/live-gifts.md</c>.
/// </summary>
/// <remarks>Bind from the <c>TikTokMonetization:LiveGifts</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</remarks>
public sealed class LiveGiftsOptions
{
    /// <summary>Gets or sets the name of the rate card that converts coins to diamonds and diamonds to cash.</summary>
    /// <value>A configured card name. The default value is <see cref="RateCardNames.Default"/> (US$0.005 per diamond); use <see cref="RateCardNames.UsScaledLiveRewards2025"/> for the US era from February 2025, or <see cref="RateCardNames.TwoCoinsPerDiamond"/> for the convention of calculators that count two coins per diamond.</value>
    public string RateCard { get; set; } = RateCardNames.Default;

    /// <summary>Gets or sets the coins viewers gift per concurrent viewer per LIVE hour, used when the snapshot has no observed coins.</summary>
    /// <value>
    /// From 0 to 1,000 (about 13 US dollars per viewer per hour; a bound of the overflow budget, docs/input-limits.md).
    /// The default value is Low 10, Expected 50, High 150 coins per viewer-hour, derived from calculatecreator.com's LIVE
    /// earnings benchmark table (viewed 2026; creator US$ per hour ÷ average viewers ÷ US$0.005 per diamond, 1 diamond per coin).
    /// </value>
    [ValidateObjectMembers]
    public RangeOptions CoinsPerViewerHour { get; set; } = new(LiveGiftsDefaults.CoinsPerViewerHourLow, LiveGiftsDefaults.CoinsPerViewerHourExpected, LiveGiftsDefaults.CoinsPerViewerHourHigh);

    /// <summary>Gets or sets the share of the creator's LIVE rewards paid to an agency or manager.</summary>
    /// <value>From 0 to 1. The default value is 0: TikTok pays LIVE partner agencies from its own portion (Business Insider, Sep 2023); set it when the creator's contract says otherwise (10-20% is common for talent management).</value>
    [Range(0d, 1d)]
    public decimal AgencyShare { get; set; }

    /// <summary>Gets or sets the minimum age to receive LIVE gifts.</summary>
    /// <value>0 to 130. The default value is 18 (TikTok support, "LIVE Gifts on TikTok").</value>
    [Range(0, 130)]
    public int MinimumAge { get; set; } = LiveGiftsDefaults.MinimumAge;

    /// <summary>Gets or sets minimum ages that differ by region (ISO 3166-1 alpha-2 code to age).</summary>
    /// <value>The default value is <c>KR</c> = 19 (TikTok support: 19 in South Korea).</value>
    public Dictionary<string, int> MinimumAgeByRegion { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["KR"] = 19 };

    /// <summary>Gets or sets the minimum followers to go LIVE.</summary>
    /// <value>Zero or greater. The default value is 1,000 (TikTok LIVE requirements, reported since 2022).</value>
    [Range(0L, long.MaxValue)]
    public long MinimumFollowers { get; set; } = LiveGiftsDefaults.MinimumFollowers;

    /// <summary>Gets or sets the regions (ISO 3166-1 alpha-2) where LIVE gifts are available; empty means no region restriction.</summary>
    /// <value>The default value is empty: TikTok says gifts are available in select regions but publishes no list.</value>
    public List<string> AvailableRegions { get; set; } = [];

    /// <summary>Gets or sets the largest relative rise in expected gifting that LIVE likes can bring through viewer retention.</summary>
    /// <value>From 0 to 1. The default value is 0.10 (+10% at most), an assumption of this SDK (no published measurement); 0 turns the effect off.</value>
    [Range(0d, 1d)]
    public decimal MaximumRetentionUplift { get; set; } = LiveGiftsDefaults.MaximumRetentionUplift;

    /// <summary>Gets or sets the LIVE likes per viewer-hour at which half of <see cref="MaximumRetentionUplift"/> is reached.</summary>
    /// <value>Greater than zero, at most 1,000,000 (a bound of the overflow budget, docs/input-limits.md). The default value is 20 likes per viewer-hour, an assumption of this SDK.</value>
    [Range(0.000001d, 1_000_000d)]
    public decimal LikesPerViewerHourAtHalfUplift { get; set; } = LiveGiftsDefaults.LikesPerViewerHourAtHalfUplift;
}
