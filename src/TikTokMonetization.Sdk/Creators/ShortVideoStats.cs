namespace TikTokMonetization.Creators;

/// <summary>Short-video activity over the snapshot's period.</summary>
/// <remarks>
/// Instances are immutable once initialised and are thread-safe. Engagement ratios are derived from these counts by
/// <see cref="CreatorSnapshot.GetEngagement(EngagementInteractions)"/>; they are not stored a second time.
/// </remarks>
public sealed record ShortVideoStats
{
    // The fields growth changes are written out, so that the simulation can overwrite them on a copy that only it holds
    // (OverwriteGrown); to everyone else the record is as immutable as its init-only properties say.
    private int _videosPosted;
    private int _longVideosPosted;
    private long _views;
    private long _qualifiedViews;
    private long? _bestVideoQualifiedViews;
    private long _likes;
    private long _comments;
    private long _shares;
    private long _saves;

    /// <summary>Gets the number of videos posted in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public int VideosPosted { get => _videosPosted; init => _videosPosted = value; }

    /// <summary>Gets how many of <see cref="VideosPosted"/> are at least 60 seconds long (the Creator Rewards minimum).</summary>
    /// <value>0 to <see cref="VideosPosted"/>. The default value is 0.</value>
    public int LongVideosPosted { get => _longVideosPosted; init => _longVideosPosted = value; }

    /// <summary>Gets the video views in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Views { get => _views; init => _views = value; }

    /// <summary>Gets the qualified views: For You views of eligible videos watched at least 5 seconds, as TikTok counts them for Creator Rewards.</summary>
    /// <value>0 to <see cref="Views"/>. The default value is 0.</value>
    public long QualifiedViews { get => _qualifiedViews; init => _qualifiedViews = value; }

    /// <summary>Gets the qualified views of the period's best video (the most of any one video), when known; a program's per-video minimum of qualified views is checked against it.</summary>
    /// <value>0 to <see cref="QualifiedViews"/>, or <see langword="null"/>.</value>
    public long? BestVideoQualifiedViews { get => _bestVideoQualifiedViews; init => _bestVideoQualifiedViews = value; }

    /// <summary>Gets the average watch time per view in seconds, when known.</summary>
    /// <value>A finite number, zero or greater, or <see langword="null"/>.</value>
    public double? AverageWatchSeconds { get; init; }

    /// <summary>Gets the share of views watched to the end, when known.</summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/>.</value>
    public double? FinishRate { get; init; }

    /// <summary>Gets the share of the period's videos of a minute or more that are original (not duets, stitches, reposts or sponsored), when known. Creator Rewards pays only for original videos and scores originality.</summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/> (models then assume their configured default).</value>
    public double? OriginalShare { get; init; }

    /// <summary>Gets the share of views that came from TikTok search (TikTok Studio traffic sources), when known; a measurable proxy for the "search value" Creator Rewards scores.</summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/>.</value>
    public double? SearchViewShare { get; init; }

    /// <summary>Gets the likes the videos received in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Likes { get => _likes; init => _likes = value; }

    /// <summary>Gets the comments the videos received in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Comments { get => _comments; init => _comments = value; }

    /// <summary>Gets the shares of the videos in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Shares { get => _shares; init => _shares = value; }

    /// <summary>Gets the saves (favourites) of the videos in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Saves { get => _saves; init => _saves = value; }

    /// <summary>Counts the interactions an engagement definition includes: the sum of the chosen counts, exact.</summary>
    /// <remarks>
    /// Validation puts no ceiling on the counts, so their sum may not fit in a <see cref="long"/>; a <see cref="decimal"/>
    /// holds any sum of four of them exactly. This is the numerator of <see cref="EngagementMetrics.ByViews"/> and
    /// <see cref="EngagementMetrics.ByFollowers"/>, and what the brand-deals model prices per video.
    /// </remarks>
    /// <param name="interactions">Which interactions count (likes, comments, shares, saves, in any combination).</param>
    /// <returns>The number of counted interactions.</returns>
    public decimal CountInteractions(EngagementInteractions interactions)
    {
        // In 64 bits when the counts fit (every real account): a whole number either way, so the same decimal.
        var whole = 0L;
        if (TryAdd(ref whole, Likes, interactions, EngagementInteractions.Likes)
            && TryAdd(ref whole, Comments, interactions, EngagementInteractions.Comments)
            && TryAdd(ref whole, Shares, interactions, EngagementInteractions.Shares)
            && TryAdd(ref whole, Saves, interactions, EngagementInteractions.Saves))
        {
            return whole;
        }

        var sum = 0m;
        if ((interactions & EngagementInteractions.Likes) != 0)
        {
            sum += Likes;
        }

        if ((interactions & EngagementInteractions.Comments) != 0)
        {
            sum += Comments;
        }

        if ((interactions & EngagementInteractions.Shares) != 0)
        {
            sum += Shares;
        }

        if ((interactions & EngagementInteractions.Saves) != 0)
        {
            sum += Saves;
        }

        return sum;
    }

    private static bool TryAdd(ref long sum, long count, EngagementInteractions interactions, EngagementInteractions counted)
    {
        if ((interactions & counted) == 0)
        {
            return true;
        }

        if (count >= 0 ? sum > long.MaxValue - count : sum < long.MinValue - count)
        {
            return false;
        }

        sum += count;
        return true;
    }

    /// <summary>
    /// Overwrites the values a projection grows. Only for a copy the caller made and holds alone (the simulation's
    /// per-thread scratch snapshot, see <c>SnapshotGrowth.ApplyInto</c>): never call it on an instance anyone else can see.
    /// </summary>
    internal void OverwriteGrown(int videosPosted, int longVideosPosted, long views, long qualifiedViews, long? bestVideoQualifiedViews, long likes, long comments, long shares, long saves)
    {
        _videosPosted = videosPosted;
        _longVideosPosted = longVideosPosted;
        _views = views;
        _qualifiedViews = qualifiedViews;
        _bestVideoQualifiedViews = bestVideoQualifiedViews;
        _likes = likes;
        _comments = comments;
        _shares = shares;
        _saves = saves;
    }
}
