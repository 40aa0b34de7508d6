namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// One engagement band of <see cref="BrandDealsOptions.EngagementBands"/>: the engagement rate (by followers) where the
/// band starts and the multiplier its creators' price gets. A creator is in the band with the largest
/// <see cref="MinimumEngagementRate"/> their rate reaches.
/// </summary>
/// <remarks>
/// Validated when the app starts: one band starts at 0, the bands start at distinct rates, and a band that starts at a
/// higher rate never has a lower multiplier (so a higher band never lowers the price). Not thread-safe while being
/// configured; the SDK only reads it afterwards.
/// </remarks>
public sealed class BrandDealEngagementBandOptions
{
    /// <summary>Initializes a new instance of the <see cref="BrandDealEngagementBandOptions"/> class that starts at 0 with a multiplier of 1.</summary>
    public BrandDealEngagementBandOptions()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BrandDealEngagementBandOptions"/> class.</summary>
    /// <param name="minimumEngagementRate">The engagement rate by followers where the band starts (0.03 for 3%).</param>
    /// <param name="multiplier">The price multiplier of the band.</param>
    public BrandDealEngagementBandOptions(decimal minimumEngagementRate, decimal multiplier)
    {
        MinimumEngagementRate = minimumEngagementRate;
        Multiplier = multiplier;
    }

    /// <summary>Gets or sets the engagement rate by followers where the band starts (inclusive).</summary>
    /// <value>From 0 to 100 (an engagement rate by followers may exceed 1 for a viral account), distinct among the bands.</value>
    public decimal MinimumEngagementRate { get; set; }

    /// <summary>Gets or sets the multiplier of the band's price.</summary>
    /// <value>From 0 to 100, never lower than a band that starts at a lower rate. The default value is 1.</value>
    public decimal Multiplier { get; set; } = 1m;
}
