using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// One follower tier of the brand-deals tier table: the follower count where the tier starts and its price per
/// sponsored post. A creator is priced by the tier with the largest <see cref="MinimumFollowers"/> they reach; below
/// the smallest tier the tier method prices the post at 0.
/// </summary>
/// <remarks>
/// Validated when the app starts: tiers have distinct lower bounds, and a tier that starts at more followers never
/// has a lower Low, Expected or High price (so more followers never lower the price). Not thread-safe while being
/// configured; the SDK only reads it afterwards.
/// </remarks>
public sealed class BrandDealTierOptions
{
    /// <summary>Initializes a new instance of the <see cref="BrandDealTierOptions"/> class that starts at 0 followers with a price of 0.</summary>
    public BrandDealTierOptions()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BrandDealTierOptions"/> class.</summary>
    /// <param name="minimumFollowers">The follower count where the tier starts.</param>
    /// <param name="price">The price per sponsored post in the tier.</param>
    public BrandDealTierOptions(long minimumFollowers, RangeOptions price)
    {
        MinimumFollowers = minimumFollowers;
        Price = price;
    }

    /// <summary>Gets or sets the follower count where the tier starts (inclusive).</summary>
    /// <value>Zero or greater, distinct among the tiers. The default tiers start at 1,000 / 10,000 / 50,000 / 500,000 / 1,000,000.</value>
    public long MinimumFollowers { get; set; }

    /// <summary>Gets or sets the price per sponsored post in the tier, in the model's currency.</summary>
    /// <value>Low ≤ Expected ≤ High, each from 0 to 10^9 units of the currency (a price; see docs/input-limits.md).</value>
    public RangeOptions Price { get; set; } = new();
}
