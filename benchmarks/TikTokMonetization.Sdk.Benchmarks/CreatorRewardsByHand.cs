using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Creator Rewards at its defaults, written out by hand: qualified views ÷ 1,000 × an RPM between US$0.40 and US$1.00,
/// placed by the average of four scores (originality, play duration, search, engagement by views) and scaled by the
/// audience country. The decimal operations run in the order <c>CreatorRewardsFigures</c> runs them.
/// </summary>
/// <remarks>
/// Steps that cannot change a value at the defaults are left out: the weights are all 1 (so points × 1 and the total 4),
/// the niche table is empty (× 1), and the RPM clamp never binds because the score is already in [0, 1].
/// </remarks>
internal static class CreatorRewardsByHand
{
    private const decimal RpmLow = 0.40m;
    private const decimal RpmSpan = 0.60m; // 1.00 - 0.40
    private const decimal RpmHigh = 1.00m;
    private const decimal Neutral = 0.5m;
    private const decimal TargetFinishRate = 0.70m;
    private const decimal TargetWatchSeconds = 60m;
    private const decimal SearchShareCap = 0.20m;
    private const decimal EngagementRateCap = 0.08m;
    private const long MinimumFollowers = 10_000;
    private const long MinimumViewsIn30Days = 100_000;

    private static readonly string[] Regions = ["US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"];

    private static readonly Dictionary<string, decimal> CountryMultipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = 1.0m,
        ["CA"] = 0.8m,
        ["GB"] = 0.8m,
        ["AU"] = 0.8m,
        ["DE"] = 0.6m,
        ["FR"] = 0.6m,
        ["ES"] = 0.6m,
        ["BR"] = 0.4m,
        ["MX"] = 0.4m,
        ["AR"] = 0.4m,
        ["IN"] = 0.225m,
        ["ID"] = 0.225m,
        ["PH"] = 0.225m,
    };

    /// <summary>Age (19 in KR), 10,000 followers, 100,000 views per 30 days (prorated), personal account, region, one video of a minute or more, good standing.</summary>
    public static bool IsEligible(CreatorSnapshot snapshot)
    {
        var profile = snapshot.Profile;
        var videos = snapshot.Videos;
        var days = snapshot.PeriodDays;
        var viewsNeeded = days == 30 ? MinimumViewsIn30Days : Math.Ceiling(MinimumViewsIn30Days * (decimal)days / 30);
        return ByHand.MeetsAge(profile)
            && profile.Followers >= MinimumFollowers
            && videos.Views >= viewsNeeded
            && profile.AccountKind == AccountKind.Personal
            && ByHand.IsIn(profile.Region, Regions)
            && videos.LongVideosPosted >= 1
            && profile.InGoodStanding;
    }

    /// <summary>Low, expected and high US dollars, unrounded; zero when not eligible.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot))
        {
            return (0m, 0m, 0m);
        }

        var country = Country(snapshot.Profile);
        var thousands = snapshot.Videos.QualifiedViews / 1000m;
        return (RpmLow * country * thousands, ExpectedRpm(snapshot.Videos) * country * thousands, RpmHigh * country * thousands);
    }

    /// <summary>The expected US dollars alone, unrounded; zero when not eligible.</summary>
    public static decimal Expected(CreatorSnapshot snapshot) =>
        IsEligible(snapshot) ? ExpectedRpm(snapshot.Videos) * Country(snapshot.Profile) * (snapshot.Videos.QualifiedViews / 1000m) : 0m;

    private static decimal ExpectedRpm(ShortVideoStats videos)
    {
        var originality = videos.OriginalShare is { } original ? Ratio(original, 1m) : Neutral;
        var playDuration = (videos.FinishRate, videos.AverageWatchSeconds) switch
        {
            ({ } finish, { } watch) => (Ratio(finish, TargetFinishRate) + Ratio(watch, TargetWatchSeconds)) / 2m,
            ({ } finish, null) => Ratio(finish, TargetFinishRate),
            (null, { } watch) => Ratio(watch, TargetWatchSeconds),
            _ => Neutral,
        };
        var search = videos.SearchViewShare is { } share ? Ratio(share, SearchShareCap) : Neutral;

        // Likes, comments and shares per view, as a double first (the SDK's engagement rate is a double).
        var engagement = videos.Views > 0
            ? Math.Min(1m, (decimal)((double)(videos.Likes + videos.Comments + videos.Shares) / videos.Views) / EngagementRateCap)
            : Neutral;
        var score = Math.Min(1m, Math.Max(0m, (originality + playDuration + search + engagement) / 4m));
        return RpmLow + (score * RpmSpan);
    }

    // value ÷ target, at most 1 (compared as doubles first, as the SDK does, so a huge value never overflows decimal).
    private static decimal Ratio(double value, decimal target) =>
        value >= (double)target ? 1m : Math.Min(1m, Math.Max(0m, (decimal)value / target));

    private static decimal Country(CreatorProfile profile) =>
        (profile.AudienceRegion ?? profile.Region) is { } audience && CountryMultipliers.TryGetValue(audience, out var multiplier) ? multiplier : 1m;
}
