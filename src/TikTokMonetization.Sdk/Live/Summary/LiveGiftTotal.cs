namespace TikTokMonetization.Live;

/// <summary>The host's totals for one gift id.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveGiftTotal
{
    internal LiveGiftTotal(long giftId, string? name, int? unitPriceCoins, GiftPriceSource priceSource, bool priceDiffersFromCatalog, long gifts, long unpricedGifts, Coins coins, Diamonds diamonds, Money cash, IReadOnlyList<GiftCatalogEntry>? sharedNameMatches = null)
    {
        GiftId = giftId;
        Name = name;
        UnitPriceCoins = unitPriceCoins;
        PriceSource = priceSource;
        PriceDiffersFromCatalog = priceDiffersFromCatalog;
        Gifts = gifts;
        UnpricedGifts = unpricedGifts;
        Coins = coins;
        Diamonds = diamonds;
        Cash = cash;
        SharedNameMatches = sharedNameMatches ?? [];
    }

    /// <summary>Gets the gift id.</summary>
    public long GiftId { get; }

    /// <summary>Gets the gift's name from its frames or the catalog, when known.</summary>
    public string? Name { get; }

    /// <summary>Gets the latest known unit price in coins, or <see langword="null"/> when unknown.</summary>
    public int? UnitPriceCoins { get; }

    /// <summary>Gets where <see cref="UnitPriceCoins"/> came from.</summary>
    public GiftPriceSource PriceSource { get; }

    /// <summary>Gets a value indicating whether the frames carried a price different from the catalog's (the catalog is out of date for this gift).</summary>
    public bool PriceDiffersFromCatalog { get; }

    /// <summary>Gets the number of priced gifts.</summary>
    public long Gifts { get; }

    /// <summary>Gets the number of gifts counted without a price.</summary>
    public long UnpricedGifts { get; }

    /// <summary>Gets the coins of the priced gifts, settled and pending.</summary>
    public Coins Coins { get; }

    /// <summary>Gets the diamonds of <see cref="Coins"/>.</summary>
    public Diamonds Diamonds { get; }

    /// <summary>Gets the cash of <see cref="Diamonds"/> at the rate card's expected rate.</summary>
    public Money Cash { get; }

    /// <summary>
    /// Gets, for a gift without a price whose id the catalog does not have, the catalog gifts that share its name: their
    /// prices differ, so the ledger did not choose one. Empty otherwise.
    /// </summary>
    public IReadOnlyList<GiftCatalogEntry> SharedNameMatches { get; }

    /// <summary>Describes the row, for example <c>Lion (6369): 1 gift(s), 29,999 coins</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture, "{0} ({1}): {2:N0} gift(s), {3:#,0.##} coins", Name ?? "unknown gift", GiftId, Gifts, Coins.Value);
}
