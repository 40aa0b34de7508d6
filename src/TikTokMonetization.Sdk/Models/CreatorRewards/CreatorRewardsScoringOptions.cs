using System.ComponentModel.DataAnnotations;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>
/// How the four drivers TikTok names for Creator Rewards (originality, play duration, search value, audience
/// engagement) place the expected RPM between the program's low and high RPM. Each driver becomes a score from 0 to 1
/// that never falls when the driver rises; the overall score is their weighted average, and
/// expected RPM = low + score × (high − low).
/// </summary>
/// <remarks>
/// TikTok publishes the drivers but neither their weights nor their scales, so every number here is an assumption of
/// this SDK, documented with its reasoning. Not thread-safe while being configured; the SDK only reads it afterwards.
/// </remarks>
public sealed class CreatorRewardsScoringOptions
{
    /// <summary>Gets or sets the score a driver gets when the snapshot does not give it.</summary>
    /// <value>From 0 to 1. The default value is 0.5, the middle of the range: an unknown driver neither raises nor lowers the RPM (SDK assumption).</value>
    [Range(0d, 1d)]
    public decimal NeutralScore { get; set; } = CreatorRewardsDefaults.NeutralScore;

    /// <summary>Gets or sets the weight of originality (<c>Videos.OriginalShare</c>, used as its own score).</summary>
    /// <value>0 to 1,000,000; the four weights must not all be 0. The default value is 1: TikTok publishes no weights, so the SDK weighs the four drivers equally.</value>
    [Range(0d, 1_000_000d)]
    public decimal OriginalityWeight { get; set; } = CreatorRewardsDefaults.Weight;

    /// <summary>Gets or sets the weight of play duration (finish rate and watch time).</summary>
    /// <value>0 to 1,000,000. The default value is 1 (equal weights; see <see cref="OriginalityWeight"/>).</value>
    [Range(0d, 1_000_000d)]
    public decimal PlayDurationWeight { get; set; } = CreatorRewardsDefaults.Weight;

    /// <summary>Gets or sets the weight of search value (<c>Videos.SearchViewShare</c>).</summary>
    /// <value>0 to 1,000,000. The default value is 1 (equal weights; see <see cref="OriginalityWeight"/>).</value>
    [Range(0d, 1_000_000d)]
    public decimal SearchValueWeight { get; set; } = CreatorRewardsDefaults.Weight;

    /// <summary>Gets or sets the weight of audience engagement (engagement rate by views).</summary>
    /// <value>0 to 1,000,000. The default value is 1 (equal weights; see <see cref="OriginalityWeight"/>).</value>
    [Range(0d, 1_000_000d)]
    public decimal EngagementWeight { get; set; } = CreatorRewardsDefaults.Weight;

    /// <summary>Gets or sets the finish rate that earns the full finish-rate score (score = <c>Videos.FinishRate</c> ÷ target, at most 1).</summary>
    /// <value>Greater than 0, at most 1. The default value is 0.70, an SDK assumption after napolify.com's claim that "70%+ completion rates boost RPM significantly" (2025).</value>
    [Range(0.000001d, 1d)]
    public decimal TargetFinishRate { get; set; } = CreatorRewardsDefaults.TargetFinishRate;

    /// <summary>Gets or sets the average seconds watched per view that earn the full watch-time score (score = <c>Videos.AverageWatchSeconds</c> ÷ target, at most 1).</summary>
    /// <value>Greater than 0. The default value is 60 seconds, the minimum length of a paid video: an SDK assumption (no published scale).</value>
    [Range(0.000001d, 1_000_000d)]
    public decimal TargetWatchSeconds { get; set; } = CreatorRewardsDefaults.TargetWatchSeconds;

    /// <summary>Gets or sets the share of views from search that earns the full search-value score (score = <c>Videos.SearchViewShare</c> ÷ cap, at most 1).</summary>
    /// <value>Greater than 0, at most 1. The default value is 0.20 (one view in five from search): an SDK assumption, since no benchmark of search traffic shares was found.</value>
    [Range(0.000001d, 1d)]
    public decimal SearchViewShareCap { get; set; } = CreatorRewardsDefaults.SearchViewShareCap;

    /// <summary>
    /// Gets or sets the engagement rate by views that earns the full engagement score (score = interactions ÷ views ÷
    /// cap, at most 1). Interactions are those of <c>RevenueEngineOptions.EngagementInteractions</c> (likes, comments
    /// and shares by default).
    /// </summary>
    /// <value>
    /// Greater than 0. The default value is 0.08, an SDK assumption: about twice Rival IQ's median engagement rate by
    /// views (3.4% in 2024, 4.1% in 2023), so a median account scores about 0.5.
    /// </value>
    [Range(0.000001d, 1_000d)]
    public decimal EngagementRateCap { get; set; } = CreatorRewardsDefaults.EngagementRateCap;
}
