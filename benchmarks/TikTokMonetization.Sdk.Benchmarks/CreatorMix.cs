using System.Globalization;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// A deterministic population of valid creators for the batch benchmarks. The mix is made up but shaped like a ranking
/// job's input: follower counts spread over five orders of magnitude (some under the 1,000 needed for LIVE), some minors
/// and unknown ages, some South Korean 18-year-olds (19 is the minimum there), a few accounts not in good standing or
/// political, about a third without LIVE activity, and some with coins observed from a LIVE ledger.
/// </summary>
/// <remarks>
/// <para>
/// Every optional input also appears in part of the mix, in shares meant to look like a real export: most snapshots
/// cover 30 days and some a week, four weeks or a quarter; about a third name an audience country and most a niche
/// (in any letter case); watch time and finish rate are sometimes missing, originality and search share often are;
/// some creators give brand-deal facts (posts, median views, a price they were paid), some sell merchandise or sell as
/// TikTok Shop affiliates (observed orders or sales, order values, commission rates), and some have paid subscribers.
/// Money a creator observed is in euros in DE and pounds in GB, so the batch converts part of its amounts.
/// </para>
/// <para>
/// Those inputs come from a second random sequence, so the fields the first benchmarks used are drawn exactly as
/// before: the LIVE-only batch measures the same population it always did.
/// </para>
/// </remarks>
internal static class CreatorMix
{
    // Lower-case codes are valid too, and the age rule for KR must match them.
    private static readonly string?[] Regions = ["US", "US", "US", "GB", "DE", "BR", "ID", "MX", "PH", "KR", "KR", "kr", "us", null];

    // Audience countries include some outside every model's region list (IN, CA, AU) and some in lower case.
    private static readonly string[] AudienceRegions = ["US", "US", "US", "us", "GB", "CA", "AU", "DE", "FR", "BR", "MX", "IN", "ID", "PH", "JP"];

    // Niches in and out of the affiliate commission table, in any letter case.
    private static readonly string[] Niches = ["comedy", "gaming", "finance", "beauty", "Beauty", "fashion", "FASHION", "health", "home", "electronics", "toys", "food"];

    private static readonly decimal[] MonthlyPrices = [0.99m, 2.99m, 4.99m, 5.99m, 9.99m];

    /// <summary>The number of creators in one batch operation.</summary>
    public const int BatchSize = 100_000;

    /// <summary>The population every batch benchmark ranks: <see cref="BatchSize"/> creators from seed 42.</summary>
    public static CreatorSnapshot[] ForBatch() => Create(BatchSize, 42);

    internal static CreatorSnapshot[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var optional = new Random(unchecked((seed * 7919) + 1));
        var creators = new CreatorSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            creators[i] = WithOptionalInputs(Create(random, i), optional);
        }

