using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>One gift in a <see cref="GiftCatalog"/>: its id, name, price in coins and gift type.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class GiftCatalogEntry
{
    /// <summary>Initializes a new instance of the <see cref="GiftCatalogEntry"/> class.</summary>
    /// <param name="id">The gift id; greater than zero.</param>
    /// <param name="name">The gift's name.</param>
    /// <param name="unitPriceCoins">The price in coins; zero or greater.</param>
    /// <param name="giftType">TikTok's gift type (1 is streakable), or 0 when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">The id, price or type is out of range.</exception>
    public GiftCatalogEntry(long id, string name, int unitPriceCoins, int giftType)
    {
        if (id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"id is {id}; a gift id must be greater than zero.");
        }

        if (unitPriceCoins < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(unitPriceCoins), unitPriceCoins, $"unitPriceCoins is {unitPriceCoins}; it must be zero or greater.");
        }

        if (giftType < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(giftType), giftType, $"giftType is {giftType}; it must be zero (unknown) or greater.");
        }

        Id = id;
        Name = Guard.NotNull(name, nameof(name));
        UnitPriceCoins = unitPriceCoins;
        GiftType = giftType;
    }

    /// <summary>Gets the gift id.</summary>
    public long Id { get; }

    /// <summary>Gets the gift's name. Names are not unique: two ids can share one name at different prices.</summary>
    public string Name { get; }

    /// <summary>Gets the price in coins (the <c>diamond_count</c> field of the gift lists).</summary>
    public int UnitPriceCoins { get; }

    /// <summary>Gets TikTok's gift type: 1 is streakable; 0 means unknown.</summary>
    public int GiftType { get; }

    /// <summary>Gets a value indicating whether the gift is sent in streaks (gift type 1).</summary>
    public bool IsStreakable => GiftType == 1;

    /// <summary>Returns the id, name and price.</summary>
    /// <returns>For example <c>5655 Rose (1 coins, type 1)</c>.</returns>
    public override string ToString() => $"{Id} {Name} ({UnitPriceCoins} coins, type {GiftType})";
}
