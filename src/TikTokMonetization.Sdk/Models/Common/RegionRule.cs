namespace TikTokMonetization.Models.Common;

/// <summary>
/// A program's region list with the rule text that names it, made once per options instance (see
/// <see cref="PerOptionsCache{TOptions, TValue}"/>) instead of joining the list every time the rules are built.
/// </summary>
/// <remarks>Immutable and thread-safe, as long as the options' list is not changed after it is built.</remarks>
internal sealed class RegionRule
{
    public RegionRule(string program, IReadOnlyList<string> regions)
    {
        Regions = regions;
        Description = regions.Count == 0
            ? $"a region where {program} is available (no restriction configured)"
            : $"a region where {program} is available: {string.Join(", ", regions)}";
    }

    /// <summary>Gets the regions; an empty list means no restriction.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Gets what the rule requires, in words.</summary>
    public string Description { get; }
}