        return creators;
    }

    private static CreatorSnapshot Create(Random random, int index)
    {
        var followers = (long)Math.Round(Math.Pow(10, 2.3 + (random.NextDouble() * 4.4)));
        var videosPosted = random.Next(0, 61);
        var views = videosPosted * (long)Math.Round(followers * (0.05 + random.NextDouble()));
        var videoLikes = (long)(views * random.NextDouble() * 0.08);
        return new CreatorSnapshot
        {
            CreatorId = "creator-" + index.ToString("D6", CultureInfo.InvariantCulture),
            Profile = new CreatorProfile
            {
                Followers = followers,
                Age = random.Next(100) < 5 ? null : random.Next(13, 65),
                Region = Regions[random.Next(Regions.Length)],
                AccountKind = random.Next(100) switch
                {
                    < 2 => AccountKind.GovernmentOrPolitical,
                    < 20 => AccountKind.Business,
                    _ => AccountKind.Personal,
                },
                InGoodStanding = random.Next(100) >= 3,
            },
            Videos = new ShortVideoStats
            {
                VideosPosted = videosPosted,
                LongVideosPosted = random.Next(0, videosPosted + 1),
                Views = views,
                QualifiedViews = (long)(views * (0.2 + (random.NextDouble() * 0.5))),
                AverageWatchSeconds = Math.Round(5 + (random.NextDouble() * 40), 1),
                FinishRate = Math.Round(random.NextDouble() * 0.6, 2),
                Likes = videoLikes,
                Comments = videoLikes / 15,
                Shares = videoLikes / 12,
                Saves = videoLikes / 9,
            },
            Live = Live(random),
        };
    }

    private static LiveStats Live(Random random)
    {
        if (random.Next(100) < 35)
        {
            return new LiveStats();
        }

        var sessions = random.Next(1, 41);
        var hours = Math.Round(sessions * (0.5 + (random.NextDouble() * 2.5)), 1);
        var viewers = Math.Round(Math.Pow(10, random.NextDouble() * 3.5), 1);
        var likes = (long)(hours * viewers * random.NextDouble() * 60);
        var observed = random.Next(100) < 20;
        return new LiveStats
        {
            Sessions = sessions,
            Hours = hours,
            AverageConcurrentViewers = viewers,
            Likes = likes,
            CoinsGifted = observed ? new Coins(Math.Round((decimal)(hours * viewers * random.NextDouble() * 120))) : null,
            NewFollowers = (long)(hours * random.NextDouble() * 10),
        };
    }

    private static CreatorSnapshot WithOptionalInputs(CreatorSnapshot creator, Random random)
    {
        var profile = creator.Profile;
        var videos = creator.Videos;
        var currency = CurrencyOf(profile.Region);
        return creator with
        {
            // At most 120 LIVE hours are drawn, which fits even a week (168 hours).
            PeriodDays = random.Next(100) switch
            {
                < 8 => 7,
                < 12 => 28,
                < 15 => 90,
                _ => 30,
            },
            Profile = profile with
            {
                AudienceRegion = Sometimes(random, 35, AudienceRegions[random.Next(AudienceRegions.Length)]),
                Niche = Sometimes(random, 70, Niches[random.Next(Niches.Length)]),
            },
            Videos = videos with
            {
                AverageWatchSeconds = random.Next(100) < 20 ? null : videos.AverageWatchSeconds,
                FinishRate = random.Next(100) < 25 ? null : videos.FinishRate,
                OriginalShare = random.Next(100) < 45 ? Math.Round(0.3 + (random.NextDouble() * 0.7), 2) : null,
                SearchViewShare = random.Next(100) < 35 ? Math.Round(random.NextDouble() * 0.3, 3) : null,
            },
            BrandDeals = random.Next(100) < 30 ? BrandDeals(random, profile.Followers, videos, currency) : null,
            Merchandise = random.Next(100) < 15 ? Merchandise(random, currency) : null,
            Affiliate = random.Next(100) < 25 ? Affiliate(random, currency) : null,
            Subscriptions = random.Next(100) < 12 ? Subscriptions(random) : null,
        };
    }

    private static BrandDealInputs BrandDeals(Random random, long followers, ShortVideoStats videos, Currency currency) => new()
    {
        SponsoredPostsPerPeriod = random.Next(100) < 70 ? random.Next(0, 7) : null,
        MedianViewsPerVideo = random.Next(100) < 50 && videos.VideosPosted > 0
            ? (long)(videos.Views / videos.VideosPosted * (0.3 + (random.NextDouble() * 0.7)))
            : null,
        ObservedPricePerPost = random.Next(100) < 25
            ? new Money(Math.Round((decimal)(followers / 1000d * (5 + (random.NextDouble() * 20))), 2), currency)
            : null,
    };

    private static MerchandiseInputs Merchandise(Random random, Currency currency) => new()
    {
        ObservedOrders = random.Next(100) < 40 ? random.Next(0, 2_000) : null,
        AverageOrderValue = random.Next(100) < 60 ? new Money(Math.Round((decimal)(12 + (random.NextDouble() * 48)), 2), currency) : null,
        SellsThroughTikTokShop = random.Next(100) < 50,
    };

    private static AffiliateInputs Affiliate(Random random, Currency currency) => new()
    {
        ObservedSales = random.Next(100) < 30 ? new Money(Math.Round((decimal)(random.NextDouble() * 20_000), 2), currency) : null,
        CommissionRate = random.Next(100) < 50 ? Math.Round(0.02 + (random.NextDouble() * 0.25), 3) : null,
    };

    // Prices are in US dollars, so SubscriptionsByHand needs no conversion (the model would convert another currency).
    private static SubscriptionInputs Subscriptions(Random random) => new()
    {
        Subscribers = (long)Math.Pow(10, random.NextDouble() * 3.5),
        MonthlyPrice = random.Next(100) < 40 ? Money.Usd(MonthlyPrices[random.Next(MonthlyPrices.Length)]) : null,
    };

    private static Currency CurrencyOf(string? region) =>
        string.Equals(region, "DE", StringComparison.OrdinalIgnoreCase) ? Currency.Eur
        : string.Equals(region, "GB", StringComparison.OrdinalIgnoreCase) ? Currency.Gbp
        : Currency.Usd;

    private static string? Sometimes(Random random, int percent, string value) => random.Next(100) < percent ? value : null;
}
