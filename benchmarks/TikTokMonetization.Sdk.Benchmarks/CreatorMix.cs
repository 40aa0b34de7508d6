using System.Globalization;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// A deterministic population of valid creators for the batch benchmark. The mix is made up but shaped like a ranking
/// job's input: follower counts spread over five orders of magnitude (some under the 1,000 needed for LIVE), some minors
/// and unknown ages, some South Korean 18-year-olds (19 is the minimum there), a few accounts not in good standing or
/// political, about a third without LIVE activity, and some with coins observed from a LIVE ledger.
/// </summary>
internal static class CreatorMix
{
    // Lower-case codes are valid too, and the age rule for KR must match them.
    private static readonly string?[] Regions = ["US", "US", "US", "GB", "DE", "BR", "ID", "MX", "PH", "KR", "KR", "kr", "us", null];

    public static CreatorSnapshot[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var creators = new CreatorSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            creators[i] = Create(random, i);
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
}
