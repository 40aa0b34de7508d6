namespace TikTokMonetization.Live;

/// <summary>Where a gift's price in a summary came from.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum GiftPriceSource
{
    /// <summary>No price: the frames carried none and the catalog does not have the gift. Its gifts are counted as unpriced, never as zero coins.</summary>
    Unknown = 0,

    /// <summary>The gift frames carried the price.</summary>
    Event = 1,

    /// <summary>The gift catalog supplied the price.</summary>
    Catalog = 2,
}
