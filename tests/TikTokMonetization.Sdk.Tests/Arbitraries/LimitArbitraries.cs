using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers a generator of valid creators whose every count, price and amount is zero, tiny or at its documented limit
/// (docs/input-limits.md), in the currencies of <see cref="OptionsAtTheirBounds"/>'s widest exchange-rate table. Use it
/// as <c>[Property(Arbitrary = [typeof(LimitArbitraries)])]</c>.
/// </summary>
public static class LimitArbitraries
{
    private const long MaxCount = 1_000_000_000_000;
    private const long MaxLikes = 2_000_000_000_000;
    private const long MaxPeople = 10_000_000_000;
    private const int MaxItems = 1_000_000;
    private const decimal MaxPrice = 1_000_000_000m;
    private const decimal MaxAmount = 1_000_000_000_000m;

    private static readonly Currency[] Currencies = [Currency.Eur, Currency.FromCode("IDR"), Currency.Usd];

    /// <summary>Gets the creator with every count, price and amount at its limit, in the currency that multiplies most.</summary>
    public static CreatorSnapshot WorstCase { get; } = new()
    {
        CreatorId = "worst-case",
        PeriodDays = 366,
        Profile = new CreatorProfile { Followers = MaxPeople, Age = 30, Region = "US", AudienceRegion = "US", Niche = "finance", AccountKind = AccountKind.Personal },
        Videos = new ShortVideoStats
        {
            VideosPosted = 1,
            LongVideosPosted = 1,
            Views = MaxCount,
            QualifiedViews = MaxCount,
            Likes = MaxLikes,
            Comments = MaxCount,
            Shares = MaxCount,
            Saves = MaxCount,
            FinishRate = 1,
            AverageWatchSeconds = 86_400,
            OriginalShare = 1,
            SearchViewShare = 1,
        },
        Live = new LiveStats { Sessions = MaxItems, Hours = 24d * 366, AverageConcurrentViewers = 1e10, Likes = 1 },
        BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = MaxItems, MedianViewsPerVideo = MaxCount },
        Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(MaxPrice, Currency.Eur) },
        Affiliate = new AffiliateInputs(),
        Subscriptions = new SubscriptionInputs { Subscribers = MaxPeople, MonthlyPrice = new Money(MaxPrice, Currency.Eur) },
    };

    /// <summary>Generates valid creators at the edges of every documented limit.</summary>
    public static Arbitrary<CreatorSnapshot> AtTheLimits() => Snapshots().ToArbitrary();

    private static Gen<long> Count(long limit) => Gen.Elements(0L, 1L, limit / 2, limit);

    private static Gen<int> Items() => Gen.Elements(0, 1, MaxItems);

    private static Gen<Money?> Price(decimal limit) =>
        from amount in Gen.Elements(0m, 0.0001m, 1m, limit)
        from currency in Gen.Elements(Currencies)
        from present in Gen.Elements(true, true, false)
        select present ? new Money(amount, currency) : (Money?)null;

    private static Gen<CreatorSnapshot> Snapshots() =>
        from period in Gen.Elements(1, 30, 366)
        from followers in Count(MaxPeople)
        from posted in Items()
        from views in Count(MaxCount)
        from likes in Count(MaxLikes)
        from interactions in Count(MaxCount)
        from live in Live(period)
        from deals in BrandDeals()
        from merchandise in Merchandise()
        from affiliate in Affiliate()
        from subscriptions in Subscriptions()
        select new CreatorSnapshot
        {
            CreatorId = "at-the-limits",
            PeriodDays = period,
            Profile = new CreatorProfile { Followers = followers, Age = 30, Region = "US", AudienceRegion = "US", Niche = "finance", AccountKind = AccountKind.Personal },
            Videos = new ShortVideoStats
            {
                VideosPosted = posted,
                LongVideosPosted = posted,
                Views = views,
                QualifiedViews = views,
                Likes = likes,
                Comments = interactions,
                Shares = interactions,
                Saves = interactions,
                FinishRate = 1,
                AverageWatchSeconds = 86_400,
                OriginalShare = 1,
                SearchViewShare = 1,
            },
            Live = live,
            BrandDeals = deals,
            Merchandise = merchandise,
            Affiliate = affiliate,
            Subscriptions = subscriptions,
        };

    private static Gen<LiveStats> Live(int period) =>
        from hours in Gen.Elements(0d, 1e-9, 1d, 24d * period)
        from viewers in Gen.Elements(0d, 1e-9, 1d, 1e10)
        from likes in Count(MaxLikes)
        from coins in Gen.Elements<decimal?>(null, 0m, 0.0001m, 1_000_000_000_000m)
        from newFollowers in Count(MaxPeople)
        select new LiveStats
        {
            Sessions = hours > 0d ? MaxItems : 0,
            Hours = hours,
            AverageConcurrentViewers = viewers,
            Likes = likes,
            CoinsGifted = coins is { } c ? new Coins(c) : null,
            NewFollowers = newFollowers,
        };

    private static Gen<BrandDealInputs?> BrandDeals() =>
        from posts in Gen.Elements<int?>(null, 0, 1, MaxItems)
        from median in Gen.Elements<long?>(null, 0, 1, MaxCount)
        from price in Price(MaxPrice)
        from present in Gen.Elements(true, true, false)
        select present ? new BrandDealInputs { SponsoredPostsPerPeriod = posts, MedianViewsPerVideo = median, ObservedPricePerPost = price } : null;

    private static Gen<MerchandiseInputs?> Merchandise() =>
        from orders in Gen.Elements<long?>(null, 0, 1, MaxCount)
        from value in Price(MaxPrice)
        from shop in Gen.Elements(true, false)
        from present in Gen.Elements(true, true, false)
        select present ? new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = value, SellsThroughTikTokShop = shop } : null;

    private static Gen<AffiliateInputs?> Affiliate() =>
        from sales in Price(MaxAmount)
        from rate in Gen.Elements<double?>(null, 0d, 1e-9, 1d)
        from present in Gen.Elements(true, true, false)
        select present ? new AffiliateInputs { ObservedSales = sales, CommissionRate = rate } : null;

    private static Gen<SubscriptionInputs?> Subscriptions() =>
        from subscribers in Count(MaxPeople)
        from price in Price(MaxPrice)
        from present in Gen.Elements(true, true, false)
        select present ? new SubscriptionInputs { Subscribers = subscribers, MonthlyPrice = price } : null;
}
