namespace TikTokMonetization.Internal;

/// <summary>
/// The documented limits on untrusted input (docs/input-limits.md lists each one and where it comes from). A value beyond
/// a limit is rejected with its field, its value and the limit, never priced.
/// </summary>
/// <remarks>
/// The bounds are chosen so that no built-in model can overflow <see cref="decimal"/> (about 7.9 × 10^28) by construction.
/// Each option has a bound that fits its meaning (a share at most 1, a multiplier, a rate per thousand, a price), and the
/// largest product a model forms from snapshot values at their limits and options at their bounds is at most
/// <see cref="MaxStreamAmount"/> (3 × 10^21) units of its currency; the engine converts at a factor of at most
/// <see cref="MaxExchangeRateSpread"/> (10^6) and sums six streams: under 10^28, an eighth of decimal's range
/// (docs/input-limits.md, "Why no model can overflow", gives the budget per model). Each bound is far above any real
/// creator (TikTok has about 1.6 billion monthly users).
/// </remarks>
internal static class InputLimits
{
    /// <summary>Views, likes, comments, shares, saves, orders and median views per period: 10^12, some 600 per TikTok user.</summary>
    public const long MaxCount = 1_000_000_000_000;

    /// <summary>Video and LIVE likes: 2 × 10^12, so that the likes analysis can add its maximum of 10^12 likes to a creator at 10^12.</summary>
    /// <remarks>No model multiplies likes by a price: they enter only engagement ratios and the reach response.</remarks>
    public const long MaxLikes = 2_000_000_000_000;

    /// <summary>Followers, new followers and subscribers: 10^10, above the world's population (8.2 × 10^9).</summary>
    public const long MaxPeople = 10_000_000_000;

    /// <summary>Videos posted, LIVE sessions and sponsored posts per period: 10^6, more than one a minute for a year (527,040).</summary>
    public const int MaxItems = 1_000_000;

    /// <summary>Coins gifted per period: 10^12 coins, about 13 billion US dollars at the coin's retail price.</summary>
    public const decimal MaxCoins = 1_000_000_000_000m;

    /// <summary>A price (average order value, monthly subscription price, price per sponsored post): 10^9 units of its currency.</summary>
    public const decimal MaxPrice = 1_000_000_000m;

    /// <summary>An observed total (affiliate sales in the period): 10^12 units of its currency.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The largest rate of an exchange-rate table over its smallest (the base currency's 1 included): 10^6.</summary>
    /// <remarks>The widest pair among the SDK's currencies, Vietnamese dong to Kuwaiti dinar, is about 10^5.</remarks>
    public const decimal MaxExchangeRateSpread = 1_000_000m;

    /// <summary>The largest configurable price (an order value, an item price, a monthly price, a fee, a tier's price per post): 10^9 units, as a snapshot's price.</summary>
    public const decimal MaxOptionPrice = 1_000_000_000m;

    /// <summary>The largest configurable price per thousand followers or views: 10^4 units (the defaults are 10 to 20 US dollars).</summary>
    public const decimal MaxRatePerThousand = 10_000m;

    /// <summary>The largest configurable cost per engagement: 10 units (the default is 0.05 to 0.20 US dollars).</summary>
    public const decimal MaxCostPerEngagement = 10m;

    /// <summary>The largest brand-deal content-type multiplier: 10 (the defaults are 1 to 2.4).</summary>
    public const decimal MaxContentTypeMultiplier = 10m;

    /// <summary>The largest usage-rights premium: 4, so a post costs at most five times its price (paid-media rights add 50 to 200 %).</summary>
    public const decimal MaxUsageRightsPremium = 4m;

    /// <summary>The largest number of coins gifted per LIVE viewer-hour: 1,000 (the default is 10 to 150; 1,000 coins are about 13 US dollars).</summary>
    public const decimal MaxCoinsPerViewerHour = 1_000m;

    /// <summary>The LIVE likes per viewer-hour at which the retention uplift is half its maximum: at most 10^6 (the default is 20).</summary>
    public const decimal MaxLikesPerViewerHourAtHalfUplift = 1_000_000m;

    /// <summary>The largest number of diamonds per coin of a rate card: 10 (TikTok gives one diamond or less per coin).</summary>
    public const decimal MaxDiamondsPerCoin = 10m;

    /// <summary>The largest cash per diamond of a rate card: 1,000 units (the default is 0.005 US dollars, about 130 Vietnamese dong).</summary>
    public const decimal MaxCashPerDiamond = 1_000m;

    /// <summary>The largest rise in views the reach response may give: 1, so the likes analysis at most doubles views (the default is 0.5).</summary>
    public const decimal MaxViewsUplift = 1m;

    /// <summary>The most one built-in stream can estimate with every input at its limit and every option at its bound: 3 × 10^21 units of its currency.</summary>
    public const decimal MaxStreamAmount = 3_000_000_000_000_000_000_000m;

    /// <summary>Identifiers and names (creator id, niche, sender and gift names): 256 characters.</summary>
    public const int MaxTextLength = 256;

    /// <summary>A creator snapshot file: 1 MiB (the commented sample is about 4 KB).</summary>
    public const long MaxSnapshotBytes = 1024 * 1024;

    /// <summary>JSON nesting depth of a creator snapshot: 16 (the format itself needs 3).</summary>
    public const int MaxSnapshotDepth = 16;

    /// <summary>One line of a recorded LIVE session: 64 KiB characters (a gift line is about 200).</summary>
    public const int MaxEventLineLength = 64 * 1024;

    /// <summary>A gift's repeat count or unit price in coins: 10^6 (TikTok's priciest gift is 44,999 coins; streaks reach thousands).</summary>
    public const int MaxGiftNumber = 1_000_000;

    /// <summary>Viewers in a LIVE room, likes in one message or a room total: 10^10 (above the world's population).</summary>
    public const long MaxLiveCount = 10_000_000_000;

    /// <summary>Months of one subscription event: 1,200 (a century).</summary>
    public const int MaxSubscriptionMonths = 1_200;

    /// <summary>The length at which an echoed value is cut in an error message.</summary>
    public const int EchoLength = 64;
}
