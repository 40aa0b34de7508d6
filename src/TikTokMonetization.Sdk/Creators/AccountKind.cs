namespace TikTokMonetization.Creators;

/// <summary>The kind of TikTok account, which decides eligibility for several programs.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
public enum AccountKind
{
    /// <summary>A personal (creator) account. Creator Rewards requires one.</summary>
    Personal = 0,

    /// <summary>A business account. Excluded from Creator Rewards.</summary>
    Business = 1,

    /// <summary>A government, politician or political-party account. Excluded from LIVE gifts and Creator Rewards.</summary>
    GovernmentOrPolitical = 2,
}
