using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Brand deals at their defaults, written out by hand: a price per sponsored post (the observed price, or the four
/// industry methods combined: lowest low, median expected, highest high) times the sponsored posts in the period.
/// The decimal operations run in the order <c>BrandDealsFigures</c> runs them.
/// </summary>
/// <remarks>
/// Steps that cannot change a value at the defaults are left out: the content type is a video (× 1) and no usage rights
/// are sold (× (1 + 0)). The engagement multiplier the breakdown shows is not part of the price, so it is not computed.
/// </remarks>
internal static class BrandDealsByHand
{
    private const long MinimumFollowers = 1_000;

    /// <summary>Age (19 in KR), 1,000 followers, at least one video in the period, good standing.</summary>
    public static bool IsEligible(CreatorSnapshot snapshot)
    {
        var profile = snapshot.Profile;
        return ByHand.MeetsAge(profile)
            && profile.Followers >= MinimumFollowers
            && snapshot.Videos.VideosPosted >= 1
            && profile.InGoodStanding;
    }

    /// <summary>Low, expected and high US dollars, unrounded; zero when not eligible.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot))
        {
            return (0m, 0m, 0m);
        }

        var posts = Posts(snapshot);
        if (snapshot.BrandDeals?.ObservedPricePerPost is { } observed)
        {
            var price = observed.Amount * ByHand.UsdPer(observed.Currency);
            return (price * posts, price * posts, price * posts);
        }

        var videos = snapshot.Videos;
        var followers = snapshot.Profile.Followers;
        var perVideo = InteractionsPerVideo(videos);
        var thousands = WeightedThousandFollowers(perVideo, followers);
        var views = ViewsPerVideo(snapshot);
        var (tierLow, tierExpected, tierHigh) = Tier(followers);

        var low = Math.Min(Math.Min(Math.Min(thousands * 8.5m, views * 10m / 1000m), perVideo * 0.05m), tierLow);
        var high = Math.Max(Math.Max(Math.Max(thousands * 11.5m, views * 20m / 1000m), perVideo * 0.20m), tierHigh);
        var expected = Median(thousands * 10m, views * 15m / 1000m, perVideo * 0.125m, tierExpected);
        return (low * posts, expected * posts, high * posts);
    }

    /// <summary>The expected US dollars alone, unrounded; zero when not eligible.</summary>
    public static decimal Expected(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot))
        {
            return 0m;
        }

        if (snapshot.BrandDeals?.ObservedPricePerPost is { } observed)
        {
            return observed.Amount * ByHand.UsdPer(observed.Currency) * Posts(snapshot);
        }

        var followers = snapshot.Profile.Followers;
        var perVideo = InteractionsPerVideo(snapshot.Videos);
        var perPost = Median(WeightedThousandFollowers(perVideo, followers) * 10m, ViewsPerVideo(snapshot) * 15m / 1000m, perVideo * 0.125m, Tier(followers).Expected);
        return perPost * Posts(snapshot);
    }

    // Likes, comments and shares per video posted.
    private static decimal InteractionsPerVideo(ShortVideoStats videos) =>
        videos.VideosPosted > 0 ? (decimal)(videos.Likes + videos.Comments + videos.Shares) / videos.VideosPosted : 0m;

    // Followers ÷ 1,000 × clamp(engagement rate ÷ 2.5%, 0.6, 2.2), written as the SDK writes it: clamp(per video ÷ 2.5%, 0.6 F, 2.2 F) ÷ 1,000.
    private static decimal WeightedThousandFollowers(decimal perVideo, long followers)
    {
        var weighted = perVideo / 0.025m;
        var lowest = 0.6m * followers;
        var highest = 2.2m * followers;
        return (weighted < lowest ? lowest : weighted > highest ? highest : weighted) / 1000m;
    }

    // Median views per video when given, else average views per video.
    private static decimal ViewsPerVideo(CreatorSnapshot snapshot)
    {
        var videos = snapshot.Videos;
        return snapshot.BrandDeals?.MedianViewsPerVideo ?? (videos.VideosPosted > 0 ? (decimal)videos.Views / videos.VideosPosted : 0m);
    }

    // The default follower tiers: the highest tier whose lower bound the creator reaches.
    private static (decimal Low, decimal Expected, decimal High) Tier(long followers) => followers switch
    {
        >= 1_000_000 => (7_000m, 7_000m, 7_000m),
        >= 500_000 => (3_000m, 5_000m, 7_000m),
        >= 50_000 => (350m, 1_675m, 3_000m),
        >= 10_000 => (75m, 212.5m, 350m),
        >= 1_000 => (20m, 47.5m, 75m),
        _ => (0m, 0m, 0m),
    };

    // Given posts, else one per 30 days prorated to the period.
    private static decimal Posts(CreatorSnapshot snapshot) =>
        snapshot.BrandDeals?.SponsoredPostsPerPeriod ?? (1m * snapshot.PeriodDays / 30);

    // The median of four prices, the mean of the middle two: five compare-and-swaps put them in order.
    private static decimal Median(decimal a, decimal b, decimal c, decimal d)
    {
        InOrder(ref a, ref b);
        InOrder(ref c, ref d);
        InOrder(ref a, ref c);
        InOrder(ref b, ref d);
        InOrder(ref b, ref c);
        return (b + c) / 2m;
    }

    private static void InOrder(ref decimal x, ref decimal y)
    {
        if (x > y)
        {
            (x, y) = (y, x);
        }
    }
}
