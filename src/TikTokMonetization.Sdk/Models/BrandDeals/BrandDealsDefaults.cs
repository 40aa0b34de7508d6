namespace TikTokMonetization.Models.BrandDeals;

/// <summary>The brand-deals model's documented defaults and the provenance text shown in its breakdown lines.</summary>
internal static class BrandDealsDefaults
{
    public const string Name = "brand-deals";

    public const string DisplayName = "Brand deals";

    public const string Currency = "USD";

    // impulze.ai price estimator, "How the price is estimated" (viewed 2026): TikTok $10 per 1K followers, range ±15%.
    public const decimal RatePerThousandFollowersLow = 8.5m;

    public const decimal RatePerThousandFollowersExpected = 10m;

    public const decimal RatePerThousandFollowersHigh = 11.5m;

    public const decimal ReferenceEngagementRate = 0.025m;

    public const decimal MinimumEngagementMultiplier = 0.6m;

    public const decimal MaximumEngagementMultiplier = 2.2m;

    // kolens.ai, "What is a good TikTok CPM for influencer marketing?" (2026): $10-20, median about $15.
    public const decimal CpmLow = 10m;

    public const decimal CpmExpected = 15m;

    public const decimal CpmHigh = 20m;

    // brandsforcreators.com CPE calculator (undated, viewed 2026): TikTok $0.05-0.20 per engagement; expected is the midpoint.
    public const decimal CostPerEngagementLow = 0.05m;

    public const decimal CostPerEngagementExpected = 0.125m;

    public const decimal CostPerEngagementHigh = 0.20m;

    public const string DefaultContentType = "Video";

    public const decimal DefaultSponsoredPostsPer30Days = 1m;

    public const int MinimumAge = 18;

    public const long MinimumFollowers = 1_000;

    public const int MinimumVideosPosted = 1;

    public const string PerFollowerSource =
        "default from impulze.ai price estimator (viewed 2026): TikTok US$10 per 1,000 followers, ±15% range, × clamp(ER / 2.5%, 0.6, 2.2)";

    /// <summary>The rate's source when the engagement weighting is not impulze.ai's clamp (engagement bands, or a configured reference or clamp): the rate alone.</summary>
    public const string PerFollowerRateSource =
        "default from impulze.ai price estimator (viewed 2026): TikTok US$10 per 1,000 followers, ±15% range; the engagement weighting is the configured one (line above)";

    /// <summary>Where the engagement rate by followers comes from when the snapshot gives its interactions.</summary>
    public const string CountedEngagementRateSource = "snapshot (Videos counts ÷ VideosPosted ÷ Profile.Followers; RevenueEngineOptions.EngagementInteractions)";

    /// <summary>Where it comes from when the snapshot gives an engagement rate instead.</summary>
    public const string GivenEngagementRateSource = "snapshot (interactions per video from the given engagement rate, line above, ÷ Profile.Followers)";

    public const string EngagementSource =
        "impulze.ai price estimator (viewed 2026): engagement rate against a 2.5% reference, clamped to 0.6-2.2; ER = interactions per video ÷ followers";

    public const string CpmSource =
        "default from kolens.ai (2026): a good TikTok influencer CPM is US$10-20 per 1,000 views, median about US$15";

    public const string CpeSource =
        "default from brandsforcreators.com CPE calculator (viewed 2026): TikTok US$0.05-0.20 per engagement; expected is the midpoint (SDK choice)";

    public const string TierSource =
        "default tier table from sponsorrate-com.pages.dev, \"TikTok Influencer Rates in 2026\" (video rates); expected is the midpoint, Mega uses the quoted floor";

    public const string CombinedSource =
        "SDK: low = lowest method low, expected = median of the methods' expected prices, high = highest method high";

    public const string ContentTypeSource = "default multipliers from impulze.ai price estimator (viewed 2026): TikTok Video 1.0, Long-form 1.3, Spark Ad 1.55, Campaign 2.4";

    public const string UsageRightsSource = "configured usage-rights premium (stackmatix.com, 2026: paid usage rights add 50-200%)";

    public const string NoUsageRightsSource = "default: no usage rights sold (premium 0)";

    public const string ExclusivitySource = "configured exclusivity premium (stackmatix.com, 2026: category exclusivity adds 20-50%)";

    public const string AddOnsSource = "the add-on premiums added to the price after content type, each a share of it (stackmatix.com, 2026, prices each add-on as a premium on the fee)";

    public const string NichePremiumSource = "configured NichePremiums entry for Profile.Niche";

    public const string EngagementBandsSource = "configured EngagementBands: the band whose start the engagement rate by followers reaches";

    public const string EngagementRateByFollowersSource = "snapshot (BrandDeals.EngagementRateByFollowers) × Profile.Followers";

    public const string EngagementRateByViewsSource = "snapshot (BrandDeals.EngagementRateByViews) × views per video";

    public const string PostsSnapshotSource = "snapshot (BrandDeals.SponsoredPostsPerPeriod)";

    public const string PostsDefaultSource = "SDK assumption: 1 sponsored post per 30 days, prorated to the period";

    public const string ObservedSource = "observed (snapshot BrandDeals.ObservedPricePerPost)";

    public const string IneligibleSource = "not eligible: the stream pays 0 (see eligibility)";

    /// <summary>The default follower tiers: name, lower bound, and price per video (low, expected, high).</summary>
    public static readonly (string Name, long MinimumFollowers, decimal Low, decimal Expected, decimal High)[] Tiers =
    [
        ("Nano", 1_000, 20m, 47.5m, 75m),
        ("Micro", 10_000, 75m, 212.5m, 350m),
        ("Mid", 50_000, 350m, 1_675m, 3_000m),
        ("Macro", 500_000, 3_000m, 5_000m, 7_000m),
        ("Mega", 1_000_000, 7_000m, 7_000m, 7_000m),
    ];

    /// <summary>The default content-type multipliers (impulze.ai, TikTok).</summary>
    public static readonly (string Name, decimal Multiplier)[] ContentTypes =
    [
        ("Video", 1m),
        ("LongForm", 1.3m),
        ("SparkAd", 1.55m),
        ("Campaign", 2.4m),
    ];
}
