namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>The Creator Rewards model's documented defaults and the provenance text shown in its breakdown lines.</summary>
internal static class CreatorRewardsDefaults
{
    public const string Name = "creator-rewards";

    public const string RewardsDisplayName = "Creator Rewards Program";

    public const string FundDisplayName = "Creator Fund (legacy)";

    /// <summary>The length of the period TikTok's views threshold is stated for ("in the last 30 days").</summary>
    public const int ViewsThresholdDays = 30;

    public const decimal RewardsRpmLow = 0.40m;

    public const decimal RewardsRpmHigh = 1.00m;

    public const decimal FundRpmLow = 0.02m;

    public const decimal FundRpmHigh = 0.04m;

    public const int MinimumAge = 18;

    public const int MinimumAgeSouthKorea = 19;

    public const long MinimumFollowers = 10_000;

    public const long MinimumViewsIn30Days = 100_000;

    public const int RewardsMinimumLongVideos = 1;

    public const decimal MaximumRpm = 1_000m;

    public const decimal MaximumMultiplier = 100m;

    public const decimal MaximumWeight = 1_000_000m;

    public const decimal NeutralScore = 0.5m;

    public const decimal Weight = 1m;

    public const decimal TargetFinishRate = 0.70m;

    public const decimal TargetWatchSeconds = 60m;

    public const decimal SearchViewShareCap = 0.20m;

    public const decimal EngagementRateCap = 0.08m;

    public const string RewardsRpmSource =
        "default US$0.40-1.00 per 1,000 qualified views, the most cited Creator Rewards range (napolify.com, calculatecreator.com, tabcut.com; 2024-2026); TikTok publishes no RPM";

    public const string FundRpmSource =
        "default US$0.02-0.04 per 1,000 views, the Creator Fund range reported by Mashable (via smwcda.com, aftership.com; 2020-2023)";

    public const string CountrySource =
        "calculatecreator.com \"TikTok RPM Rates by Niche\" regional multipliers (17 Feb 2026), midpoint of the published range";

    public const string ScoreSource =
        "weighted average of the four metrics TikTok names for Creator Rewards (newsroom, Mar 2024); TikTok publishes no weights, so the SDK weighs them equally by default";

    public const string OriginalitySource = "TikTok newsroom (Mar 2024): originality is a core metric; score = Videos.OriginalShare (SDK mapping)";

    public const string FinishRateSource = "play duration counts finish rate (TikTok newsroom, Mar 2024); score = finish rate ÷ target, at most 1 (target: SDK assumption after napolify.com's \"70%+ completion\")";

    public const string WatchTimeSource = "play duration counts watch time (TikTok newsroom, Mar 2024); score = seconds watched ÷ target, at most 1 (SDK assumption: the 60-second minimum length)";

    public const string PlayDurationSource = "average of the finish-rate and watch-time scores that are known (SDK mapping)";

    public const string SearchSource = "search value (TikTok newsroom, Mar 2024), measured by Videos.SearchViewShare; score = share ÷ cap, at most 1 (cap: SDK assumption)";

    public const string EngagementSource = "audience engagement: likes, comments and shares (TikTok newsroom, Mar 2024); score = engagement rate by views ÷ cap, at most 1 (cap about twice Rival IQ's 3.4-4.1% median: SDK assumption)";

    public const string NeutralSource = "not given: the neutral score (CreatorRewards:Scoring:NeutralScore)";

    public const string NoViewsNeutralSource = "no views to divide by: the neutral score (CreatorRewards:Scoring:NeutralScore)";

    public const string NoMultiplierSource = "no entry in the table: multiplier 1";

    public const string RewardsPaySource = "rewards = qualified views ÷ 1,000 × RPM, as TikTok's dashboard shows per video (reported by h4ckers.news, makesenseofmoney.com)";

    public const string FundPaySource = "the Creator Fund paid on all video views, not only qualified views (smwcda.com, aftership.com)";

    public const string IneligibleSource = "not eligible: the stream pays 0 (see eligibility)";

    /// <summary>
    /// calculatecreator.com's regional RPM multipliers (US = 1), at the midpoint of each published range:
    /// CA/GB/AU 0.7-0.9, DE/FR/ES 0.5-0.7, BR/MX/AR 0.3-0.5, IN/ID/PH 0.15-0.3.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> CountryMultipliers { get; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
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

    /// <summary>Returns a new, case-insensitive copy of <see cref="CountryMultipliers"/> for an options instance to own.</summary>
    public static Dictionary<string, decimal> NewCountryMultipliers()
    {
        var copy = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in CountryMultipliers)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Creator Rewards regions: the consensus of metricool.com (Nov 2024), plus Mexico (napolify.com, flowshorts.app).</summary>
    public static IReadOnlyList<string> RewardsRegions { get; } = ["US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"];

    /// <summary>Creator Fund regions (smwcda.com, gptkb.org).</summary>
    public static IReadOnlyList<string> FundRegions { get; } = ["US", "GB", "DE", "FR", "ES", "IT"];

    public const decimal MaximumWatchSeconds = 86_400m;

    public const decimal MaximumAccountAgeDays = 36_600m;

    /// <summary>At 10^10 followers (the input limit), 10 per million adds US$100,000 to the RPM: far beyond any RPM, yet inside the overflow budget.</summary>
    public const decimal MaximumRpmPerMillionFollowers = 10m;

    public const string FollowerRpmSource =
        "configured RpmPerMillionFollowers (a follower-dependent term some published calculators use; TikTok names no follower term, newsroom, Mar 2024)";
}
