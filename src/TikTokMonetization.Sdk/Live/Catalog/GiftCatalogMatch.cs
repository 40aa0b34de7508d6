using System.Globalization;

namespace TikTokMonetization.Live;

/// <summary>How <see cref="GiftCatalog.Find"/> found a gift, if it did.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum GiftCatalogMatchKind
{
    /// <summary>Neither the id nor the name is in the catalog.</summary>
    None = 0,

    /// <summary>The catalog has the gift's id.</summary>
    Id = 1,

    /// <summary>The id is unknown, and exactly one gift in the catalog has the name.</summary>
    Name = 2,

    /// <summary>The id is unknown, and several gifts in the catalog share the name: none was chosen.</summary>
    AmbiguousName = 3,
}

/// <summary>The answer of <see cref="GiftCatalog.Find"/>: the gift, how it was found, and the gifts that share its name when the name alone could not decide.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class GiftCatalogMatch
{
    internal GiftCatalogMatch(GiftCatalogMatchKind kind, GiftCatalogEntry? entry, IReadOnlyList<GiftCatalogEntry> candidates)
    {
        Kind = kind;
        Entry = entry;
        Candidates = candidates;
    }

    /// <summary>Gets how the gift was found.</summary>
    public GiftCatalogMatchKind Kind { get; }

    /// <summary>Gets the gift, when it was found by id or by a name only one gift has; otherwise <see langword="null"/>.</summary>
    public GiftCatalogEntry? Entry { get; }

    /// <summary>Gets the gifts that matched: the one found, or every gift sharing an ambiguous name (cheapest first); empty when none.</summary>
    public IReadOnlyList<GiftCatalogEntry> Candidates { get; }

    /// <summary>Describes the answer, for example <c>2 catalog gifts are named 'Heart' (6247 at 1 coin, 5480 at 10 coins): not priced by name</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString() => Kind switch
    {
        GiftCatalogMatchKind.Id => $"found by id: {Entry}",
        GiftCatalogMatchKind.Name => $"found by name (the id is not in the catalog): {Entry}",
        GiftCatalogMatchKind.AmbiguousName => Describe(Candidates),
        _ => "not in the catalog",
    };

    internal static string Describe(IReadOnlyList<GiftCatalogEntry> candidates) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} catalog gifts are named '{1}' ({2}): not priced by name",
        candidates.Count,
        candidates[0].Name,
        string.Join(", ", candidates.Select(c => string.Format(CultureInfo.InvariantCulture, "{0} at {1:N0} {2}", c.Id, c.UnitPriceCoins, c.UnitPriceCoins == 1 ? "coin" : "coins"))));
}
