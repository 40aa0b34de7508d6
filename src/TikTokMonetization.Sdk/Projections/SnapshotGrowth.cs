using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Projections;

/// <summary>Moves a snapshot to a month's <see cref="DriverLevels"/>, keeping the fields that follow each driver consistent.</summary>
/// <remarks>
/// <para>Which fields follow which driver (counts rounded half away from zero to whole numbers):</para>
/// <list type="bullet">
/// <item><description>Followers: <c>Profile.Followers</c>.</description></item>
/// <item><description>Views: <c>Videos.Views</c> and <c>Videos.QualifiedViews</c>; <c>BrandDeals.MedianViewsPerVideo</c> follows views per post (views ÷ posts).</description></item>
/// <item><description>Views × engagement: <c>Videos.Likes</c>, <c>Comments</c>, <c>Shares</c> and <c>Saves</c>, so they stay at the snapshot's rates per view unless engagement grows.</description></item>
/// <item><description>Posts: <c>Videos.VideosPosted</c> and <c>Videos.LongVideosPosted</c>.</description></item>
/// <item><description>LIVE hours: <c>Live.Hours</c> (at most 24 hours a day of the period) and <c>Live.Sessions</c> (at least 1 while there are hours).</description></item>
/// <item><description>Average viewers: <c>Live.AverageConcurrentViewers</c>.</description></item>
/// <item><description>LIVE hours × average viewers (viewer-hours): <c>Live.NewFollowers</c> and <c>Live.CoinsGifted</c>; times engagement as well: <c>Live.Likes</c>.</description></item>
/// </list>
/// <para>
/// Everything else (age, region, account kind, watch time and shares of views, merchandise, affiliate and subscription
/// inputs, the period's length) is held at the snapshot's values. Levels that are all 1 return the snapshot itself.
/// Stateless and thread-safe.
/// </para>
/// </remarks>
public static class SnapshotGrowth
{
    /// <summary>Returns the snapshot moved to the given levels.</summary>
    /// <param name="snapshot">The starting snapshot (month 0).</param>
    /// <param name="levels">The multiples of each driver.</param>
    /// <returns>The moved snapshot; <paramref name="snapshot"/> itself when <paramref name="levels"/> are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its parts is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A moved count would not fit its field; the message names the field and the value.</exception>
    public static CreatorSnapshot Apply(CreatorSnapshot snapshot, DriverLevels levels)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        if (levels.IsUnchanged)
        {
            return snapshot;
        }

        var profile = snapshot.Profile ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Profile is null.");
        var videos = snapshot.Videos ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Videos is null.");
        var live = snapshot.Live ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Live is null.");

        var interactions = levels.Views * levels.Engagement;
        var viewerHours = levels.LiveHours * levels.AverageViewers;
        var maxHours = 24d * snapshot.PeriodDays;
        var hours = Math.Min(live.Hours * (double)levels.LiveHours, maxHours);
        var sessions = Scale(live.Sessions, levels.LiveHours, "Live.Sessions");
        if (hours > 0d && sessions == 0)
        {
            sessions = 1;
        }

        var posted = Scale(videos.VideosPosted, levels.Posts, "Videos.VideosPosted");
        var brandDeals = snapshot.BrandDeals;
        if (brandDeals?.MedianViewsPerVideo is { } median && levels.Posts > 0m)
        {
            brandDeals = brandDeals with { MedianViewsPerVideo = Scale(median, levels.Views / levels.Posts, "BrandDeals.MedianViewsPerVideo") };
        }

        return snapshot with
        {
            Profile = profile with { Followers = Scale(profile.Followers, levels.Followers, "Profile.Followers") },
            Videos = videos with
            {
                VideosPosted = posted,
                LongVideosPosted = Math.Min(posted, Scale(videos.LongVideosPosted, levels.Posts, "Videos.LongVideosPosted")),
                Views = Scale(videos.Views, levels.Views, "Videos.Views"),
                QualifiedViews = Scale(videos.QualifiedViews, levels.Views, "Videos.QualifiedViews"),
                Likes = Scale(videos.Likes, interactions, "Videos.Likes"),
                Comments = Scale(videos.Comments, interactions, "Videos.Comments"),
                Shares = Scale(videos.Shares, interactions, "Videos.Shares"),
                Saves = Scale(videos.Saves, interactions, "Videos.Saves"),
            },
            Live = live with
            {
                Sessions = sessions,
                Hours = hours,
                AverageConcurrentViewers = live.AverageConcurrentViewers * (double)levels.AverageViewers,
                Likes = Scale(live.Likes, viewerHours * levels.Engagement, "Live.Likes"),
                NewFollowers = Scale(live.NewFollowers, viewerHours, "Live.NewFollowers"),
                CoinsGifted = live.CoinsGifted is { } coins ? new Coins(decimal.Round(coins.Value * viewerHours, 4, MidpointRounding.AwayFromZero)) : null,
            },
            BrandDeals = brandDeals,
        };
    }

    private static long Scale(long value, decimal multiple, string field)
    {
        if (value != 0 && multiple > decimal.MaxValue / Math.Abs(value))
        {
            throw new ArgumentOutOfRangeException(nameof(multiple), multiple, $"{field} × {multiple.ToString(CultureInfo.InvariantCulture)} is beyond any count.");
        }

        var scaled = decimal.Round(value * multiple, 0, MidpointRounding.AwayFromZero);
        return scaled <= long.MaxValue
            ? (long)scaled
            : throw new ArgumentOutOfRangeException(nameof(multiple), multiple, $"{field} would be {scaled.ToString(CultureInfo.InvariantCulture)} ({value.ToString(CultureInfo.InvariantCulture)} × {multiple.ToString(CultureInfo.InvariantCulture)}), more than it can hold.");
    }

    private static int Scale(int value, decimal multiple, string field)
    {
        var scaled = Scale((long)value, multiple, field);
        return scaled <= int.MaxValue
            ? (int)scaled
            : throw new ArgumentOutOfRangeException(nameof(multiple), multiple, $"{field} would be {scaled.ToString(CultureInfo.InvariantCulture)}, more than it can hold.");
    }
}
