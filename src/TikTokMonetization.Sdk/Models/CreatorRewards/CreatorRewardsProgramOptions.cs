using System.ComponentModel.DataAnnotations;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>
/// The RPM range and eligibility rules of one program. <see cref="CreatorRewardsOptions"/> holds one instance per
/// program (<see cref="CreatorRewardsOptions.CreatorRewards"/> and <see cref="CreatorRewardsOptions.CreatorFund"/>),
/// each starting from that program's documented defaults.
/// </summary>
/// <remarks>Not thread-safe while being configured; the SDK only reads it afterwards.</remarks>
public sealed class CreatorRewardsProgramOptions
{
    /// <summary>Initializes a new instance of the <see cref="CreatorRewardsProgramOptions"/> class with the Creator Rewards Program's defaults.</summary>
    public CreatorRewardsProgramOptions()
        : this(CreatorRewardsProgram.CreatorRewards)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CreatorRewardsProgramOptions"/> class with one program's defaults.</summary>
    /// <param name="program">The program whose documented defaults to start from.</param>
    public CreatorRewardsProgramOptions(CreatorRewardsProgram program)
    {
        if (program == CreatorRewardsProgram.CreatorFund)
        {
            RpmLow = CreatorRewardsDefaults.FundRpmLow;
            RpmHigh = CreatorRewardsDefaults.FundRpmHigh;
            EligibleRegions = [.. CreatorRewardsDefaults.FundRegions];
        }
        else
        {
            RpmLow = CreatorRewardsDefaults.RewardsRpmLow;
            RpmHigh = CreatorRewardsDefaults.RewardsRpmHigh;
            MinimumAgeByRegion["KR"] = CreatorRewardsDefaults.MinimumAgeSouthKorea;
            MinimumLongVideos = CreatorRewardsDefaults.RewardsMinimumLongVideos;
            RequirePersonalAccount = true;
            EligibleRegions = [.. CreatorRewardsDefaults.RewardsRegions];
        }
    }

    /// <summary>Gets or sets the lowest RPM: US$ per 1,000 paid views for a creator whose score is 0.</summary>
    /// <value>
    /// 0 to 1,000, at most <see cref="RpmHigh"/>. The default value is 0.40 for Creator Rewards (the most cited range,
    /// napolify.com, calculatecreator.com, tabcut.com, 2024-2026; TikTok publishes no RPM) and 0.02 for the Creator
    /// Fund (Mashable, via smwcda.com and aftership.com).
    /// </value>
    [Range(0d, 1_000d)]
    public decimal RpmLow { get; set; }

    /// <summary>Gets or sets the highest RPM: US$ per 1,000 paid views for a creator whose score is 1.</summary>
    /// <value>0 to 1,000, at least <see cref="RpmLow"/>. The default value is 1.00 for Creator Rewards and 0.04 for the Creator Fund (same sources as <see cref="RpmLow"/>).</value>
    [Range(0d, 1_000d)]
    public decimal RpmHigh { get; set; }

    /// <summary>Gets or sets the minimum age.</summary>
    /// <value>0 to 130. The default value is 18 for both programs (TikTok newsroom, Mar 2024; Creator Fund US support page).</value>
    [Range(0, 130)]
    public int MinimumAge { get; set; } = CreatorRewardsDefaults.MinimumAge;

