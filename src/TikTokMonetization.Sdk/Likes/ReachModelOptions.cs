using System.ComponentModel.DataAnnotations;

namespace TikTokMonetization.Likes;

/// <summary>
/// Options of the default reach model, a saturating curve from engagement rate by views to reach. Every number is an
/// assumption of this SDK (TikTok publishes no such curve); see <c>docs/likes.md</c>.
/// </summary>
/// <remarks>
/// Reach index R(e) = 1 + <see cref="MaximumViewsUplift"/> × e / (e + <see cref="EngagementRateAtHalfUplift"/>), where e is the
/// weighted engagement rate by views. The views multiplier is R(after) / R(before); the LIVE viewers multiplier is
/// 1 + <see cref="LiveElasticity"/> × (views multiplier − 1). Bind from <c>TikTokMonetization:Reach</c>; validated at start.
/// Not thread-safe while being configured; the SDK only reads it afterwards.
/// </remarks>
public sealed class ReachModelOptions
{
    /// <summary>Gets or sets the most that engagement can raise reach over a video with no engagement at all.</summary>
    /// <value>From 0 to 1: the likes analysis may at most double views, a bound of the overflow budget (docs/input-limits.md). The default value is 0.5 (at most +50%), an SDK assumption.</value>
    [Range(0d, 1d)]
    public decimal MaximumViewsUplift { get; set; } = 0.5m;

    /// <summary>Gets or sets the weighted engagement rate by views at which half of the uplift is reached.</summary>
    /// <value>Greater than 0. The default value is 0.04: Rival IQ's 2023 average engagement rate by views was 4.14%, so a typical account sits at the curve's half point.</value>
    [Range(0.000001d, 10d)]
    public decimal EngagementRateAtHalfUplift { get; set; } = 0.04m;

    /// <summary>Gets or sets the weight of a like in the engagement rate.</summary>
    /// <value>Zero or greater. The default value is 1.</value>
    [Range(0d, 1000d)]
    public decimal LikeWeight { get; set; } = 1m;

    /// <summary>Gets or sets the weight of a comment.</summary>
    /// <value>Zero or greater. The default value is 2: TikTok says stronger signals outweigh weaker ones (newsroom, Jun 2020); the weight is an SDK assumption.</value>
    [Range(0d, 1000d)]
    public decimal CommentWeight { get; set; } = 2m;

    /// <summary>Gets or sets the weight of a share.</summary>
    /// <value>Zero or greater. The default value is 3, an SDK assumption (a share puts the video in front of new viewers).</value>
    [Range(0d, 1000d)]
    public decimal ShareWeight { get; set; } = 3m;

    /// <summary>Gets or sets the weight of a save.</summary>
    /// <value>Zero or greater. The default value is 1, an SDK assumption.</value>
    [Range(0d, 1000d)]
    public decimal SaveWeight { get; set; } = 1m;

    /// <summary>Gets or sets how much of the video reach response reaches LIVE discovery.</summary>
    /// <value>From 0 to 1. The default value is 0.5, an SDK assumption.</value>
    [Range(0d, 1d)]
    public decimal LiveElasticity { get; set; } = 0.5m;
}
