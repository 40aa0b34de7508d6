using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Subscriptions;

/// <summary>
/// Subscriptions: subscribers × monthly price × months in the period × (1 − fees) × creator share. Eligibility has two
/// paths since September 2024: 10,000 followers and 100,000 views in the past month, or LIVE eligibility (1,000 followers
/// for a creator who goes LIVE). The estimate is in the currency of the observed price when the snapshot gives one (the
/// engine converts it to the reporting currency), else in US dollars, the currency of the configured price.
/// </summary>
internal sealed class SubscriptionsModel : IExpectedRevenueModel
{
    private const int RuleCount = 5;
    private const decimal DaysPerMonth = 30m;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Subscribers pay a monthly price; likes earn nothing here and matter only through the reach that brings new subscribers.");

    private readonly IOptionsMonitor<SubscriptionsOptions> _options;
    private readonly PerOptionsCache<SubscriptionsOptions, RegionList> _regions = new(static o => new RegionList("Subscription", o.AvailableRegions));

    public SubscriptionsModel(IOptionsMonitor<SubscriptionsOptions> options) => _options = options;

    public string Name => SubscriptionsDefaults.Name;

    public string DisplayName => SubscriptionsDefaults.DisplayName;

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        if (!EvaluateEligibility(snapshot, options, _regions.Get(options), null))
        {
            return Money.Zero(Figures.CurrencyOf(snapshot));
        }

