using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// Brand deals (sponsored posts): a price per post from the enabled industry pricing methods (or the observed price),
/// adjusted for the content type and usage rights of the deal, times the sponsored posts expected in the period.
/// </summary>
internal sealed partial class BrandDealsModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private const int RuleCount = 4;

    private static readonly LikesImpact LikesCounted = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.EngagementPricing | LikesChannels.Visibility,
        "Brands pay per sponsored post, never per like. Likes reach the price only through the engagement rate (they count as interactions, which raise the per-1,000-followers price within its clamped band and the per-engagement price) and through reach (more views raise the CPM price).");

    private static readonly LikesImpact LikesNotCounted = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Brands pay per sponsored post, never per like; the configured engagement definition (RevenueEngineOptions.EngagementInteractions) leaves likes out of the engagement rate, so likes reach the price only through reach (more views raise the CPM price).");

    private readonly CurrentOptions<BrandDealsOptions> _options;
    private readonly IRevenueModelContext _engine;
    private readonly PerOptionsCache<BrandDealsOptions, BrandDealsResolved> _resolved = new(static o => new BrandDealsResolved(o));

    public BrandDealsModel(IOptionsMonitor<BrandDealsOptions> options, IRevenueModelContext engine)
    {
        _options = new(options);
        _engine = engine;
    }

    public string Name => BrandDealsDefaults.Name;

    public string DisplayName => BrandDealsDefaults.DisplayName;

    public bool IsEligible(CreatorSnapshot snapshot) =>
        snapshot is null ? throw new ArgumentNullException(nameof(snapshot)) : EvaluateEligibility(snapshot, _options.Value, null);

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var resolved = _resolved.Get(options);
        if (!EvaluateEligibility(snapshot, options, null))
        {
            return Money.Zero(resolved.Currency);
        }

        var expected = BrandDealsFigures.ExpectedTotal(snapshot, options, _engine.Settings, resolved);
        return new Money(expected, resolved.Currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var engine = _engine.Settings;
        var resolved = _resolved.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, null);
        var range = eligible ? new MoneyRange(BrandDealsFigures.TotalRange(snapshot, options, engine, resolved), resolved.Currency) : MoneyRange.Zero(resolved.Currency);
        var likes = (engine.EngagementInteractions & EngagementInteractions.Likes) != 0 ? LikesCounted : LikesNotCounted;
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, engine, resolved, eligible));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, likes);
    }

    /// <summary>Evaluates every rule; fills <paramref name="rules"/> when given, so the fast path and the full path share one set of rules.</summary>
    private static bool EvaluateEligibility(CreatorSnapshot snapshot, BrandDealsOptions options, EligibilityRule[]? rules)
    {
        var profile = snapshot.Profile;

        // Evaluate every rule (no short-circuit) so that the full path lists them all.
        var met = MinimumAge(profile, options, rules, 0);
        met &= EligibilityChecks.AtLeast("min-followers", options.MinimumFollowers, profile.Followers, "followers", rules, 1);
        met &= MinimumVideos(snapshot.Videos.VideosPosted, options.MinimumVideosPosted, rules, 2);
        met &= EligibilityChecks.GoodStanding(profile, rules, 3);
        return met;
    }

    /// <summary>No content, no sponsored post: at least the configured number of videos in the period.</summary>
    private static bool MinimumVideos(int posted, int minimum, EligibilityRule[]? rules, int index)
    {
        if (rules is not null)
        {
            rules[index] = EligibilityRule.AtLeast("min-videos", minimum, posted, "videos posted in the period", "video posted in the period");
        }

        return posted >= minimum;
    }

    /// <summary>The shared age rule, except that an age of 0 (no minimum) is met even when the age is unknown.</summary>
    private static bool MinimumAge(CreatorProfile profile, BrandDealsOptions options, EligibilityRule[]? rules, int index)
    {
        var byRegion = options.MinimumAgeByRegion;
        var threshold = profile.Region is { } region && byRegion is not null && byRegion.TryGetValue(region, out var regional) ? regional : options.MinimumAge;
        if (threshold > 0)
        {
            return EligibilityChecks.MinimumAge(profile, options.MinimumAge, byRegion, rules, index);
        }

        if (rules is not null)
        {
            var age = profile.Age is { } years ? years.ToString(CultureInfo.InvariantCulture) + " years" : "age not given";
            rules[index] = EligibilityRule.Requirement("min-age", "no minimum age (BrandDeals:MinimumAge is 0)", true, age);
        }

        return true;
    }

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, BrandDealsOptions Options, RevenueModelSettings Engine, BrandDealsResolved Resolved, bool Eligible) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines()
        {
            var currency = Resolved.Currency;
            var figures = BrandDealsFigures.Compute(Snapshot, Options, Engine, Resolved);
            var lines = BrandDealsBreakdown.Lines(Snapshot, Options, Engine, figures, Resolved);
            if (!Eligible)
            {
                lines.Add(new BreakdownLine("Not eligible", figures.Total, currency.Code, ValueRange.Exactly(0m), "paid", ValueRange.Exactly(0m), currency.Code, BrandDealsDefaults.IneligibleSource));
            }

            return lines.ToArray();
        }

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, rules);
            return rules;
        }
    }
}
