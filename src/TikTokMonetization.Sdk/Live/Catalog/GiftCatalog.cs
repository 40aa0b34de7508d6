using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// Gift prices in coins, keyed by gift id and dated. The ledger uses it to price frames that arrive without a price
/// and to name gifts in summaries. Replace it with your own whenever you have a fresher list (for example from a
/// client library's gift-list call): prices change over time and by id, not by name.
/// </summary>
/// <remarks>
/// <see cref="BuiltIn"/> holds 161 gifts from five dated snapshots recorded by the MIT-licensed TikTokLiveJava project
/// between 2 September 2023 and 5 January 2024; see <c>docs/live-ledger.md</c>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class GiftCatalog
{
    private readonly Dictionary<long, GiftCatalogEntry> _entries;
    private readonly Dictionary<string, GiftCatalogEntry[]> _byName;

    /// <summary>Initializes a new instance of the <see cref="GiftCatalog"/> class.</summary>
    /// <param name="entries">The gifts; a later entry with the same id replaces an earlier one.</param>
    /// <param name="asOf">When the prices were observed.</param>
    /// <param name="source">Where the prices come from, shown in summaries.</param>
    public GiftCatalog(IEnumerable<GiftCatalogEntry> entries, DateTime asOf, string source)
    {
        Guard.NotNull(entries, nameof(entries));
        _entries = new Dictionary<long, GiftCatalogEntry>();
        foreach (var entry in entries)
        {
            Guard.NotNull(entry, nameof(entries));
            _entries[entry.Id] = entry;
        }

        _byName = _entries.Values
            .GroupBy(e => NameKey(e.Name), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.UnitPriceCoins).ThenBy(e => e.Id).ToArray(), StringComparer.OrdinalIgnoreCase);
        AsOf = asOf;
        Source = source ?? string.Empty;
    }

    /// <summary>Gets the built-in catalog: every gift of the five TikTokLiveJava snapshots (2 Sep 2023 to 5 Jan 2024), dated 5 January 2024.</summary>
    /// <remarks>No gift id changed price between the snapshots, so the union is safe; gifts retired before the last snapshot stay priced for old recordings.</remarks>
    public static GiftCatalog BuiltIn => BuiltInGiftCatalog.All;

    /// <summary>Gets an empty catalog: every frame without a price is then counted as unpriced.</summary>
    public static GiftCatalog Empty { get; } = new([], default, "empty catalog");

    /// <summary>Gets the dates of the built-in snapshots, oldest first.</summary>
    public static IReadOnlyList<DateTime> BuiltInSnapshotDates => BuiltInGiftCatalog.SnapshotDates;

    /// <summary>Gets when the prices were observed.</summary>
    public DateTime AsOf { get; }

    /// <summary>Gets where the prices come from.</summary>
    public string Source { get; }

    /// <summary>Gets the number of gifts.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the gifts, in no particular order.</summary>
    public IReadOnlyCollection<GiftCatalogEntry> Entries => _entries.Values;

    /// <summary>Returns the built-in snapshot that was current on a date: the newest one taken on or before it.</summary>
    /// <param name="date">The date, for example the day a recorded session took place.</param>
    /// <returns>That snapshot alone, dated with its own date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first snapshot (2 September 2023).</exception>
    /// <seealso cref="TryGetBuiltInSnapshot"/>
    public static GiftCatalog BuiltInSnapshot(DateTime date) => BuiltInGiftCatalog.Snapshot(date);

    /// <summary>
    /// Returns the built-in snapshot that was current on a date, or says there is none: for a date before the first
    /// snapshot (2 September 2023) no dated price list exists here, and guessing one from a later list would hide that.
    /// </summary>
    /// <param name="date">The date, for example the day a recorded session took place.</param>
    /// <param name="snapshot">The newest snapshot taken on or before <paramref name="date"/>; <see langword="null"/> when there is none.</param>
    /// <returns><see langword="true"/> when a snapshot covers the date; <see langword="false"/> for a date before the first one
    /// (then use <see cref="BuiltIn"/>, knowing its prices are later than the date, or a price list of your own).</returns>
    public static bool TryGetBuiltInSnapshot(DateTime date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GiftCatalog? snapshot)
    {
        if (date < BuiltInGiftCatalog.SnapshotDates[0])
        {
            snapshot = null;
            return false;
        }

        snapshot = BuiltInGiftCatalog.Snapshot(date);
        return true;
    }

    /// <summary>Looks a gift up by id.</summary>
    /// <param name="giftId">The gift id.</param>
    /// <param name="entry">The gift, when found.</param>
    /// <returns><see langword="true"/> when the catalog has the gift.</returns>
    public bool TryGet(long giftId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GiftCatalogEntry? entry) => _entries.TryGetValue(giftId, out entry);

    /// <summary>
    /// Finds the gifts with a name, ignoring letter case and surrounding spaces. Names are not unique (the built-in
    /// catalog has a 1-coin and a 10-coin "Heart"), so this returns every match, cheapest first, and leaves the choice to
    /// the caller: <see cref="Find"/> takes a name only when exactly one gift has it.
    /// </summary>
    /// <param name="name">The gift's name.</param>
    /// <returns>The matching gifts, by price then id; empty when none has the name.</returns>
    public IReadOnlyList<GiftCatalogEntry> FindByName(string name)
    {
        Guard.NotNull(name, nameof(name));
        return _byName.TryGetValue(NameKey(name), out var matches) ? matches : [];
    }

    /// <summary>
    /// Looks a gift up by id and, when the id is unknown, by name: a name that exactly one gift has resolves to it; a
    /// name that several gifts share is reported with them all, not guessed.
    /// </summary>
    /// <param name="giftId">The gift id.</param>
    /// <param name="giftName">The gift's name as the frame gave it, or <see langword="null"/>.</param>
    /// <returns>What was found and how.</returns>
    public GiftCatalogMatch Find(long giftId, string? giftName)
    {
        if (_entries.TryGetValue(giftId, out var byId))
        {
            return new GiftCatalogMatch(GiftCatalogMatchKind.Id, byId, [byId]);
        }

        if (giftName is null)
        {
            return new GiftCatalogMatch(GiftCatalogMatchKind.None, null, []);
        }

        var byName = FindByName(giftName);
        return byName.Count switch
        {
            0 => new GiftCatalogMatch(GiftCatalogMatchKind.None, null, []),
            1 => new GiftCatalogMatch(GiftCatalogMatchKind.Name, byName[0], byName),
            _ => new GiftCatalogMatch(GiftCatalogMatchKind.AmbiguousName, null, byName),
        };
    }

    /// <summary>Returns a new catalog with these gifts added or replaced (by id), for example a fresh price list over the built-in one.</summary>
    /// <param name="entries">The gifts to add or replace.</param>
    /// <param name="asOf">When the new prices were observed.</param>
    /// <param name="source">Where the new prices come from; it is appended to this catalog's source.</param>
    /// <returns>The combined catalog; this one is unchanged.</returns>
    public GiftCatalog With(IEnumerable<GiftCatalogEntry> entries, DateTime asOf, string source)
    {
        Guard.NotNull(entries, nameof(entries));
        return new GiftCatalog(_entries.Values.Concat(entries), asOf, Source.Length == 0 ? source : Source + "; then " + source);
    }

    private static string NameKey(string name) => name.Trim();

    /// <summary>Returns the source, size and date.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"{Count} gifts as of {AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Source}";
}
