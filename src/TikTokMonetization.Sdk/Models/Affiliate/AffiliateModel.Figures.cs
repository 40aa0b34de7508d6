using TikTokMonetization.Creators;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Affiliate;

internal sealed partial class AffiliateModel
{
    /// <summary>The numbers of one estimate, computed once and shared by the fast path and the breakdown.</summary>
    private readonly struct Figures
    {
        public Currency Currency { get; init; }

        public bool Observed { get; init; }

        public bool PilotCapped { get; init; }

        public FunnelSteps Funnel { get; init; }

        /// <summary>The orders left after cancellations (the funnel's orders when no cancellation rate is set).</summary>
        public ValueRange OrdersNotCancelled { get; init; }

        /// <summary>The orders sales are counted on: after cancellations and the approval rate.</summary>
        public ValueRange OrdersPaid { get; init; }

        /// <summary>The price each order pays: the paid price, derived from the list price when one is set.</summary>
        public ValueRange ItemPrice { get; init; }

        /// <summary>The list price less coupons (before included tax), when a list price is set.</summary>
        public ValueRange PriceAfterCoupons { get; init; }

        /// <summary>The sales at the paid price before refunds (observed sales as given).</summary>
        public ValueRange Sales { get; init; }

        /// <summary>The sales commission is paid on: <see cref="Sales"/> less the refunded part.</summary>
        public ValueRange SalesKept { get; init; }

        /// <summary>The standard commission rate (the snapshot's, the niche's or the default).</summary>
        public ValueRange Rate { get; init; }

        /// <summary>The rate on all sales: <see cref="Rate"/>, blended with the Shop Ads rate when the snapshot gives one.</summary>
        public ValueRange BlendedRate { get; init; }

        /// <summary>The key of the niche table entry used for <see cref="Rate"/>, or <see langword="null"/>.</summary>
        public string? RateKey { get; init; }

        public ValueRange Commission { get; init; }

        public static Figures Compute(CreatorSnapshot snapshot, AffiliateOptions options, Constants constants)
        {
            var currency = constants.Currency;
            var zero = ValueRange.Exactly(0m);
            var affiliate = snapshot.Affiliate;
            if (affiliate is null)
            {
                return new Figures { Currency = currency, ItemPrice = zero, Sales = zero, SalesKept = zero, Rate = zero, BlendedRate = zero, Commission = zero };
            }

            var rate = CommissionRate(snapshot, options, out var key);
            var blended = BlendShopAds(rate, affiliate);
            if (affiliate.ObservedSales is { } observed)
            {
                // Observed sales are after discounts and refunds already (as TikTok's dashboard reports them).
                var sales = ValueRange.Exactly(observed.Amount);
                return new Figures
                {
                    Currency = observed.Currency,
                    Observed = true,
                    ItemPrice = zero,
                    Sales = sales,
                    SalesKept = sales,
                    Rate = rate,
                    BlendedRate = blended,
                    RateKey = key,
                    Commission = ValueRange.MultiplyIndependent(sales, blended),
                };
            }

            var share = ShoppableViewShare(snapshot, options, out var capped);
            var funnel = FunnelSteps.Compute(snapshot.Videos.Views, share, constants.ClickThrough, constants.Conversion);
            var notCancelled = Apply(funnel.Orders, NotCancelledShare(options));
            var paid = Apply(notCancelled, options.ApprovalRate);
            var afterCoupons = constants.PriceAfterCoupons;
            var price = constants.ItemPrice.Range;
            var gmv = ValueRange.MultiplyIndependent(paid, constants.ItemPrice);
            var kept = Apply(gmv, KeptAfterRefundsShare(options));
            return new Figures
            {
                Currency = currency,
                PilotCapped = capped,
                Funnel = funnel,
                OrdersNotCancelled = notCancelled,
                OrdersPaid = paid,
                ItemPrice = price,
                PriceAfterCoupons = afterCoupons,
                Sales = gmv,
                SalesKept = kept,
                Rate = rate,
                BlendedRate = blended,
                RateKey = key,
                Commission = ValueRange.MultiplyIndependent(kept, blended),
            };
        }

        /// <summary>The expected commission alone, by the same arithmetic as <see cref="Compute"/>'s expected point.</summary>
        public static decimal ExpectedCommission(CreatorSnapshot snapshot, AffiliateOptions options, AffiliateInputs affiliate)
        {
            var rate = BlendShopAds(CommissionRate(snapshot, options, out _), affiliate).Expected;
            if (affiliate.ObservedSales is { } sales)
            {
                return FunnelSteps.ExpectedProduct(sales.Amount, rate);
            }

            var share = ShoppableViewShare(snapshot, options, out _).Expected;
            var orders = FunnelSteps.ExpectedOrders(snapshot.Videos.Views, share, options.ClickThroughRate.Expected, options.ConversionRate.Expected);
            var paid = ApplyExpected(ApplyExpected(orders, NotCancelledShare(options)), options.ApprovalRate);
            var price = ApplyExpected(PriceAfterCouponsOf(options).Expected, NetOfTaxShare(options));
            var gmv = ApplyExpected(FunnelSteps.ExpectedProduct(paid, price), KeptAfterRefundsShare(options));
            return FunnelSteps.ExpectedProduct(gmv, rate);
        }

        /// <summary>The list price less coupons when a list price is set, otherwise the paid price as configured.</summary>
        public static ValueRange PriceAfterCouponsOf(AffiliateOptions options)
        {
            if (options.AverageListPrice is not { } listOptions)
            {
                return options.AverageItemPrice.ToValueRange();
            }

            var list = listOptions.ToValueRange();
            if (options.DiscountShare is { } discount)
            {
                return list.Scale(1m - discount);
            }

            var coupons = (options.PlatformCouponPerItem ?? 0m) + (options.SellerCouponPerItem ?? 0m);
            return coupons == 0m ? list : new ValueRange(list.Low - coupons, list.Expected - coupons, list.High - coupons);
        }

        /// <summary>The standard rate on the sales not through Shop Ads plus the Shop Ads rate on the rest, when the snapshot gives both.</summary>
        public static ValueRange BlendShopAds(ValueRange rate, AffiliateInputs affiliate) =>
            affiliate.ShopAdsCommissionRate is { } adsRate && affiliate.ShopAdsOrderShare is { } adsShare
                ? rate.Scale(1m - (decimal)adsShare) + ValueRange.Exactly(ShopAdsPart(adsRate, adsShare))
                : rate;

        public static decimal ShopAdsPart(double adsRate, double adsShare) => (decimal)adsRate * (decimal)adsShare;

        /// <summary>1 - the cancellation rate, or <see langword="null"/> when none is set.</summary>
        public static decimal? NotCancelledShare(AffiliateOptions options) => 1m - options.CancellationRate;

        /// <summary>1 ÷ (1 + the included tax rate), or <see langword="null"/> when none is set.</summary>
        public static decimal? NetOfTaxShare(AffiliateOptions options) => options.IncludedTaxRate is { } tax ? 1m / (1m + tax) : null;

        /// <summary>1 - refund rate × refunded share of the price (1 when not given), or <see langword="null"/> when no refund rate is set.</summary>
        public static decimal? KeptAfterRefundsShare(AffiliateOptions options) =>
            options.RefundRate is { } refunds ? 1m - (refunds * (options.RefundedShareOfPrice ?? 1m)) : null;

        /// <summary>Multiplies by an exact share when one is set (as an independent exact factor, so bounds are plain products).</summary>
        public static ValueRange Apply(ValueRange value, decimal? share) =>
            share is { } s ? ValueRange.MultiplyIndependent(value, ValueRange.Exactly(s)) : value;

        private static decimal ApplyExpected(decimal value, decimal? share) =>
            share is { } s ? FunnelSteps.ExpectedProduct(value, s) : value;

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
