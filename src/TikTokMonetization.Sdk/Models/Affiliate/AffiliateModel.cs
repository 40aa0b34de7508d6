using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>
/// TikTok Shop affiliate commission: sales (observed, or views on shoppable videos × click-through × click-to-order ×
/// price paid per item) times the commission rate (the snapshot's, the niche's from the category table, or the default).
/// A snapshot without affiliate facts earns zero: the creator does not sell as an affiliate.
/// </summary>
internal sealed partial class AffiliateModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private const int RuleCount = 5;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Likes earn no commission: only sales do. Likes reach sales only through reach: as a For You ranking signal they can bring more views to shoppable videos, and the model counts views, not likes.");

    private readonly CurrentOptions<AffiliateOptions> _options;
    private readonly PerOptionsCache<AffiliateOptions, RegionList> _regions = new(static o => new RegionList("the TikTok Shop affiliate program", o.AvailableRegions));
    private readonly PerOptionsCache<AffiliateOptions, Constants> _constants = new(static o => new Constants(o));

    public AffiliateModel(IOptionsMonitor<AffiliateOptions> options) => _options = new(options);

    public string Name => AffiliateDefaults.Name;

    public string DisplayName => AffiliateDefaults.DisplayName;

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
        var affiliate = snapshot.Affiliate;
        var observed = affiliate?.ObservedSales;
        var currency = observed?.Currency ?? _constants.Get(options).Currency;
        if (affiliate is null || !EvaluateEligibility(snapshot, options, _regions.Get(options), null))
        {
            return Money.Zero(currency);
        }

        // The expected point of Figures.Compute, without the log-space low and high the range needs.
        return new Money(Figures.ExpectedCommission(snapshot, options, affiliate), currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var constants = _constants.Get(options);
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var figures = Figures.Compute(snapshot, options, constants);
        var range = eligible ? new MoneyRange(figures.Commission, figures.Currency) : MoneyRange.Zero(figures.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, constants, regions, eligible));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    /// <summary>Evaluates every rule; fills <paramref name="rules"/> when given, so the fast path and the full path share one set of rules.</summary>
    private static bool EvaluateEligibility(CreatorSnapshot snapshot, AffiliateOptions options, RegionList regions, EligibilityRule[]? rules)
    {
        var profile = snapshot.Profile;

        // Evaluate every rule (no short-circuit) so that the full path lists them all.
        var met = EligibilityChecks.MinimumAge(profile, options.MinimumAge, null, rules, 0);
        met &= EligibilityChecks.AtLeast("min-followers", MinimumFollowers(profile, options), profile.Followers, "followers", rules, 1);
        met &= EligibilityChecks.Region("available-region", regions, profile, rules, 2);
        met &= EligibilityChecks.GoodStanding(profile, rules, 3);
        met &= EligibilityChecks.NotGovernmentOrPolitical(profile, rules, 4);
        return met;
    }

    private static long MinimumFollowers(CreatorProfile profile, AffiliateOptions options) =>
        profile.Region is { } region && options.MinimumFollowersByRegion is { } byRegion && byRegion.TryGetValue(region, out var regional)
            ? regional
            : options.MinimumFollowers;

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, AffiliateOptions Options, Constants Constants, RegionList Regions, bool Eligible) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Figures.Compute(Snapshot, Options, Constants), Eligible);

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, Regions, rules);
            return rules;
        }
    }

    /// <summary>
    /// What an estimate takes from the options alone, computed once per options instance: the currency, the funnel's
    /// two rates with their log ratios (<see cref="IndependentFactor"/>) and the price an order pays. The same numbers
    /// as computing them on every estimate, to the last digit.
    /// </summary>
    private sealed class Constants
    {
        public Constants(AffiliateOptions options)
        {
            Currency = Currency.FromCode(options.Currency);
            ClickThrough = new IndependentFactor(options.ClickThroughRate.ToValueRange());
            Conversion = new IndependentFactor(options.ConversionRate.ToValueRange());
            PriceAfterCoupons = Figures.PriceAfterCouponsOf(options);
            ItemPrice = new IndependentFactor(Figures.Apply(PriceAfterCoupons, Figures.NetOfTaxShare(options)));
        }

        public Currency Currency { get; }

        public IndependentFactor ClickThrough { get; }

        public IndependentFactor Conversion { get; }

        /// <summary>Gets the list price less coupons, or the paid price as configured (<see cref="Figures.PriceAfterCouponsOf"/>).</summary>
        public ValueRange PriceAfterCoupons { get; }

        /// <summary>Gets the price each order pays, net of the included tax.</summary>
        public IndependentFactor ItemPrice { get; }
    }
}
