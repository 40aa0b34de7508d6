namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// The industry pricing methods the brand-deals model combines into a price per sponsored post. Each enabled method
/// prices the post on its own; the range runs from the lowest method's low to the highest method's high, and the
/// expected price is the median of the methods' expected prices.
/// </summary>
/// <remarks>A flags enumeration; values are immutable and thread-safe.</remarks>
[Flags]
public enum BrandDealPricingMethods
{
    /// <summary>No method. Not allowed as a setting: at least one method must be enabled.</summary>
    None = 0,

    /// <summary>A rate per 1,000 followers, scaled by the engagement rate against a reference and clamped to a band (impulze.ai).</summary>
    PerThousandFollowers = 1,

    /// <summary>A CPM on views per video: median views when the snapshot gives them, else average views (kolens.ai).</summary>
    ViewsCpm = 2,

    /// <summary>A price per expected engagement: interactions per video × cost per engagement.</summary>
    PerEngagement = 4,

    /// <summary>A follower-tier table of prices per post (nano, micro, mid, macro, mega).</summary>
    FollowerTiers = 8,

    /// <summary>All four methods: the default.</summary>
    All = PerThousandFollowers | ViewsCpm | PerEngagement | FollowerTiers,
}
