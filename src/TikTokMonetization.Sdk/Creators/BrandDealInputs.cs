namespace TikTokMonetization.Creators;

/// <summary>Optional facts about a creator's sponsored posts, used by brand-deal models when present.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record BrandDealInputs
{
    // The fields growth changes are written out, so that the simulation can overwrite them on a copy that only it holds
    // (OverwriteGrown); to everyone else the record is as immutable as its init-only properties say.
    private long? _medianViewsPerVideo;

    /// <summary>Gets the number of sponsored posts expected in the period, when known.</summary>
    /// <value>Zero or greater, or <see langword="null"/> to use the model's configured default.</value>
    public int? SponsoredPostsPerPeriod { get; init; }

    /// <summary>Gets the median views per recent video, when known (pricing by CPM prefers it to the average).</summary>
    /// <value>Zero or greater, or <see langword="null"/>.</value>
    public long? MedianViewsPerVideo { get => _medianViewsPerVideo; init => _medianViewsPerVideo = value; }

    /// <summary>Gets a price per sponsored post the creator has actually been paid or quoted, when known.</summary>
    /// <value>Zero or greater, or <see langword="null"/>.</value>
    public Money? ObservedPricePerPost { get; init; }

    /// <summary>
    /// Gets the engagement rate by followers (interactions per video ÷ followers) as a source states it, when known;
    /// models then take interactions per video as this rate × followers instead of counting them from the videos.
    /// </summary>
    /// <value>A finite number from 0 to 100 (a viral account may exceed 1), or <see langword="null"/>. Not with <see cref="EngagementRateByViews"/>.</value>
    public double? EngagementRateByFollowers { get; init; }

    /// <summary>
    /// Gets the engagement rate by views (interactions ÷ views) as a source states it, when known; models then take
    /// interactions per video as this rate × views per video (the median when given, else the average).
    /// </summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/>. Not with <see cref="EngagementRateByFollowers"/>.</value>
    public double? EngagementRateByViews { get; init; }

    /// <summary>
    /// Overwrites the values a projection grows. Only for a copy the caller made and holds alone (the simulation's
    /// per-thread scratch snapshot, see <c>SnapshotGrowth.ApplyInto</c>): never call it on an instance anyone else can see.
    /// </summary>
    internal void OverwriteGrown(long? medianViewsPerVideo)
    {
        _medianViewsPerVideo = medianViewsPerVideo;
    }
}
