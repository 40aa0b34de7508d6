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
    public static GiftCatalog BuiltInSnapshot(DateTime date) => BuiltInGiftCatalog.Snapshot(date);

    /// <summary>Looks a gift up by id.</summary>
    /// <param name="giftId">The gift id.</param>
    /// <param name="entry">The gift, when found.</param>
    /// <returns><see langword="true"/> when the catalog has the gift.</returns>
    public bool TryGet(long giftId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GiftCatalogEntry? entry) => _entries.TryGetValue(giftId, out entry);

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

    /// <summary>Returns the source, size and date.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"{Count} gifts as of {AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Source}";
}
