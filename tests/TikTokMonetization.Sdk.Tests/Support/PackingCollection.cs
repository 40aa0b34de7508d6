namespace TikTokMonetization.Tests;

/// <summary>
/// The tests that run <c>dotnet pack</c> on the repository's projects: one at a time, because two packs of projects that
/// share the SDK would build it into the same obj folder at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packing";
}
