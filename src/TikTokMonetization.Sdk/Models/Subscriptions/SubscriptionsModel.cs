using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Subscriptions;

/// <summary>
/// Subscriptions: subscribers × monthly price × months in the period × (1 − fees) × creator share. Eligibility has two
/// paths since September 2024: 10,000 followers and 100,000 views in the past month, or LIVE eligibility (1,000 followers
/// for a creator who goes LIVE). The estimate is in the currency of the observed price when the snapshot gives one (the
/// engine converts it to the reporting currency), else in US dollars, the currency of the configured price.
/// </summary>
internal sealed partial class SubscriptionsModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private const int RuleCount = 5;
    private const decimal DaysPerMonth = 30m;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Subscribers pay a monthly price; likes earn nothing here and matter only through the reach that brings new subscribers.");

    private readonly CurrentOptions<SubscriptionsOptions> _options;
    private readonly PerOptionsCache<SubscriptionsOptions, RegionList> _regions = new(static o => new RegionList("Subscription", o.AvailableRegions));

    // Whether 1 - the expected fee is exactly 1 with no decimal places (no expected fee), read once per options instance.
    private readonly PerOptionsCache<SubscriptionsOptions, bool> _noExpectedFee = new(static o => ExactFactors.IsExactlyOne(1m - o.FeesBeforeSplit.Expected));

    public SubscriptionsModel(IOptionsMonitor<SubscriptionsOptions> options) => _options = new(options);

    public string Name => SubscriptionsDefaults.Name;

    public string DisplayName => SubscriptionsDefaults.DisplayName;

    public bool IsEligible(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        return EvaluateEligibility(snapshot, options, _regions.Get(options), null);
    }

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        if (!EvaluateEligibility(snapshot, options, _regions.Get(options), null))
        {
            return Money.Zero(Figures.CurrencyOf(snapshot));
        }

        // The expected point of Figures.Compute alone, skipping the product by what the fees leave when that is exactly 1.
        var price = snapshot.Subscriptions?.MonthlyPrice?.Amount ?? options.MonthlyPrice.Expected;
        var expected = Point.Of(Figures.SubscriberMonthsOf(snapshot), price, options.FeesBeforeSplit.Expected, options.CreatorShare.Expected, _noExpectedFee.Get(options));
        return new Money(expected.Net, Figures.CurrencyOf(snapshot));
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var figures = Figures.Compute(snapshot, options);
        var range = eligible ? new MoneyRange(figures.Net, figures.Currency) : MoneyRange.Zero(figures.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, regions, eligible));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    /// <summary>Evaluates every rule (no short-circuit); the follower (and views) thresholds depend on whether the creator goes LIVE.</summary>
    private static bool EvaluateEligibility(CreatorSnapshot snapshot, SubscriptionsOptions options, RegionList regions, EligibilityRule[]? rules)
    {
        var profile = snapshot.Profile;
        var goesLive = snapshot.Live.Sessions > 0;
        var met = EligibilityChecks.MinimumAge(profile, options.MinimumAge, options.MinimumAgeByRegion, rules, 0);
        if (goesLive)
        {
            met &= EligibilityChecks.AtLeast("min-followers-live", options.LiveMinimumFollowers, profile.Followers, "followers", rules, 1);
            if (rules is not null)
            {
                rules[2] = EligibilityRule.Requirement("min-views-30d", "no views minimum on the LIVE path (LIVE eligibility)", true, "goes LIVE");
            }
        }
        else
        {
            met &= EligibilityChecks.AtLeast("min-followers", options.MinimumFollowers, profile.Followers, "followers", rules, 1);
            var views = decimal.Ceiling(options.MinimumViewsPer30Days * snapshot.PeriodDays / DaysPerMonth);
            met &= EligibilityChecks.AtLeast("min-views-30d", views, snapshot.Videos.Views, "views", rules, 2);
        }

        met &= EligibilityChecks.Region("available-region", regions, profile, rules, 3);
        met &= EligibilityChecks.GoodStanding(profile, rules, 4);
        return met;
    }

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, SubscriptionsOptions Options, RegionList Regions, bool Eligible) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Figures.Compute(Snapshot, Options), Eligible);

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, Regions, rules);
            return rules;
        }
    }
}
