using TikTokMonetization.Creators;

namespace TikTokMonetization.Cli;

/// <summary>The built-in sample creators, by the names <c>--sample</c> accepts.</summary>
internal static class SampleNames
{
    public const string MidTierUs = "mid-tier-us";

    public static IReadOnlyList<string> All { get; } = [MidTierUs, "newcomer", "likes-only"];

    public static CreatorSnapshot Get(string? name) => name switch
    {
        null or MidTierUs => SampleCreators.MidTierUs,
        "newcomer" => SampleCreators.Newcomer,
        "likes-only" => SampleCreators.LikesOnly,
        _ => throw new CliException($"--sample '{name}' is not a sample creator; use one of {string.Join(", ", All)}."),
    };
}
