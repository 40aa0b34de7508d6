using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>
/// TikTok Shop affiliate commission: sales (observed, or views on shoppable videos × click-through × click-to-order ×
/// price paid per item) times the commission rate (the snapshot's, the niche's from the category table, or the default).
/// A snapshot without affiliate facts earns zero: the creator does not sell as an affiliate.
/// </summary>
internal sealed class AffiliateModel : IExpectedRevenueModel
{
    private const int RuleCount = 5;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Likes earn no commission: only sales do. Likes reach sales only through reach: as a For You ranking signal they can bring more views to shoppable videos, and the model counts views, not likes.");

    private readonly IOptionsMonitor<AffiliateOptions> _options;
    private readonly PerOptionsCache<AffiliateOptions, RegionList> _regions = new(static o => new RegionList("the TikTok Shop affiliate program", o.AvailableRegions));
    private readonly PerOptionsCache<AffiliateOptions, Currency> _currency = new(static o => Currency.FromCode(o.Currency));

    public AffiliateModel(IOptionsMonitor<AffiliateOptions> options) => _options = options;

    public string Name => AffiliateDefaults.Name;

    public string DisplayName => AffiliateDefaults.DisplayName;

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        var affiliate = snapshot.Affiliate;
        var observed = affiliate?.ObservedSales;
        var currency = observed?.Currency ?? _currency.Get(options);
        if (affiliate is null || !EvaluateEligibility(snapshot, options, _regions.Get(options), null))
        {
            return Money.Zero(currency);
        }

        // The expected point of Figures.Compute, without the log-space low and high the range needs.
        var rate = Figures.CommissionRate(snapshot, options, out _).Expected;
        if (observed is { } sales)
        {
            return new Money(FunnelMath.TimesExpected(sales.Amount, rate), currency);
        }

