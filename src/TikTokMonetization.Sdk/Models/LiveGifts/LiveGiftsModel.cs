using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.LiveGifts;

/// <summary>
/// LIVE gifts: coins gifted (observed, or viewer-hours × coins per viewer-hour, adjusted for retention by LIVE likes)
/// become diamonds and then cash through the rate card, minus an optional agency share.
/// </summary>
internal sealed partial class LiveGiftsModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private const int RuleCount = 5;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Direct,
        LikesChannels.LiveRetention | LikesChannels.Visibility,
        "Likes earn no diamonds; LIVE likes count only as a sign of an engaged audience that stays longer, which raises expected gifting (bounded by LiveGifts:MaximumRetentionUplift), and engagement brings more viewers to the LIVE.");

    private readonly CurrentOptions<LiveGiftsOptions> _options;
    private readonly PerOptionsCache<LiveGiftsOptions, RegionList> _regions = new(static o => new RegionList("LIVE gifts", o.AvailableRegions));
    private readonly IRateCardProvider _rateCards;

    public LiveGiftsModel(IOptionsMonitor<LiveGiftsOptions> options, IRateCardProvider rateCards)
    {
        _options = new(options);
        _rateCards = rateCards;
    }

    public string Name => LiveGiftsDefaults.Name;

    public string DisplayName => LiveGiftsDefaults.DisplayName;

    public bool IsEligible(CreatorSnapshot snapshot)
    {
        ThrowIfNull(snapshot);
        var options = _options.Value;
        return EvaluateEligibility(snapshot, options, _regions.Get(options), null);
    }

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        ThrowIfNull(snapshot);
        var options = _options.Value;
        var card = _rateCards.Get(options.RateCard);
        if (!EvaluateEligibility(snapshot, options, _regions.Get(options), null))
        {
            return Money.Zero(card.Currency);
        }

        return new Money(Figures.ExpectedNet(snapshot, options, card), card.Currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        ThrowIfNull(snapshot);
        var options = _options.Value;
        var card = _rateCards.Get(options.RateCard);
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var range = eligible ? new MoneyRange(Figures.NetRange(snapshot, options, card), card.Currency) : MoneyRange.Zero(card.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, card, regions, eligible));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    private static void ThrowIfNull(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }
    }

    /// <summary>Evaluates every rule; fills <paramref name="rules"/> when given, so the fast path and the full path share one set of rules.</summary>
    private static bool EvaluateEligibility(CreatorSnapshot snapshot, LiveGiftsOptions options, RegionList regions, EligibilityRule[]? rules)
    {
        var profile = snapshot.Profile;

        // Evaluate every rule (no short-circuit) so that the full path lists them all.
        var met = EligibilityChecks.MinimumAge(profile, options.MinimumAge, options.MinimumAgeByRegion, rules, 0);
        met &= EligibilityChecks.AtLeast("min-followers", options.MinimumFollowers, profile.Followers, "followers", rules, 1);
        met &= EligibilityChecks.Region("available-region", regions, profile, rules, 2);
        met &= EligibilityChecks.GoodStanding(profile, rules, 3);
        met &= EligibilityChecks.NotGovernmentOrPolitical(profile, rules, 4);
        return met;
    }

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, LiveGiftsOptions Options, RateCard Card, RegionList Regions, bool Eligible) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Card, Figures.Compute(Snapshot, Options, Card), Eligible);

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, Regions, rules);
            return rules;
        }
    }
}
