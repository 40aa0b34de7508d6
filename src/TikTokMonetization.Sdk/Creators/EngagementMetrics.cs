namespace TikTokMonetization.Creators;

/// <summary>Engagement ratios derived from a <see cref="CreatorSnapshot"/>'s short-video counts.</summary>
/// <remarks>
/// Every ratio is 0 when its denominator is 0 (no views, no followers), never NaN or infinity.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct EngagementMetrics
{
    internal EngagementMetrics(ShortVideoStats videos, long followers, EngagementInteractions interactions)
    {
        Interactions = interactions;
        InteractionCount = Count(videos, interactions);
        ByViews = Ratio(InteractionCount, videos.Views);
        ByFollowers = Ratio(InteractionCount, followers);
        LikeRate = Ratio(videos.Likes, videos.Views);
        CommentRate = Ratio(videos.Comments, videos.Views);
        ShareRate = Ratio(videos.Shares, videos.Views);
        SaveRate = Ratio(videos.Saves, videos.Views);
        QualifiedViewShare = Ratio(videos.QualifiedViews, videos.Views);
    }

    /// <summary>Gets which interactions were counted.</summary>
    public EngagementInteractions Interactions { get; }

    /// <summary>Gets the number of counted interactions.</summary>
    public long InteractionCount { get; }

    /// <summary>Gets the engagement rate by views: counted interactions ÷ views.</summary>
    public double ByViews { get; }

    /// <summary>Gets the engagement rate by followers: counted interactions ÷ followers (may exceed 1 for viral accounts).</summary>
    public double ByFollowers { get; }

    /// <summary>Gets likes ÷ views.</summary>
    public double LikeRate { get; }

    /// <summary>Gets comments ÷ views.</summary>
    public double CommentRate { get; }

    /// <summary>Gets shares ÷ views.</summary>
    public double ShareRate { get; }

    /// <summary>Gets saves ÷ views.</summary>
    public double SaveRate { get; }

    /// <summary>Gets qualified views ÷ views.</summary>
    public double QualifiedViewShare { get; }

    internal static long Count(ShortVideoStats videos, EngagementInteractions interactions)
    {
        long count = 0;
        checked
        {
            if ((interactions & EngagementInteractions.Likes) != 0)
            {
                count += videos.Likes;
            }

            if ((interactions & EngagementInteractions.Comments) != 0)
            {
                count += videos.Comments;
            }

            if ((interactions & EngagementInteractions.Shares) != 0)
            {
                count += videos.Shares;
            }

            if ((interactions & EngagementInteractions.Saves) != 0)
            {
                count += videos.Saves;
            }
        }

        return count;
    }

    private static double Ratio(long numerator, long denominator) => denominator <= 0 ? 0d : (double)numerator / denominator;
}
