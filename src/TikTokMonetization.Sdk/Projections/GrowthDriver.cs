namespace TikTokMonetization.Projections;

/// <summary>A quantity of a creator's snapshot that grows from month to month in a projection.</summary>
/// <remarks>
/// Each driver moves a set of snapshot fields together so that the snapshot stays consistent; see
/// <see cref="SnapshotGrowth.Apply"/> for exactly which fields follow which driver. An enumeration; values are immutable and thread-safe.
/// </remarks>
public enum GrowthDriver
{
    /// <summary>Followers: <c>Profile.Followers</c> (a stock: it compounds and is never seasonal).</summary>
    Followers = 0,

    /// <summary>Short-video views per period, with qualified views, likes, comments, shares and saves at the snapshot's rates.</summary>
    Views = 1,

    /// <summary>LIVE hours per period, with sessions, LIVE likes, LIVE follows and observed coins at the snapshot's rates.</summary>
    LiveHours = 2,

    /// <summary>Average concurrent LIVE viewers, with LIVE likes, LIVE follows and observed coins at the snapshot's rates.</summary>
    AverageViewers = 3,

    /// <summary>Videos posted per period (and those of a minute or more, in the same proportion).</summary>
    Posts = 4,

    /// <summary>The engagement rate: likes, comments, shares and saves per view, on short videos and on LIVE.</summary>
    Engagement = 5,
}