    /// <summary>Gets or sets minimum ages that differ by region (ISO 3166-1 alpha-2 code to age).</summary>
    /// <value>The default value is <c>KR</c> = 19 for Creator Rewards (TikTok newsroom, Mar 2024: 19 in South Korea) and empty for the Creator Fund, which was not offered there.</value>
    public Dictionary<string, int> MinimumAgeByRegion { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the minimum followers.</summary>
    /// <value>Zero or greater. The default value is 10,000 for both programs (TikTok newsroom, Mar 2024; Creator Fund US support page).</value>
    [Range(0L, long.MaxValue)]
    public long MinimumFollowers { get; set; } = CreatorRewardsDefaults.MinimumFollowers;

    /// <summary>
    /// Gets or sets the minimum video views in 30 days. A snapshot of another length is held to the threshold
    /// prorated to its period and rounded up: <c>ceiling(MinimumViewsIn30Days × PeriodDays ÷ 30)</c>.
    /// </summary>
    /// <value>
    /// Zero or greater. The default value is 100,000 for both programs (TikTok newsroom, Mar 2024, for Creator Rewards;
    /// for the Creator Fund most sources say 100,000 while the stored US support page says 10,000: see the docs).
    /// </value>
    [Range(0L, long.MaxValue)]
    public long MinimumViewsIn30Days { get; set; } = CreatorRewardsDefaults.MinimumViewsIn30Days;

    /// <summary>Gets or sets the minimum number of videos of 60 seconds or more posted in the period; 0 removes the rule.</summary>
    /// <value>Zero or greater. The default value is 1 for Creator Rewards (only videos of at least one minute earn; TikTok newsroom, Mar 2024) and 0 for the Creator Fund (any length).</value>
    [Range(0, int.MaxValue)]
    public int MinimumLongVideos { get; set; }

    /// <summary>Gets or sets a value indicating whether only personal accounts qualify (not business, government or political accounts).</summary>
    /// <value>The default value is <see langword="true"/> for Creator Rewards (TikTok newsroom, Mar 2024) and <see langword="false"/> for the Creator Fund (no such rule found).</value>
    public bool RequirePersonalAccount { get; set; }

    /// <summary>
    /// Gets or sets the per-video minimum of qualified views: a video earns only once it has this many (Creator Rewards:
    /// 1,000 qualified For You views). When set, a rule requires the period's best video to reach it
    /// (<c>Videos.BestVideoQualifiedViews</c>; when that is not given, the period's qualified views, an upper bound).
    /// </summary>
    /// <value>Zero or greater, or <see langword="null"/> (no rule). The default value is <see langword="null"/>; the program's figure is 1,000 (thedigitaldept.com, tabcut.com, alltechnerd.com, viewed 2026; TikTok's own pages are not in the SDK's sources).</value>
    public long? MinimumQualifiedViewsPerVideo { get; set; }

    /// <summary>
    /// Gets or sets the minimum watch time: a view qualifies only when watched this long (Creator Rewards: 5 seconds).
    /// When set, a rule requires <c>Videos.AverageWatchSeconds</c> to reach it; an unknown watch time does not.
    /// </summary>
    /// <value>From 0 to 86,400, or <see langword="null"/> (no rule). The default value is <see langword="null"/>; the program's figure is 5 seconds (contentstudio.io, alltechnerd.com, tabcut.com, viewed 2026).</value>
    public decimal? MinimumAverageWatchSeconds { get; set; }

    /// <summary>Gets or sets the minimum age of the account in days (<c>Profile.AccountAgeDays</c>); an unknown account age does not meet it.</summary>
    /// <value>From 0 to 36,600, or <see langword="null"/> (no rule). The default value is <see langword="null"/>: no source in the SDK's references states one for either program.</value>
    public int? MinimumAccountAgeDays { get; set; }

    /// <summary>
    /// Gets or sets a follower-dependent RPM term, as some published calculators use: US$ added to each RPM point per
    /// 1,000,000 followers (RPM + this × followers ÷ 1,000,000), before the country and niche multipliers.
    /// </summary>
    /// <value>From 0 to 10, or <see langword="null"/> (off). The default value is <see langword="null"/>: TikTok names no follower term among its four metrics (newsroom, Mar 2024).</value>
    public decimal? RpmPerMillionFollowers { get; set; }

    /// <summary>Gets or sets the regions (ISO 3166-1 alpha-2) where the program is offered; empty means no region restriction.</summary>
    /// <value>
    /// The default value is US, GB, DE, FR, JP, KR, BR and MX for Creator Rewards (metricool.com, Nov 2024, plus Mexico
    /// per napolify.com and flowshorts.app) and US, GB, DE, FR, ES and IT for the Creator Fund (smwcda.com, gptkb.org).
    /// </value>
    public List<string> EligibleRegions { get; set; }
}
