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
        // Validation puts no ceiling on counts, so their sum may not fit in a long. A decimal holds any sum of four
        // longs exactly: the ratios use it as it is, and only the reported count is capped.
        var sum = videos.CountInteractions(interactions);
        InteractionCount = sum > long.MaxValue ? long.MaxValue : sum < long.MinValue ? long.MinValue : (long)sum;
        ByViews = Ratio((double)sum, videos.Views);
        ByFollowers = Ratio((double)sum, followers);
        LikeRate = Ratio(videos.Likes, videos.Views);
        CommentRate = Ratio(videos.Comments, videos.Views);
        ShareRate = Ratio(videos.Shares, videos.Views);
        SaveRate = Ratio(videos.Saves, videos.Views);
        QualifiedViewShare = Ratio(videos.QualifiedViews, videos.Views);
    }

    /// <summary>Gets which interactions were counted.</summary>
    public EngagementInteractions Interactions { get; }

    /// <summary>Gets the number of counted interactions, capped at <see cref="long.MaxValue"/> (the ratios are not capped).</summary>
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

    private static double Ratio(double numerator, long denominator) => denominator <= 0 ? 0d : numerator / denominator;
}
