using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.LiveGifts;

internal sealed partial class LiveGiftsModel
{
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
            var baseCoins = StartingCoins(live, viewerHours, options, out var retention);
            var low = Point.Of(baseCoins.Low, retention, card, RangePoint.Low, options.AgencyShare);
            var expected = Point.Of(baseCoins.Expected, retention, card, RangePoint.Expected, options.AgencyShare);
            var high = Point.Of(baseCoins.High, retention, card, RangePoint.High, options.AgencyShare);
            return new Figures(
                live.CoinsGifted.HasValue,
                viewerHours,
                baseCoins,
                retention,
                new ValueRange(low.Coins, expected.Coins, high.Coins),
                new ValueRange(low.Diamonds, expected.Diamonds, high.Diamonds),
                new ValueRange(low.Gross, expected.Gross, high.Gross),
                new ValueRange(low.Cut, expected.Cut, high.Cut),
                new ValueRange(low.Net, expected.Net, high.Net));
        }

        /// <summary>
        /// The net range alone, for the estimate: the same arithmetic as <see cref="Compute"/>, whose <see cref="Net"/> it
        /// equals digit for digit (a law checks it), without the intermediate ranges only the breakdown shows.
        /// </summary>
        public static ValueRange NetRange(CreatorSnapshot snapshot, LiveGiftsOptions options, RateCard card)
        {
            var live = snapshot.Live;
            var baseCoins = StartingCoins(live, ViewerHoursOf(live), options, out var retention);
            return new ValueRange(
                Point.Of(baseCoins.Low, retention, card, RangePoint.Low, options.AgencyShare).Net,
                Point.Of(baseCoins.Expected, retention, card, RangePoint.Expected, options.AgencyShare).Net,
                Point.Of(baseCoins.High, retention, card, RangePoint.High, options.AgencyShare).Net);
        }

        /// <summary>
        /// The coins before retention (the observed coins, or viewer-hours × the coins-per-viewer-hour range) and the
        /// retention factor (1 for observed coins): the start that <see cref="Compute"/> and <see cref="NetRange"/> share.
        /// </summary>
        private static ValueRange StartingCoins(LiveStats live, decimal viewerHours, LiveGiftsOptions options, out decimal retention)
        {
            if (live.CoinsGifted is { } gifted)
            {
                retention = 1m;
                return ValueRange.Exactly(gifted.Value);
            }

            retention = Retention(live.Likes, viewerHours, options);
            return options.CoinsPerViewerHour.ToValueRange().Scale(viewerHours);
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

        /// <summary>Viewer-hours at or above which likes per viewer-hour always fit: long.MaxValue / <see cref="MaxLikesPerViewerHour"/> is below this.</summary>
        private const decimal MinViewerHoursWithoutCheck = 0.000_000_001m;

        /// <summary>1 + max × x / (x + half): bounded, non-decreasing in likes, saturating; 1 when there are no viewer-hours.</summary>
        private static decimal Retention(long likes, decimal viewerHours, LiveGiftsOptions options)
        {
            if (viewerHours <= 0m || likes <= 0 || options.MaximumRetentionUplift == 0m)
            {
                return 1m;
            }

            // Likes over a vanishing fraction of a viewer-hour (hours × viewers of 10^-18) would overflow decimal as likes per
            // viewer-hour; the same ratio x / (x + half) is then taken as likes / (likes + half × viewer-hours), which cannot.
            // likes / MaxLikesPerViewerHour is below 10^-9 for any long, so the division that tests it runs only below that.
            if (viewerHours < MinViewerHoursWithoutCheck && viewerHours < likes / MaxLikesPerViewerHour)
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
