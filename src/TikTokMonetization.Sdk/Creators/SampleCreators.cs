namespace TikTokMonetization.Creators;

/// <summary>
/// Illustrative creators for trying the SDK, for documentation and for tests. They are made up, not real accounts;
/// their magnitudes follow the benchmarks cited in the docs (engagement by views around 4%, a mid-tier LIVE audience).
/// </summary>
/// <remarks>Every member returns an immutable snapshot and is thread-safe.</remarks>
public static class SampleCreators
{
    /// <summary>
    /// Gets a mid-tier US creator over 30 days: 85,000 followers, 24 videos (12 of a minute or more), 1.2 million views,
    /// 12 LIVE sessions totalling 18 hours with 140 average concurrent viewers, 150 subscribers, two sponsored posts,
    /// a merch line sold through TikTok Shop and affiliate products at 15% commission.
    /// </summary>
    public static CreatorSnapshot MidTierUs { get; } = new()
    {
        CreatorId = "sample-mid-tier-us",
        Profile = new CreatorProfile { Followers = 85_000, Age = 27, Region = "US", AudienceRegion = "US", Niche = "comedy", AccountKind = AccountKind.Personal, InGoodStanding = true },
        Videos = new ShortVideoStats
        {
            VideosPosted = 24,
            LongVideosPosted = 12,
            Views = 1_200_000,
            QualifiedViews = 540_000,
            AverageWatchSeconds = 21.5,
            FinishRate = 0.38,
            Likes = 38_000,
            Comments = 2_400,
            Shares = 3_100,
            Saves = 4_200,
            OriginalShare = 0.9,
            SearchViewShare = 0.08,
        },
        Live = new LiveStats { Sessions = 12, Hours = 18, AverageConcurrentViewers = 140, Likes = 52_000, NewFollowers = 900 },
        BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = 2, MedianViewsPerVideo = 35_000 },
        Merchandise = new MerchandiseInputs { AverageOrderValue = Money.Usd(28m), SellsThroughTikTokShop = true },
        Affiliate = new AffiliateInputs { CommissionRate = 0.15 },
        Subscriptions = new SubscriptionInputs { Subscribers = 150 },
    };

    /// <summary>Gets a new creator who is not yet eligible for most programs: 700 followers, 17 years old.</summary>
    public static CreatorSnapshot Newcomer { get; } = new()
    {
        CreatorId = "sample-newcomer",
        Profile = new CreatorProfile { Followers = 700, Age = 17, Region = "GB" },
        Videos = new ShortVideoStats { VideosPosted = 10, LongVideosPosted = 1, Views = 8_000, QualifiedViews = 2_500, Likes = 600, Comments = 40, Shares = 15, Saves = 20 },
        Live = new LiveStats(),
    };

    /// <summary>Gets a creator whose only activity in the period is likes: no views, no LIVE, no sales. Every built-in stream pays nothing.</summary>
    public static CreatorSnapshot LikesOnly { get; } = new()
    {
        CreatorId = "sample-likes-only",
        Profile = new CreatorProfile { Followers = 50_000, Age = 30, Region = "US" },
        Videos = new ShortVideoStats { Likes = 100_000 },
        Live = new LiveStats { Likes = 250_000 },
    };
}
