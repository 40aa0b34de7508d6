using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Projections;

/// <summary>Moves a snapshot to a month's <see cref="DriverLevels"/>, keeping the fields that follow each driver consistent.</summary>
/// <remarks>
/// <para>Which fields follow which driver (counts rounded half away from zero to whole numbers):</para>
/// <list type="bullet">
/// <item><description>Followers: <c>Profile.Followers</c>.</description></item>
/// <item><description>Views: <c>Videos.Views</c>, <c>Videos.QualifiedViews</c> and <c>Videos.BestVideoQualifiedViews</c>; <c>BrandDeals.MedianViewsPerVideo</c> follows views per post (views ÷ posts).</description></item>
/// <item><description>Views × engagement: <c>Videos.Likes</c>, <c>Comments</c>, <c>Shares</c> and <c>Saves</c>, so they stay at the snapshot's rates per view unless engagement grows.</description></item>
/// <item><description>Posts: <c>Videos.VideosPosted</c> and <c>Videos.LongVideosPosted</c>.</description></item>
/// <item><description>LIVE hours: <c>Live.Hours</c> (at most 24 hours a day of the period) and <c>Live.Sessions</c> (at least 1 while there are hours).</description></item>
/// <item><description>Average viewers: <c>Live.AverageConcurrentViewers</c>.</description></item>
/// <item><description>LIVE hours × average viewers (viewer-hours): <c>Live.NewFollowers</c> and <c>Live.CoinsGifted</c> (rounded half away from zero to 4 decimals, and kept exactly as given while viewer-hours do not move); times engagement as well: <c>Live.Likes</c>.</description></item>
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

        var g = new Grown(snapshot, levels);
        var profile = snapshot.Profile;
        var videos = snapshot.Videos;
        var live = snapshot.Live;
        return snapshot with
        {
            Profile = profile with { Followers = g.Followers },
            Videos = videos with
            {
                VideosPosted = g.VideosPosted,
                LongVideosPosted = g.LongVideosPosted,
                Views = g.Views,
                QualifiedViews = g.QualifiedViews,
                BestVideoQualifiedViews = g.BestVideoQualifiedViews,
                Likes = g.Likes,
                Comments = g.Comments,
                Shares = g.Shares,
                Saves = g.Saves,
            },
            Live = live with
            {
                Sessions = g.Sessions,
                Hours = g.Hours,
                AverageConcurrentViewers = g.AverageViewers,
                Likes = g.LiveLikes,
                NewFollowers = g.LiveNewFollowers,
                CoinsGifted = g.CoinsGifted,
            },
            BrandDeals = snapshot.BrandDeals is { } brandDeals && g.MedianViewsChanged ? brandDeals with { MedianViewsPerVideo = g.MedianViews } : snapshot.BrandDeals,
        };
    }

    /// <summary>
    /// A copy of the snapshot that <see cref="ApplyInto"/> can overwrite: its own profile, video, LIVE and brand-deal
    /// records, every other part shared with <paramref name="snapshot"/> (they are never written).
    /// </summary>
    internal static CreatorSnapshot Scratch(CreatorSnapshot snapshot) => snapshot with
    {
        Profile = snapshot.Profile with { },
        Videos = snapshot.Videos with { },
        Live = snapshot.Live with { },
        BrandDeals = snapshot.BrandDeals is { } brandDeals ? brandDeals with { } : null,
    };

    /// <summary>
    /// Writes the snapshot moved to the given levels into <paramref name="scratch"/> (made by <see cref="Scratch"/> from
    /// the same snapshot), with exactly the values <see cref="Apply"/> gives, and allocates nothing. The caller holds
    /// the scratch alone and hands it only to code that does not keep it (the built-in models' fast paths): the next
    /// month overwrites it.
    /// </summary>
    internal static void ApplyInto(CreatorSnapshot snapshot, in DriverLevels levels, CreatorSnapshot scratch)
    {
        var g = levels.IsUnchanged ? new Grown(snapshot) : new Grown(snapshot, in levels);
        scratch.ForgetChecked();
        scratch.Profile.OverwriteGrown(g.Followers);
        scratch.Videos.OverwriteGrown(g.VideosPosted, g.LongVideosPosted, g.Views, g.QualifiedViews, g.BestVideoQualifiedViews, g.Likes, g.Comments, g.Shares, g.Saves);
        scratch.Live.OverwriteGrown(g.Sessions, g.Hours, g.AverageViewers, g.LiveLikes, g.CoinsGifted, g.LiveNewFollowers);
        scratch.BrandDeals?.OverwriteGrown(g.MedianViewsChanged ? g.MedianViews : snapshot.BrandDeals!.MedianViewsPerVideo);
    }

    /// <summary>The values growth changes, computed once for both ways of writing them.</summary>
    private readonly struct Grown
    {
        public readonly long Followers;
        public readonly int VideosPosted;
        public readonly int LongVideosPosted;
        public readonly long Views;
        public readonly long QualifiedViews;
        public readonly long? BestVideoQualifiedViews;
        public readonly long Likes;
        public readonly long Comments;
        public readonly long Shares;
        public readonly long Saves;
        public readonly int Sessions;
        public readonly double Hours;
        public readonly double AverageViewers;
        public readonly long LiveLikes;
        public readonly long LiveNewFollowers;
        public readonly Coins? CoinsGifted;
        public readonly bool MedianViewsChanged;
        public readonly long? MedianViews;

        // The snapshot's own values: what unchanged levels give.
        public Grown(CreatorSnapshot snapshot)
        {
            var (profile, videos, live) = Parts(snapshot);
            Followers = profile.Followers;
            VideosPosted = videos.VideosPosted;
            LongVideosPosted = videos.LongVideosPosted;
            Views = videos.Views;
            QualifiedViews = videos.QualifiedViews;
            BestVideoQualifiedViews = videos.BestVideoQualifiedViews;
            Likes = videos.Likes;
            Comments = videos.Comments;
            Shares = videos.Shares;
            Saves = videos.Saves;
            Sessions = live.Sessions;
            Hours = live.Hours;
            AverageViewers = live.AverageConcurrentViewers;
            LiveLikes = live.Likes;
            LiveNewFollowers = live.NewFollowers;
            CoinsGifted = live.CoinsGifted;
            MedianViewsChanged = false;
            MedianViews = snapshot.BrandDeals?.MedianViewsPerVideo;
        }

        public Grown(CreatorSnapshot snapshot, in DriverLevels levels)
        {
            var (profile, videos, live) = Parts(snapshot);
            var views = new Multiple(levels.Views);
            var posts = new Multiple(levels.Posts);
            var lives = new Multiple(levels.LiveHours);
            var interactions = new Multiple(levels.Views * levels.Engagement);
            var viewerHoursValue = levels.LiveHours * levels.AverageViewers;
            var viewerHours = new Multiple(viewerHoursValue);
            var maxHours = 24d * snapshot.PeriodDays;
            Hours = Math.Min(live.Hours * (double)levels.LiveHours, maxHours);
            Sessions = Scale(live.Sessions, lives, "Live.Sessions");
            if (Hours > 0d && Sessions == 0)
            {
                Sessions = 1;
            }

            VideosPosted = Scale(videos.VideosPosted, posts, "Videos.VideosPosted");
            if (snapshot.BrandDeals?.MedianViewsPerVideo is { } median && levels.Posts > 0m)
            {
                MedianViewsChanged = true;
                MedianViews = Scale(median, new Multiple(ViewsPerPost(snapshot, levels)), "BrandDeals.MedianViewsPerVideo");
            }
            else
            {
                MedianViewsChanged = false;
                MedianViews = snapshot.BrandDeals?.MedianViewsPerVideo;
            }

            Followers = Scale(profile.Followers, new Multiple(levels.Followers), "Profile.Followers");
            LongVideosPosted = Math.Min(VideosPosted, Scale(videos.LongVideosPosted, posts, "Videos.LongVideosPosted"));
            Views = Scale(videos.Views, views, "Videos.Views");
            QualifiedViews = Scale(videos.QualifiedViews, views, "Videos.QualifiedViews");

            // The best video's views move with every video's: rounded the same way, so it stays at most the period's.
            BestVideoQualifiedViews = videos.BestVideoQualifiedViews is { } best ? Scale(best, views, "Videos.BestVideoQualifiedViews") : null;
            Likes = Scale(videos.Likes, interactions, "Videos.Likes");
            Comments = Scale(videos.Comments, interactions, "Videos.Comments");
            Shares = Scale(videos.Shares, interactions, "Videos.Shares");
            Saves = Scale(videos.Saves, interactions, "Videos.Saves");
            AverageViewers = live.AverageConcurrentViewers * (double)levels.AverageViewers;
            LiveLikes = Scale(live.Likes, new Multiple(viewerHoursValue * levels.Engagement), "Live.Likes");
            LiveNewFollowers = Scale(live.NewFollowers, viewerHours, "Live.NewFollowers");
            CoinsGifted = live.CoinsGifted is { } coins && viewerHoursValue != 1m
                ? new Coins(decimal.Round(coins.Value * viewerHoursValue, CoinDecimals, MidpointRounding.AwayFromZero))
                : live.CoinsGifted;
        }

        // Posts a hair above zero (a monthly rate of -0.99…9 is allowed) can put views ÷ posts past decimal's range. The
        // limit is half that range, so that the rounding of the product cannot let the division overflow; views per post
        // that many are beyond any count whatever the median.
        private static decimal ViewsPerPost(CreatorSnapshot snapshot, in DriverLevels levels) =>
            levels.Posts >= 1m || levels.Views <= levels.Posts * MaxViewsPerPost
                ? levels.Views / levels.Posts
                : throw new GrownCountOutOfRangeException(
                    nameof(levels),
                    levels.Posts,
                    $"BrandDeals.MedianViewsPerVideo follows views ÷ posts, and {levels.Views.ToString(CultureInfo.InvariantCulture)} ÷ {levels.Posts.ToString(CultureInfo.InvariantCulture)} is beyond any count.",
                    new SnapshotProblem(
                        "BrandDeals.MedianViewsPerVideo",
                        $"{snapshot.BrandDeals?.MedianViewsPerVideo?.ToString(CultureInfo.InvariantCulture)} × views ÷ posts (×{levels.Views.ToString(CultureInfo.InvariantCulture)} ÷ ×{levels.Posts.ToString(CultureInfo.InvariantCulture)})",
                        LongCount));

        private static (CreatorProfile Profile, ShortVideoStats Videos, LiveStats Live) Parts(CreatorSnapshot snapshot) => (
            snapshot.Profile ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Profile is null."),
            snapshot.Videos ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Videos is null."),
            snapshot.Live ?? throw new ArgumentNullException(nameof(snapshot), "snapshot.Live is null."));
    }

    // A multiple up to 1e9 times a count (at most long.MaxValue, about 9.2e18) cannot overflow decimal (7.9e28), and
    // times a count up to 9e9 it cannot overflow a long: the common case skips both limit checks.
    private const decimal SmallMultiple = 1_000_000_000m;
    private const long SmallCount = 9_000_000_000;

    private const decimal MaxViewsPerPost = decimal.MaxValue / 2;

    // A grown coin amount keeps four decimals: a ten-thousandth of a coin, far below a cent at any rate card.
    private const int CoinDecimals = 4;

    // Counts up to 10^15 (the input limits allow 10^12) are exact in a double, and their products stay far below 2^53.
    private const long MaxCountInDouble = 1_000_000_000_000_000;

    /// <summary>A driver's multiple, with what its size allows decided once for every count it moves.</summary>
    private readonly struct Multiple(decimal value)
    {
        public readonly decimal Value = value;
        public readonly bool IsOne = value == 1m;
        public readonly bool IsSmall = value <= SmallMultiple;

        /// <summary>The multiple as a double, within a few units of 10^-16 of it; 0 where the fast path does not apply.</summary>
        public readonly double Approximately = value > 0m && value <= SmallMultiple ? (double)value : 0d;
    }

    /// <summary>
    /// The count times the multiple, rounded half away from zero, from a double product when that product is clearly on
    /// one side of a half: the same whole number the decimal product and its rounding give, at a fraction of the cost.
    /// </summary>
    /// <remarks>
    /// The double product differs from the exact one by less than 5 × 10^-16 of it (the multiple's conversion and the
    /// product, each within two units of 2^-53), and decimal's 28-digit product differs from the exact one by less than
    /// 10^-12 for products below 10^15. So when the double's fraction is farther than 10^-15 of the product plus 10^-9
    /// from one half, the exact product and decimal's are on the same side of that half and round to the same whole
    /// number; otherwise <paramref name="count"/> is 0 and the caller computes in decimal.
    /// </remarks>
    private static bool TryScaleFast(long value, in Multiple multiple, out long count)
    {
        if (multiple.Approximately > 0d && value is > 0 and <= MaxCountInDouble)
        {
            var product = value * multiple.Approximately;
            if (product < MaxCountInDouble)
            {
                var whole = Math.Floor(product);
                var fraction = product - whole;
                if (Math.Abs(fraction - 0.5d) > (product * 1e-15) + 1e-9)
                {
                    count = (long)whole + (fraction > 0.5d ? 1 : 0);
                    return true;
                }
            }
        }

        count = 0;
        return false;
    }

    /// <summary><see cref="Scale(long, in Multiple, string)"/> for a multiple given as a decimal (for the laws that compare it with decimal's product).</summary>
    internal static long ScaleCount(long value, decimal multiple) => Scale(value, new Multiple(multiple), "count");

    private static long Scale(long value, in Multiple multiple, string field)
    {
        // Zero stays zero and a multiple of exactly 1 keeps the count (a held driver): the same whole number the
        // product and its rounding give, without a 28-digit decimal product.
        if (value == 0 || multiple.IsOne)
        {
            return value;
        }

        if (TryScaleFast(value, multiple, out var fast))
        {
            return fast;
        }

        // At or above: decimal's largest ÷ the count may round up (to 2^95 for a count of 2), and then the product overflows.
        if (!multiple.IsSmall && multiple.Value >= decimal.MaxValue / Math.Abs(value))
        {
            throw Beyond(field, value, multiple.Value, $"{field} × {multiple.Value.ToString(CultureInfo.InvariantCulture)} is beyond any count.", LongCount);
        }

        var scaled = decimal.Round(value * multiple.Value, 0, MidpointRounding.AwayFromZero);
        return (multiple.IsSmall && value is >= -SmallCount and <= SmallCount) || scaled <= long.MaxValue
            ? (long)scaled
            : throw Beyond(field, value, multiple.Value, $"{field} would be {scaled.ToString(CultureInfo.InvariantCulture)} ({value.ToString(CultureInfo.InvariantCulture)} × {multiple.Value.ToString(CultureInfo.InvariantCulture)}), more than it can hold.", LongCount);
    }

    private static int Scale(int value, in Multiple multiple, string field)
    {
        var scaled = Scale((long)value, multiple, field);
        return scaled <= int.MaxValue
            ? (int)scaled
            : throw Beyond(field, value, multiple.Value, $"{field} would be {scaled.ToString(CultureInfo.InvariantCulture)}, more than it can hold.", IntCount);
    }

    private const string LongCount = "at most 9,223,372,036,854,775,807, the most a count can hold (the input limits, docs/input-limits.md, allow far less)";

    private const string IntCount = "at most 2,147,483,647, the most this count can hold (the input limits, docs/input-limits.md, allow far less)";

    private static GrownCountOutOfRangeException Beyond(string field, long value, decimal multiple, string message, string allowed) =>
        new(nameof(multiple), multiple, message, new SnapshotProblem(field, $"{value.ToString(CultureInfo.InvariantCulture)} × {multiple.ToString(CultureInfo.InvariantCulture)}", allowed));
}
