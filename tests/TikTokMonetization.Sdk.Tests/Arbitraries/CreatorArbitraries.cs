using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers generators of valid creators: <see cref="CreatorSnapshot"/> (eligible and ineligible creators, every activity
/// mix), <see cref="CreatorProfile"/>, batches of up to eight snapshots and every <see cref="EngagementInteractions"/>
/// combination. Use it as <c>[Property(Arbitrary = [typeof(CreatorArbitraries)])]</c>.
/// </summary>
public static class CreatorArbitraries
{
    private static readonly string?[] Regions = ["US", "GB", "DE", "FR", "KR", "JP", "BR", "MX", "IN", null];
    private static readonly string?[] Niches = ["finance", "gaming", "beauty", "comedy", "education", "food", null];

    private static Gen<double?> OptionalFraction() => Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 100).Select(p => (double?)(p / 100d)));

    private static Gen<Money?> OptionalUsd(int maxDollars) => Gen.OneOf(Gen.Constant((Money?)null), Gen.Choose(0, maxDollars * 100).Select(c => (Money?)Money.Usd(c / 100m)));

    /// <summary>Generates profiles around every eligibility threshold (ages 12-70, followers 0 to 5 million).</summary>
    public static Gen<CreatorProfile> ProfileGen() =>
        from followers in Gen.OneOf(Gen.Choose(0, 2_000), Gen.Choose(0, 200_000), Gen.Choose(0, 5_000_000))
        from age in Gen.OneOf(Gen.Choose(12, 70).Select(a => (int?)a), Gen.Constant((int?)null))
        from region in Gen.Elements(Regions)
        from kind in Gen.Elements(AccountKind.Personal, AccountKind.Personal, AccountKind.Business, AccountKind.GovernmentOrPolitical)
        from standing in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from audience in Gen.Elements(Regions)
        from niche in Gen.Elements(Niches)
        select new CreatorProfile { Followers = followers, Age = age, Region = region, AccountKind = kind, InGoodStanding = standing, AudienceRegion = audience, Niche = niche };

    /// <summary>Generates consistent short-video statistics (qualified views never above views, long videos never above videos).</summary>
    public static Gen<ShortVideoStats> Videos() =>
        from posted in Gen.Choose(0, 200)
        from longPosted in Gen.Choose(0, posted)
        from views in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 50_000_000))
        from qualifiedPermille in Gen.Choose(0, 1000)
        from finish in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 100).Select(p => (double?)(p / 100d)))
        from watch in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 600).Select(s => (double?)s))
        from likes in Gen.Choose(0, 5_000_000)
        from comments in Gen.Choose(0, 200_000)
        from shares in Gen.Choose(0, 200_000)
        from saves in Gen.Choose(0, 200_000)
        from original in OptionalFraction()
        from search in OptionalFraction()
        select new ShortVideoStats
        {
            OriginalShare = original,
            SearchViewShare = search,
            VideosPosted = posted,
            LongVideosPosted = longPosted,
            Views = views,
            QualifiedViews = views * (long)qualifiedPermille / 1000,
            FinishRate = finish,
            AverageWatchSeconds = watch,
            Likes = likes,
            Comments = comments,
            Shares = shares,
            Saves = saves,
        };

    /// <summary>Generates LIVE statistics, with observed coins about a third of the time.</summary>
    public static Gen<LiveStats> Live() =>
        from sessions in Gen.Choose(0, 60)
        from tenthsOfHours in sessions == 0 ? Gen.Constant(0) : Gen.Choose(1, 2_000)
        from viewers in Gen.Choose(0, 50_000)
        from likes in Gen.Choose(0, 2_000_000)
        from coins in Gen.OneOf(Gen.Constant((Coins?)null), Gen.Choose(0, 5_000_000).Select(c => (Coins?)new Coins(c)))
        from followers in Gen.Choose(0, 10_000)
        select new LiveStats
        {
            Sessions = sessions,
            Hours = tenthsOfHours / 10d,
            AverageConcurrentViewers = viewers,
            Likes = likes,
            CoinsGifted = coins,
            NewFollowers = followers,
        };

    /// <summary>Generates optional brand-deal facts (null half of the time).</summary>
    public static Gen<BrandDealInputs?> BrandDeals() => Gen.OneOf(
        Gen.Constant((BrandDealInputs?)null),
        from posts in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 20).Select(p => (int?)p))
        from median in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(0, 2_000_000).Select(m => (long?)m))
        from price in OptionalUsd(20_000)
        select (BrandDealInputs?)new BrandDealInputs { SponsoredPostsPerPeriod = posts, MedianViewsPerVideo = median, ObservedPricePerPost = price });

    /// <summary>Generates optional merchandise facts (null half of the time).</summary>
    public static Gen<MerchandiseInputs?> Merchandise() => Gen.OneOf(
        Gen.Constant((MerchandiseInputs?)null),
        from orders in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(0, 50_000).Select(o => (long?)o))
        from aov in OptionalUsd(300)
        from shop in Gen.Elements(true, false)
        select (MerchandiseInputs?)new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = aov, SellsThroughTikTokShop = shop });

    /// <summary>Generates optional affiliate facts (null half of the time).</summary>
    public static Gen<AffiliateInputs?> Affiliate() => Gen.OneOf(
        Gen.Constant((AffiliateInputs?)null),
        from sales in OptionalUsd(500_000)
        from rate in OptionalFraction()
        select (AffiliateInputs?)new AffiliateInputs { ObservedSales = sales, CommissionRate = rate });

    /// <summary>Generates optional subscription facts (null half of the time).</summary>
    public static Gen<SubscriptionInputs?> Subscriptions() => Gen.OneOf(
        Gen.Constant((SubscriptionInputs?)null),
        from subscribers in Gen.Choose(0, 20_000)
        from price in OptionalUsd(30)
        select (SubscriptionInputs?)new SubscriptionInputs { Subscribers = subscribers, MonthlyPrice = price });

    /// <summary>Generates valid snapshots, with every optional input present or absent.</summary>
    public static Gen<CreatorSnapshot> SnapshotGen() =>
        from profile in ProfileGen()
        from videos in Videos()
        from live in Live()
        from brand in BrandDeals()
        from merchandise in Merchandise()
        from affiliate in Affiliate()
        from subscriptions in Subscriptions()
        select new CreatorSnapshot
        {
            Profile = profile,
            Videos = videos,
            Live = live,
            BrandDeals = brand,
            Merchandise = merchandise,
            Affiliate = affiliate,
            Subscriptions = subscriptions,
        };

    /// <summary>Valid snapshots as an arbitrary (no shrinking: snapshots are records of many fields).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Snapshot() => SnapshotGen().ToArbitrary();

    /// <summary>Valid profiles around every eligibility threshold.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorProfile> Profile() => ProfileGen().ToArbitrary();

    /// <summary>Batches of zero to eight valid snapshots, for the engine's batch path.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot[]> Batch() => SnapshotGen().ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary();

    /// <summary>Every combination of the four engagement interactions (0 to 15).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EngagementInteractions> Interactions() => Gen.Choose(0, 15).Select(i => (EngagementInteractions)i).ToArbitrary();
}

