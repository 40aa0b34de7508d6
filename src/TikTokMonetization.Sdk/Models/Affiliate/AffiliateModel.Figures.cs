using TikTokMonetization.Creators;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Affiliate;

internal sealed partial class AffiliateModel
{
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
                return new Figures(observed.Currency, true, false, default, zero, sales, rate, key, ValueRange.MultiplyIndependent(sales, rate));
            }

            var share = ShoppableViewShare(snapshot, options, out var capped);
            var funnel = FunnelSteps.Compute(snapshot.Videos.Views, share, options.ClickThroughRate.ToValueRange(), options.ConversionRate.ToValueRange());
            var price = options.AverageItemPrice.ToValueRange();
            var gmv = ValueRange.MultiplyIndependent(funnel.Orders, price);
            return new Figures(currency, false, capped, funnel, price, gmv, rate, key, ValueRange.MultiplyIndependent(gmv, rate));
        }

        /// <summary>The share of views on shoppable videos, capped for a creator in the pilot program.</summary>
        public static ValueRange ShoppableViewShare(CreatorSnapshot snapshot, AffiliateOptions options, out bool capped)
        {
            var share = options.ShoppableViewShare.ToValueRange();
            capped = false;
            if (PilotShareCap(snapshot, options) is { } cap && cap < share.High)
            {
                share = share.AtMost(cap);
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
                && (regions.Count == 0 || (profile.Region is { } region && RegionList.Contains(regions, region)));
            if (!inPilot)
            {
                return null;
            }

            var allowed = options.PilotShoppableVideosPerWeek * (decimal)snapshot.PeriodDays / 7m;
            return Math.Min(1m, allowed / posted);
        }
    }
}
