using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// A program's region list with the rule text that names it, for <see cref="EligibilityChecks.Region"/>. Make it once
/// per options instance (for example with <see cref="PerOptionsCache{TOptions, TValue}"/>) rather than on every
/// estimate: the text joins the whole list.
/// </summary>
/// <remarks>Immutable and thread-safe, as long as the list it was made from is not changed afterwards.</remarks>
public sealed class RegionList
{
    /// <summary>Initializes a new instance of the <see cref="RegionList"/> class.</summary>
    /// <param name="program">The program's name as the rule text shows it, for example <c>LIVE gifts</c>.</param>
    /// <param name="regions">ISO 3166-1 alpha-2 codes (any case); an empty list means no restriction.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RegionList(string program, IReadOnlyList<string> regions)
    {
        Guard.NotNull(program, nameof(program));
        Regions = Guard.NotNull(regions, nameof(regions));
        Description = regions.Count == 0
            ? $"a region where {program} is available (no restriction configured)"
            : $"a region where {program} is available: {string.Join(", ", regions)}";
    }

    /// <summary>Gets the regions; an empty list means no restriction.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Gets what the rule requires, in words.</summary>
    public string Description { get; }

    /// <summary>Returns whether the list holds a region, ignoring case.</summary>
    /// <param name="region">An ISO 3166-1 alpha-2 code.</param>
    /// <returns><see langword="true"/> when the list holds it (an empty list holds nothing).</returns>
    public bool Contains(string region) => Contains(Regions, region);

    /// <summary>Returns whether a list of region codes holds a region, ignoring case, without making a <see cref="RegionList"/>.</summary>
    /// <param name="regions">ISO 3166-1 alpha-2 codes (any case).</param>
    /// <param name="region">An ISO 3166-1 alpha-2 code.</param>
    /// <returns><see langword="true"/> when the list holds it (an empty list holds nothing; a <see langword="null"/> region is in no list).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> is <see langword="null"/>.</exception>
    public static bool Contains(IReadOnlyList<string> regions, string region)
    {
        Guard.NotNull(regions, nameof(regions));
        return region is not null && RegionCodes.Contains(regions, region);
    }
}