/// <summary>Registers valid snapshots of creators who meet every LIVE gifts rule under the default options as <see cref="CreatorSnapshot"/>.</summary>
public static class LiveEligibleCreatorArbitraries
{
    /// <summary>LIVE-eligible creators: 1,000 to 5 million followers, 19 to 70 years old, a US account in good standing.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Snapshot() =>
        (from snapshot in CreatorArbitraries.SnapshotGen()
         from followers in Gen.Choose(1_000, 5_000_000)
         from age in Gen.Choose(19, 70)
         select snapshot with { Profile = new CreatorProfile { Followers = followers, Age = age, Region = "US", InGoodStanding = true } }).ToArbitrary();
}

/// <summary>Registers valid snapshots whose counts reach up to <see cref="long.MaxValue"/> as <see cref="CreatorSnapshot"/>: nothing in validation caps them.</summary>
public static class HugeCountCreatorArbitraries
{
    /// <summary>Valid snapshots with views, likes, comments, shares, saves and followers anywhere up to <see cref="long.MaxValue"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Snapshot()
    {
        var huge = Gen.OneOf(
            Gen.Elements(0L, 1L, long.MaxValue, long.MaxValue - 1, long.MaxValue / 2, long.MaxValue / 3),
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select ((long)high << 32) | (uint)low);
        return (from s in CreatorArbitraries.SnapshotGen()
                from views in huge
                from qualified in huge
                from likes in huge
                from comments in huge
                from shares in huge
                from saves in huge
                from followers in huge
                select s with
                {
                    Profile = new CreatorProfile { Followers = followers },
                    Videos = new ShortVideoStats
                    {
                        Views = views,
                        QualifiedViews = Math.Min(qualified, views),
                        Likes = likes,
                        Comments = comments,
                        Shares = shares,
                        Saves = saves,
                    },
                }).ToArbitrary();
    }
}