        // The expected point of Figures.Compute alone.
        var price = snapshot.Subscriptions?.MonthlyPrice?.Amount ?? options.MonthlyPrice.Expected;
        var expected = Point.Of(Figures.SubscriberMonthsOf(snapshot), price, options.FeesBeforeSplit.Expected, options.CreatorShare.Expected);
        return new Money(expected.Net, Figures.CurrencyOf(snapshot));
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var figures = Figures.Compute(snapshot, options);
        var range = eligible ? new MoneyRange(figures.Net, figures.Currency) : MoneyRange.Zero(figures.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, regions, eligible, figures));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, SubscriptionsOptions options, in Figures figures, bool eligible)
    {
        var currency = figures.Currency.Code;
        var lines = new List<BreakdownLine>(4)
        {
            new(
                "Subscriber-months",
                ValueRange.Exactly(figures.Subscribers),
                "subscribers",
                ValueRange.Exactly(figures.Months),
                "months in the period",
                ValueRange.Exactly(figures.SubscriberMonths),
                "subscriber-months",
                SubscriptionsDefaults.SubscribersSource),
            new(
                "Subscription revenue",
                ValueRange.Exactly(figures.SubscriberMonths),
                "subscriber-months",
                figures.Price,
                currency + " per month",
                figures.Gross,
                currency,
                snapshot.Subscriptions?.MonthlyPrice is not null
                    ? SubscriptionsDefaults.ObservedPriceSource
                    : Provenance.Of(options.MonthlyPrice, SubscriptionsDefaults.PriceLow, SubscriptionsDefaults.PriceExpected, SubscriptionsDefaults.PriceHigh, SubscriptionsDefaults.PriceSource)),
            new(
                "After fees",
                figures.Gross,
                currency,
                new ValueRange(1m - options.FeesBeforeSplit.High, 1m - options.FeesBeforeSplit.Expected, 1m - options.FeesBeforeSplit.Low),
                "share left after fees",
                figures.AfterFees,
                currency,
                Provenance.Of(options.FeesBeforeSplit, SubscriptionsDefaults.FeesLow, SubscriptionsDefaults.FeesExpected, SubscriptionsDefaults.FeesHigh, SubscriptionsDefaults.FeesSource)),
            new(
                "Creator share",
                figures.AfterFees,
                currency,
                options.CreatorShare.ToValueRange(),
                "creator share",
                figures.Net,
                currency,
                Provenance.Of(options.CreatorShare, SubscriptionsDefaults.ShareLow, SubscriptionsDefaults.ShareExpected, SubscriptionsDefaults.ShareHigh, SubscriptionsDefaults.ShareSource)),
        };

        if (!eligible)
        {
            lines.Add(new BreakdownLine("Not eligible", figures.Net, currency, ValueRange.Exactly(0m), "paid", ValueRange.Exactly(0m), currency, SubscriptionsDefaults.IneligibleSource));
        }

        return lines.ToArray();
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
    private readonly record struct Basis(CreatorSnapshot Snapshot, SubscriptionsOptions Options, RegionList Regions, bool Eligible, Figures Figures) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Figures, Eligible);

        public EligibilityRule[] BuildRules()
        {
            var rules = new EligibilityRule[RuleCount];
            EvaluateEligibility(Snapshot, Options, Regions, rules);
            return rules;
        }
    }

    /// <summary>The numbers of one estimate, shared by the fast path and the breakdown.</summary>
    private readonly struct Figures
    {
        private Figures(Currency currency, decimal subscribers, decimal months, ValueRange price, ValueRange gross, ValueRange afterFees, ValueRange net)
        {
            Currency = currency;
            Subscribers = subscribers;
            Months = months;
            Price = price;
            Gross = gross;
            AfterFees = afterFees;
            Net = net;
        }

        /// <summary>Gets the currency of every amount: the observed price's, else US dollars (the configured price's).</summary>
        public Currency Currency { get; }

        public decimal Subscribers { get; }

        public decimal Months { get; }

        public decimal SubscriberMonths => Subscribers * Months;

        public ValueRange Price { get; }

        public ValueRange Gross { get; }

        public ValueRange AfterFees { get; }

        public ValueRange Net { get; }

        public static Figures Compute(CreatorSnapshot snapshot, SubscriptionsOptions options)
        {
            var inputs = snapshot.Subscriptions;
            var subscribers = inputs?.Subscribers ?? 0L;
            var months = snapshot.PeriodDays / DaysPerMonth;
            var price = inputs?.MonthlyPrice is { } observed ? ValueRange.Exactly(observed.Amount) : options.MonthlyPrice.ToValueRange();
            var subscriberMonths = SubscriberMonthsOf(snapshot);
            var fees = options.FeesBeforeSplit;
            var share = options.CreatorShare;

            // The low estimate keeps the least after the highest fee, the high estimate the most after the lowest fee.
            var low = Point.Of(subscriberMonths, price.Low, fees.High, share.Low);
            var expected = Point.Of(subscriberMonths, price.Expected, fees.Expected, share.Expected);
            var high = Point.Of(subscriberMonths, price.High, fees.Low, share.High);
            return new Figures(
                CurrencyOf(snapshot),
                subscribers,
                months,
                price,
                new ValueRange(low.Gross, expected.Gross, high.Gross),
                new ValueRange(low.AfterFees, expected.AfterFees, high.AfterFees),
                new ValueRange(low.Net, expected.Net, high.Net));
        }

        /// <summary>Subscribers × months in the period.</summary>
        public static decimal SubscriberMonthsOf(CreatorSnapshot snapshot) => (snapshot.Subscriptions?.Subscribers ?? 0L) * (snapshot.PeriodDays / DaysPerMonth);

        /// <summary>The observed price's currency (the engine converts it to the reporting currency), else US dollars.</summary>
        public static Currency CurrencyOf(CreatorSnapshot snapshot) => snapshot.Subscriptions?.MonthlyPrice?.Currency ?? Currency.Usd;
    }

    /// <summary>One point of the range, step by step; both paths use it, so they agree to the last digit.</summary>
    private readonly struct Point
    {
        private Point(decimal gross, decimal afterFees, decimal net)
        {
            Gross = gross;
            AfterFees = afterFees;
            Net = net;
        }

        public decimal Gross { get; }

        public decimal AfterFees { get; }

        public decimal Net { get; }

        public static Point Of(decimal subscriberMonths, decimal price, decimal fees, decimal creatorShare)
        {
            var gross = subscriberMonths * price;
            var afterFees = gross * (1m - fees);
            return new Point(gross, afterFees, afterFees * creatorShare);
        }
    }
}
