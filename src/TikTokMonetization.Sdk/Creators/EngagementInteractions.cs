namespace TikTokMonetization.Creators;

/// <summary>Which interactions count as engagement. Tools disagree (see the docs); the SDK makes it a setting.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
[Flags]
public enum EngagementInteractions
{
    /// <summary>No interactions.</summary>
    None = 0,

    /// <summary>Likes.</summary>
    Likes = 1,

    /// <summary>Comments.</summary>
    Comments = 2,

    /// <summary>Shares.</summary>
    Shares = 4,

    /// <summary>Saves (favourites).</summary>
    Saves = 8,

    /// <summary>Likes, comments and shares: the definition Rival IQ and most calculators use, and the SDK's default.</summary>
    Default = Likes | Comments | Shares,

    /// <summary>Likes, comments, shares and saves.</summary>
    All = Likes | Comments | Shares | Saves,
}
