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
internal sealed class LiveGiftsModel : IExpectedRevenueModel
{
    private const int RuleCount = 5;

    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Direct,
        LikesChannels.LiveRetention | LikesChannels.Visibility,
        "Likes earn no diamonds; LIVE likes count only as a sign of an engaged audience that stays longer, which raises expected gifting (bounded by LiveGifts:MaximumRetentionUplift), and engagement brings more viewers to the LIVE.");

    private readonly IOptionsMonitor<LiveGiftsOptions> _options;
    private readonly PerOptionsCache<LiveGiftsOptions, RegionList> _regions = new(static o => new RegionList("LIVE gifts", o.AvailableRegions));
    private readonly IRateCardProvider _rateCards;

    public LiveGiftsModel(IOptionsMonitor<LiveGiftsOptions> options, IRateCardProvider rateCards)
    {
        _options = options;
        _rateCards = rateCards;
    }

    public string Name => LiveGiftsDefaults.Name;

    public string DisplayName => LiveGiftsDefaults.DisplayName;

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        ThrowIfNull(snapshot);
        var options = _options.CurrentValue;
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
        var options = _options.CurrentValue;
        var card = _rateCards.Get(options.RateCard);
        var regions = _regions.Get(options);
        var eligible = EvaluateEligibility(snapshot, options, regions, null);
        var figures = Figures.Compute(snapshot, options, card);
        var range = eligible ? new MoneyRange(figures.Net, card.Currency) : MoneyRange.Zero(card.Currency);
        var details = new EstimateDetails<Basis>(new Basis(snapshot, options, card, regions, eligible, figures));
        return RevenueEstimate.FromDetails(Name, DisplayName, range, eligible, details, LikesImpactText);
    }

    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, LiveGiftsOptions options, RateCard card, in Figures figures, bool eligible)
    {
        var lines = new List<BreakdownLine>(7);
        var currency = card.Currency.Code;

        if (figures.Observed)
        {
            lines.Add(BreakdownLine.For("Coins gifted (observed)")
                .Quantity(figures.Coins, "coins").Times(1m, "coin per coin")
                .Gives(figures.Coins, "coins", LiveGiftsDefaults.ObservedSource));
        }
        else
        {
            var live = snapshot.Live;
            lines.Add(BreakdownLine.For("LIVE viewer-hours")
                .Quantity((decimal)live.Hours, "hours").Times((decimal)live.AverageConcurrentViewers, "average concurrent viewers")
                .Gives(figures.ViewerHours, "viewer-hours", LiveGiftsDefaults.SnapshotSource));
            lines.Add(BreakdownLine.For("Coins gifted (estimated)")
                .Quantity(figures.ViewerHours, "viewer-hours").Times(options.CoinsPerViewerHour.ToValueRange(), "coins per viewer-hour")
                .Gives(figures.BaseCoins, "coins", Provenance.Of(options.CoinsPerViewerHour, LiveGiftsDefaults.CoinsPerViewerHourLow, LiveGiftsDefaults.CoinsPerViewerHourExpected, LiveGiftsDefaults.CoinsPerViewerHourHigh, LiveGiftsDefaults.CoinsSource)));
            lines.Add(BreakdownLine.For("Retention from LIVE likes")
                .Quantity(figures.BaseCoins, "coins").Times(figures.RetentionFactor, "× retention factor")
                .Gives(figures.Coins, "coins", LiveGiftsDefaults.RetentionSource));
        }

        lines.Add(BreakdownLine.For("Diamonds collected")
            .Quantity(figures.Coins, "coins").Times(card.DiamondsPerCoin, "diamonds per coin")
            .Gives(figures.Diamonds, "diamonds", card.Description));
        lines.Add(BreakdownLine.For("LIVE rewards (cash)")
            .Quantity(figures.Diamonds, "diamonds").Times(card.CashPerDiamond, currency + " per diamond")
            .Gives(figures.Gross, currency, card.Description));
        if (options.AgencyShare > 0m)
        {
            lines.Add(BreakdownLine.For("Agency share")
                .Quantity(figures.Gross, currency).Times(-options.AgencyShare, "share")
                .Gives(-figures.AgencyCut, currency, LiveGiftsDefaults.AgencySource));
        }

        if (!eligible)
        {
            lines.Add(BreakdownLine.For("Not eligible")
                .Quantity(figures.Net, currency).Times(0m, "paid")
                .Gives(0m, currency, LiveGiftsDefaults.IneligibleSource));
        }

        return lines.ToArray();
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
    private readonly record struct Basis(CreatorSnapshot Snapshot, LiveGiftsOptions Options, RateCard Card, RegionList Regions, bool Eligible, Figures Figures) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Card, Figures, Eligible);

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
        private Figures(bool observed, decimal viewerHours, ValueRange baseCoins, decimal retentionFactor, ValueRange coins, ValueRange diamonds, ValueRange gross, ValueRange agencyCut, ValueRange net)
        {
            Observed = observed;
            ViewerHours = viewerHours;
            BaseCoins = baseCoins;
            RetentionFactor = retentionFactor;
            Coins = coins;
            Diamonds = diamonds;
            Gross = gross;
            AgencyCut = agencyCut;
            Net = net;
        }

        public bool Observed { get; }

        public decimal ViewerHours { get; }

        public ValueRange BaseCoins { get; }

        public decimal RetentionFactor { get; }

        public ValueRange Coins { get; }

        public ValueRange Diamonds { get; }

        public ValueRange Gross { get; }

        public ValueRange AgencyCut { get; }

        public ValueRange Net { get; }

        public static Figures Compute(CreatorSnapshot snapshot, LiveGiftsOptions options, RateCard card)
        {
            var live = snapshot.Live;
            var viewerHours = ViewerHoursOf(live);
            ValueRange baseCoins;
            var retention = 1m;
            var observed = live.CoinsGifted.HasValue;
            if (live.CoinsGifted is { } gifted)
            {
                baseCoins = ValueRange.Exactly(gifted.Value);
            }
            else
            {
                baseCoins = options.CoinsPerViewerHour.ToValueRange().Scale(viewerHours);
                retention = Retention(live.Likes, viewerHours, options);
            }

            var low = Point.Of(baseCoins.Low, retention, card, RangePoint.Low, options.AgencyShare);
            var expected = Point.Of(baseCoins.Expected, retention, card, RangePoint.Expected, options.AgencyShare);
            var high = Point.Of(baseCoins.High, retention, card, RangePoint.High, options.AgencyShare);
            return new Figures(
                observed,
                viewerHours,
                baseCoins,
                retention,
                new ValueRange(low.Coins, expected.Coins, high.Coins),
                new ValueRange(low.Diamonds, expected.Diamonds, high.Diamonds),
                new ValueRange(low.Gross, expected.Gross, high.Gross),
                new ValueRange(low.Cut, expected.Cut, high.Cut),
                new ValueRange(low.Net, expected.Net, high.Net));
        }

        /// <summary>The expected net amount alone, by the same arithmetic as <see cref="Compute"/> (the batch path's hot loop).</summary>
        public static decimal ExpectedNet(CreatorSnapshot snapshot, LiveGiftsOptions options, RateCard card)
        {
            var live = snapshot.Live;
            decimal baseCoins;
            var retention = 1m;
            if (live.CoinsGifted is { } gifted)
            {
                baseCoins = gifted.Value;
            }
            else
            {
                var viewerHours = ViewerHoursOf(live);
                baseCoins = viewerHours * options.CoinsPerViewerHour.Expected;
                retention = Retention(live.Likes, viewerHours, options);
            }

            return Point.Of(baseCoins, retention, card, RangePoint.Expected, options.AgencyShare).Net;
        }

        private static decimal ViewerHoursOf(LiveStats live) => (decimal)live.Hours * (decimal)live.AverageConcurrentViewers;

        /// <summary>Likes per viewer-hour above which <see cref="Retention"/> divides by likes instead: beyond, x + half could overflow decimal.</summary>
        private const decimal MaxLikesPerViewerHour = 10_000_000_000_000_000_000_000_000_000m;

        /// <summary>1 + max × x / (x + half): bounded, non-decreasing in likes, saturating; 1 when there are no viewer-hours.</summary>
        private static decimal Retention(long likes, decimal viewerHours, LiveGiftsOptions options)
        {
            if (viewerHours <= 0m || likes <= 0 || options.MaximumRetentionUplift == 0m)
            {
                return 1m;
            }

            // Likes over a vanishing fraction of a viewer-hour (hours × viewers of 10^-18) would overflow decimal as likes per
            // viewer-hour; the same ratio x / (x + half) is then taken as likes / (likes + half × viewer-hours), which cannot.
            if (viewerHours < likes / MaxLikesPerViewerHour)
            {
                return 1m + (options.MaximumRetentionUplift * likes / (likes + (options.LikesPerViewerHourAtHalfUplift * viewerHours)));
            }

            var perViewerHour = likes / viewerHours;
            return 1m + (options.MaximumRetentionUplift * perViewerHour / (perViewerHour + options.LikesPerViewerHourAtHalfUplift));
        }
    }

    /// <summary>One point of the range (low, expected or high), step by step; both paths use it, so they agree to the last digit.</summary>
    private readonly struct Point
    {
        private Point(decimal coins, decimal diamonds, decimal gross, decimal cut)
        {
            Coins = coins;
            Diamonds = diamonds;
            Gross = gross;
            Cut = cut;
        }

        public decimal Coins { get; }

        public decimal Diamonds { get; }

        public decimal Gross { get; }

        public decimal Cut { get; }

        public decimal Net => Gross - Cut;

        /// <summary>Coins become diamonds and diamonds cash through the rate card, as its documentation promises.</summary>
        public static Point Of(decimal baseCoins, decimal retention, RateCard card, RangePoint point, decimal agencyShare)
        {
            var coins = new Coins(baseCoins * retention);
            var diamonds = card.ToDiamonds(coins);
            var gross = card.ToCash(diamonds, point).Amount;
            return new Point(coins.Value, diamonds.Value, gross, gross * agencyShare);
        }
    }
}