        var share = Figures.ShoppableViewShare(snapshot, options, out _).Expected;
        var orders = FunnelSteps.ExpectedOrders(snapshot.Videos.Views, share, options.ClickThroughRate.Expected, options.ConversionRate.Expected);
        var gmv = FunnelMath.TimesExpected(orders, options.AverageItemPrice.Expected);
        return new Money(FunnelMath.TimesExpected(gmv, rate), currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        var baseCurrency = _currency.Get(options);
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var figures = Figures.Compute(snapshot, options, baseCurrency);
        var range = eligible ? new MoneyRange(figures.Commission, figures.Currency) : MoneyRange.Zero(figures.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, regions, eligible, figures));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, AffiliateOptions options, in Figures figures, bool eligible)
    {
        var currency = figures.Currency.Code;
        var lines = new List<BreakdownLine>(7);
        var affiliate = snapshot.Affiliate;
        if (affiliate is null)
        {
            lines.Add(new BreakdownLine(AffiliateDefaults.NoAffiliate, ValueRange.Exactly(0m), currency, ValueRange.Exactly(0m), "commission rate", ValueRange.Exactly(0m), currency, FunnelDefaults.NoActivitySource));
        }
        else
        {
            if (figures.Observed)
            {
                lines.Add(new BreakdownLine("Affiliate sales (observed)", figures.Sales, currency, ValueRange.Exactly(1m), "of sales", figures.Sales, currency, AffiliateDefaults.ObservedSalesSource));
            }
            else
            {
                var shareSource = Provenance.Of(options.ShoppableViewShare, AffiliateDefaults.ShoppableViewShareLow, AffiliateDefaults.ShoppableViewShareExpected, AffiliateDefaults.ShoppableViewShareHigh, AffiliateDefaults.ShoppableViewShareSource);
                figures.Funnel.AddLines(
                    lines,
                    "Views on shoppable videos",
                    "shoppable views",
                    figures.PilotCapped ? shareSource + AffiliateDefaults.PilotSource : shareSource,
                    Provenance.Of(options.ClickThroughRate, FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh, FunnelDefaults.ClickThroughSource),
                    Provenance.Of(options.ConversionRate, FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh, FunnelDefaults.ConversionSource));
                lines.Add(new BreakdownLine(
                    "Sales (price paid after discounts)",
                    figures.Funnel.Orders,
                    "orders",
                    figures.ItemPrice,
                    currency + " per item",
                    figures.Sales,
                    currency,
                    Provenance.Of(options.AverageItemPrice, AffiliateDefaults.AverageItemPriceLow, AffiliateDefaults.AverageItemPriceExpected, AffiliateDefaults.AverageItemPriceHigh, AffiliateDefaults.AverageItemPriceSource)));
            }

            lines.Add(new BreakdownLine("Commission earned", figures.Sales, currency, figures.Rate, "commission rate", figures.Commission, currency, CommissionSource(snapshot, options, figures.RateKey)));
        }

        if (!eligible)
        {
            lines.Add(new BreakdownLine("Not eligible", figures.Commission, currency, ValueRange.Exactly(0m), "paid", ValueRange.Exactly(0m), currency, FunnelDefaults.IneligibleSource));
        }

        return lines.ToArray();
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

    private static string CommissionSource(CreatorSnapshot snapshot, AffiliateOptions options, string? key)
    {
        if (snapshot.Affiliate?.CommissionRate is not null)
        {
            return AffiliateDefaults.CommissionSnapshotSource;
        }

        if (key is not null)
        {
            var entry = options.CommissionRateByNiche[key];
            return AffiliateDefaults.IsDefaultEntry(key, entry)
                ? AffiliateDefaults.CommissionTableSource + ", niche '" + key + "'"
                : Provenance.Configured + " (niche '" + key + "')";
        }

        return Provenance.Of(options.CommissionRate, AffiliateDefaults.CommissionRateLow, AffiliateDefaults.CommissionRateExpected, AffiliateDefaults.CommissionRateHigh, AffiliateDefaults.CommissionFallbackSource);
    }

    /// <summary>What one estimate was computed from; its breakdown and rules are built from it when first read.</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, AffiliateOptions Options, RegionList Regions, bool Eligible, Figures Figures) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Figures, Eligible);

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, Regions, rules);
            return rules;
        }
    }

    /// <summary>The numbers of one estimate, computed once and shared by the fast path and the breakdown.</summary>
    private readonly struct Figures
    {
        private Figures(Currency currency, bool observed, bool pilotCapped, FunnelSteps funnel, ValueRange itemPrice, ValueRange sales, ValueRange rate, string? rateKey, ValueRange commission)
        {
            Currency = currency;
            Observed = observed;
            PilotCapped = pilotCapped;
            Funnel = funnel;
            ItemPrice = itemPrice;
            Sales = sales;
            Rate = rate;
            RateKey = rateKey;
            Commission = commission;
        }

        public Currency Currency { get; }

        public bool Observed { get; }

        public bool PilotCapped { get; }

        public FunnelSteps Funnel { get; }

        public ValueRange ItemPrice { get; }

        public ValueRange Sales { get; }

        public ValueRange Rate { get; }

        /// <summary>The key of the niche table entry used for <see cref="Rate"/>, or <see langword="null"/>.</summary>
        public string? RateKey { get; }

        public ValueRange Commission { get; }

        public static Figures Compute(CreatorSnapshot snapshot, AffiliateOptions options, Currency currency)
        {
            var zero = ValueRange.Exactly(0m);
            var affiliate = snapshot.Affiliate;
            if (affiliate is null)
            {
                return new Figures(currency, false, false, default, zero, zero, zero, null, zero);
            }

            var rate = CommissionRate(snapshot, options, out var key);
            if (affiliate.ObservedSales is { } observed)
            {
                var sales = ValueRange.Exactly(observed.Amount);
                return new Figures(observed.Currency, true, false, default, zero, sales, rate, key, FunnelMath.Times(sales, rate));
            }

            var share = ShoppableViewShare(snapshot, options, out var capped);
            var funnel = FunnelSteps.Compute(snapshot.Videos.Views, share, options.ClickThroughRate.ToValueRange(), options.ConversionRate.ToValueRange());
            var price = options.AverageItemPrice.ToValueRange();
            var gmv = FunnelMath.Times(funnel.Orders, price);
            return new Figures(currency, false, capped, funnel, price, gmv, rate, key, FunnelMath.Times(gmv, rate));
        }

        /// <summary>The share of views on shoppable videos, capped for a creator in the pilot program.</summary>
        public static ValueRange ShoppableViewShare(CreatorSnapshot snapshot, AffiliateOptions options, out bool capped)
        {
            var share = options.ShoppableViewShare.ToValueRange();
            capped = false;
            if (PilotShareCap(snapshot, options) is { } cap && cap < share.High)
            {
                share = FunnelMath.AtMost(share, cap);
                capped = true;
            }

            return share;
        }

        /// <summary>The snapshot's rate, else the niche's table entry, else the default range.</summary>
        public static ValueRange CommissionRate(CreatorSnapshot snapshot, AffiliateOptions options, out string? key)
        {
            key = null;
            if (snapshot.Affiliate?.CommissionRate is { } given)
            {
                return ValueRange.Exactly((decimal)given);
            }

            if (snapshot.Profile.Niche is { } niche && options.CommissionRateByNiche is { } table)
            {
                if (table.TryGetValue(niche, out var entry))
                {
                    key = niche;
                    return entry.ToValueRange();
                }

                // A dictionary set in code may have been created without a case-insensitive comparer.
                foreach (var pair in table)
                {
                    if (string.Equals(pair.Key, niche, StringComparison.OrdinalIgnoreCase))
                    {
                        key = pair.Key;
                        return pair.Value.ToValueRange();
                    }
                }
            }

            return options.CommissionRate.ToValueRange();
        }

        /// <summary>
        /// The largest share of views a pilot-program creator can have on shoppable videos: the shoppable videos allowed
        /// in the period over the videos posted, assuming views spread evenly; <see langword="null"/> outside the pilot.
        /// </summary>
        private static decimal? PilotShareCap(CreatorSnapshot snapshot, AffiliateOptions options)
        {
            var profile = snapshot.Profile;
            var posted = snapshot.Videos.VideosPosted;
            var regions = options.PilotProgramRegions ?? [];
            var inPilot = profile.Followers < options.PilotProgramFollowers
                && posted > 0
                && (regions.Count == 0 || (profile.Region is { } region && RegionCodes.Contains(regions, region)));
            if (!inPilot)
            {
                return null;
            }

            var allowed = options.PilotShoppableVideosPerWeek * (decimal)snapshot.PeriodDays / 7m;
            return Math.Min(1m, allowed / posted);
        }
    }
}
