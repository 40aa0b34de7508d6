namespace TikTokMonetization.Live;

/// <summary>Where a gift's price in a summary came from.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum GiftPriceSource
{
    /// <summary>No price: the frames carried none and the catalog does not have the gift. Its gifts are counted as unpriced, never as zero coins.</summary>
    Unknown = 0,

    /// <summary>The gift frames carried the price.</summary>
    Event = 1,

    /// <summary>The gift catalog supplied the price, found by the gift's id.</summary>
    Catalog = 2,

    /// <summary>
    /// The gift catalog supplied the price, found by the gift's name because its id is not in the catalog and exactly one
    /// catalog gift has that name. Less certain than <see cref="Catalog"/>: prices belong to ids, and a new id can reuse an
    /// old name at another price; a frame's own price always replaces it.
    /// </summary>
    CatalogByName = 3,
}
