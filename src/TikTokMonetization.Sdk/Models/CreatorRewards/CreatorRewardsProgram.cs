namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>Which TikTok program pays for short videos: the current Creator Rewards Program or the legacy Creator Fund.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
public enum CreatorRewardsProgram
{
    /// <summary>
    /// The Creator Rewards Program (from March 2024, after the 2023 Creativity Program Beta): pays per 1,000 qualified
    /// views of original videos of a minute or more, at an RPM set by originality, play duration, search value and
    /// audience engagement.
    /// </summary>
    CreatorRewards = 0,

    /// <summary>
    /// The legacy Creator Fund (July 2020 to 16 December 2023 in the US, UK, France and Germany; kept longer in Italy
    /// and Spain): a fixed pool that worked out at a few cents per 1,000 views of any video. Select it to estimate
    /// historical periods.
    /// </summary>
    CreatorFund = 1,
}
