using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>
/// Creator Rewards (or the legacy Creator Fund): paid views ÷ 1,000 × RPM, where the expected RPM sits between the
/// program's low and high RPM according to a weighted score of originality, play duration, search value and audience
/// engagement, and the whole range is scaled by audience-country and niche multipliers.
/// </summary>
internal sealed partial class CreatorRewardsModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.EngagementPricing | LikesChannels.Visibility,
        "Likes are not paid. They count only inside the audience-engagement driver of the RPM score (with comments and shares), which moves the expected RPM within its range; as a For You signal they may also bring more views.");

    private static readonly LikesImpact LikesNotCounted = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Likes are not paid, and the configured engagement definition (RevenueEngineOptions.EngagementInteractions) leaves them out of the audience-engagement driver of the RPM score, so they do not move the expected RPM; as a For You signal they may still bring more views.");

    private readonly CurrentOptions<CreatorRewardsOptions> _options;
    private readonly PerOptionsCache<CreatorRewardsOptions, RegionList> _regions = new(static o => new RegionList(DisplayNameOf(o.Program), Selected(o).EligibleRegions ?? []));
    private readonly PerOptionsCache<CreatorRewardsOptions, bool> _unitWeights = new(static o => CreatorRewardsFigures.AreUnitWeights(o.Scoring));
    private readonly IRevenueModelContext _engine;

    public CreatorRewardsModel(IOptionsMonitor<CreatorRewardsOptions> options, IRevenueModelContext engine)
    {
        _options = new(options);
        _engine = engine;
    }

    public string Name => CreatorRewardsDefaults.Name;

    public string DisplayName => DisplayNameOf(_options.Value.Program);

    public bool IsEligible(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        return EvaluateEligibility(snapshot, Selected(options), _regions.Get(options), null);
    }

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var program = Selected(options);
        if (!EvaluateEligibility(snapshot, program, _regions.Get(options), null))
        {
            return Money.Zero(Currency.Usd);
        }

        return Money.Usd(CreatorRewardsFigures.ExpectedPay(snapshot, options, program, _engine.Settings.EngagementInteractions, _unitWeights.Get(options)));
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var program = Selected(options);
        var displayName = DisplayNameOf(options.Program);
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, program, regions, null);
        var interactions = _engine.Settings.EngagementInteractions;
        var range = eligible ? new MoneyRange(CreatorRewardsFigures.PayRange(snapshot, options, program, interactions, _unitWeights.Get(options)), Currency.Usd) : MoneyRange.Zero(Currency.Usd);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, interactions, regions, eligible));
        var likes = (interactions & EngagementInteractions.Likes) != 0 ? LikesImpactText : LikesNotCounted;
        return RevenueEstimate.FromDetails(Name, displayName, range, eligible, details, likes);
    }

    internal static string DisplayNameOf(CreatorRewardsProgram program) =>
        program == CreatorRewardsProgram.CreatorFund ? CreatorRewardsDefaults.FundDisplayName : CreatorRewardsDefaults.RewardsDisplayName;

    internal static CreatorRewardsProgramOptions Selected(CreatorRewardsOptions options) =>
        options.Program == CreatorRewardsProgram.CreatorFund ? options.CreatorFund : options.CreatorRewards;

    /// <summary>The views threshold for the snapshot's period: the 30-day threshold prorated to the period and rounded up to whole views.</summary>
    internal static decimal ViewsThreshold(long minimumIn30Days, int periodDays) =>
        periodDays == CreatorRewardsDefaults.ViewsThresholdDays
            ? minimumIn30Days
            : Math.Ceiling(minimumIn30Days * (decimal)periodDays / CreatorRewardsDefaults.ViewsThresholdDays);

    private static int RuleCount(CreatorRewardsProgramOptions program) =>
        5 + (program.RequirePersonalAccount ? 1 : 0) + (program.MinimumLongVideos > 0 ? 1 : 0)
        + (program.MinimumQualifiedViewsPerVideo.HasValue ? 1 : 0) + (program.MinimumAverageWatchSeconds.HasValue ? 1 : 0) + (program.MinimumAccountAgeDays.HasValue ? 1 : 0);

    /// <summary>Evaluates every rule; fills <paramref name="rules"/> when given, so the fast path and the full path share one set of rules.</summary>
    private static bool EvaluateEligibility(CreatorSnapshot snapshot, CreatorRewardsProgramOptions program, RegionList regions, EligibilityRule[]? rules)
    {
        var profile = snapshot.Profile;
        var videos = snapshot.Videos;
        var index = 0;

        // Evaluate every rule (no short-circuit) so that the full path lists them all.
        var met = EligibilityChecks.MinimumAge(profile, program.MinimumAge, program.MinimumAgeByRegion, rules, index++);
        met &= EligibilityChecks.AtLeast("min-followers", program.MinimumFollowers, profile.Followers, "followers", rules, index++);
        met &= MinimumViews(snapshot, program, rules, index++);
        if (program.RequirePersonalAccount)
        {
            met &= EligibilityChecks.PersonalAccount(profile, rules, index++);
        }

        met &= EligibilityChecks.Region("available-region", regions, profile, rules, index++);
        if (program.MinimumLongVideos > 0)
        {
            if (rules is not null)
            {
                // The unit is plural like every other rule's; the singular form is for the text of a count of 1.
                rules[index] = EligibilityRule.AtLeast("long-videos", program.MinimumLongVideos, videos.LongVideosPosted, "videos of 60 seconds or more", "video of 60 seconds or more");
            }

            met &= videos.LongVideosPosted >= program.MinimumLongVideos;
            index++;
        }

        met &= EligibilityChecks.GoodStanding(profile, rules, index++);

        // The optional rules come last, so that the rules every program has keep their places.
        if (program.MinimumQualifiedViewsPerVideo is { } perVideo)
        {
            // Without the best video's count, the period's qualified views bound it from above: below the minimum, no
            // video can have reached it.
            var best = videos.BestVideoQualifiedViews ?? videos.QualifiedViews;
            if (rules is not null)
            {
                rules[index] = videos.BestVideoQualifiedViews.HasValue
                    ? EligibilityRule.AtLeast("min-qualified-views-per-video", perVideo, best, "qualified views on the best video", "qualified view on the best video")
                    : EligibilityRule.AtLeast("min-qualified-views-per-video", perVideo, best, "qualified views in the period (best video not given: an upper bound)", "qualified view in the period (best video not given: an upper bound)");
            }

            met &= best >= perVideo;
            index++;
        }

        if (program.MinimumAverageWatchSeconds is { } seconds)
        {
            decimal? watch = videos.AverageWatchSeconds is { } w ? (w >= (double)decimal.MaxValue ? decimal.MaxValue : (decimal)w) : null;
            if (rules is not null)
            {
                rules[index] = EligibilityRule.AtLeast("min-watch-seconds", seconds, watch, "seconds watched per view (average)", "second watched per view (average)");
            }

            met &= watch >= seconds;
            index++;
        }

        if (program.MinimumAccountAgeDays is { } days)
        {
            var age = profile.AccountAgeDays;
            if (rules is not null)
            {
                rules[index] = EligibilityRule.AtLeast("min-account-age", days, age, "days of account age", "day of account age");
            }

            met &= age >= days;
        }

        return met;
    }

    private static bool MinimumViews(CreatorSnapshot snapshot, CreatorRewardsProgramOptions program, EligibilityRule[]? rules, int index)
    {
        var days = snapshot.PeriodDays;
        var threshold = ViewsThreshold(program.MinimumViewsIn30Days, days);
        var views = snapshot.Videos.Views;
        if (rules is not null)
        {
            if (days == CreatorRewardsDefaults.ViewsThresholdDays)
            {
                // The usual period: the threshold is not prorated, and the units need no formatting.
                rules[index] = EligibilityRule.AtLeast("min-views-30d", threshold, views, "views in 30 days", "view in 30 days");
            }
            else
            {
                var period = days == 1 ? " in 1 day" : string.Format(CultureInfo.InvariantCulture, " in {0} days", days);
                var prorated = string.Format(CultureInfo.InvariantCulture, " (prorated from {0:#,0} in 30 days)", program.MinimumViewsIn30Days);
                rules[index] = EligibilityRule.AtLeast("min-views-30d", threshold, views, "views" + period + prorated, "view" + period + prorated);
            }
        }

        return views >= threshold;
    }

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, CreatorRewardsOptions Options, EngagementInteractions Interactions, RegionList Regions, bool Eligible) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines()
        {
            var program = Selected(Options);
            var figures = CreatorRewardsFigures.Compute(Snapshot, Options, program, Interactions);
            var lines = CreatorRewardsBreakdown.Lines(Snapshot, Options, program, Interactions, figures);
            if (!Eligible)
            {
                lines.Add(new BreakdownLine("Not eligible", figures.Pay, Currency.Usd.Code, ValueRange.Exactly(0m), "paid", ValueRange.Exactly(0m), Currency.Usd.Code, CreatorRewardsDefaults.IneligibleSource));
            }

            return lines.ToArray();
        }

        public EligibilityRule[] BuildRules()
        {
            var program = Selected(Options);
            var rules = new EligibilityRule[RuleCount(program)];
            EvaluateEligibility(Snapshot, program, Regions, rules);
            return rules;
        }
    }
}
