using TikTokMonetization.Creators;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Affiliate;

internal sealed partial class AffiliateModel
{
    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, AffiliateOptions options, in Figures figures, bool eligible)
    {
        var currency = figures.Currency.Code;
        var lines = new List<BreakdownLine>(7);
        var affiliate = snapshot.Affiliate;
        if (affiliate is null)
        {
            lines.Add(BreakdownLine.For(AffiliateDefaults.NoAffiliate)
                .Quantity(0m, currency).Times(0m, "commission rate")
                .Gives(0m, currency, FunnelDefaults.NoActivitySource));
        }
        else
        {
            if (figures.Observed)
            {
                lines.Add(BreakdownLine.For("Affiliate sales (observed)")
                    .Quantity(figures.Sales, currency).Times(1m, "of sales")
                    .Gives(figures.Sales, currency, AffiliateDefaults.ObservedSalesSource));
            }
            else
            {
                var shareSource = Provenance.Of(options.ShoppableViewShare, AffiliateDefaults.ShoppableViewShareLow, AffiliateDefaults.ShoppableViewShareExpected, AffiliateDefaults.ShoppableViewShareHigh, AffiliateDefaults.ShoppableViewShareSource);
                figures.Funnel.AddLines(
                    lines,
                    "Views on shoppable videos",
                    "shoppable views",
                    figures.PilotCapped ? shareSource + PilotSource(snapshot, options) : shareSource,
                    Provenance.Of(options.ClickThroughRate, FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh, FunnelDefaults.ClickThroughSource),
                    Provenance.Of(options.ConversionRate, FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh, FunnelDefaults.ConversionSource));
                AddOrderLines(lines, options, figures);
                AddPriceLines(lines, options, figures, currency);
                lines.Add(BreakdownLine.For("Sales (price paid after discounts)")
                    .Quantity(figures.OrdersPaid, "orders").TimesIndependent(figures.ItemPrice, currency + " per item")
                    .Gives(figures.Sales, currency, options.AverageListPrice is null
                        ? Provenance.Of(options.AverageItemPrice, AffiliateDefaults.AverageItemPriceLow, AffiliateDefaults.AverageItemPriceExpected, AffiliateDefaults.AverageItemPriceHigh, AffiliateDefaults.AverageItemPriceSource)
                        : AffiliateDefaults.PaidPriceSource));
                if (AffiliateModel.Figures.KeptAfterRefundsShare(options) is { } kept)
                {
                    lines.Add(BreakdownLine.For("Sales kept after refunds")
                        .Quantity(figures.Sales, currency).Times(kept, "share kept (1 - refund rate × refunded share of the price)")
                        .Gives(figures.SalesKept, currency, AffiliateDefaults.RefundSource));
                }
            }

            var rateSource = CommissionSource(snapshot, options, figures.RateKey);
            if (affiliate.ShopAdsCommissionRate is { } adsRate && affiliate.ShopAdsOrderShare is { } adsShare)
            {
                var share = (decimal)adsShare;
                lines.Add(BreakdownLine.For("Standard commission on sales not through Shop Ads")
                    .Quantity(figures.Rate, "commission rate").Times(1m - share, "share of sales not through Shop Ads")
                    .Gives(figures.Rate.Scale(1m - share), "of sales", rateSource));
                lines.Add(BreakdownLine.For("Shop Ads commission on sales through Shop Ads")
                    .Quantity((decimal)adsRate, "Shop Ads commission rate").Times(share, "share of sales through Shop Ads")
                    .Gives(AffiliateModel.Figures.ShopAdsPart(adsRate, adsShare), "of sales", AffiliateDefaults.ShopAdsSource));
                rateSource = AffiliateDefaults.BlendedRateSource;
            }

            lines.Add(BreakdownLine.For("Commission earned")
                .Quantity(figures.SalesKept, currency).TimesIndependent(figures.BlendedRate, "commission rate")
                .Gives(figures.Commission, currency, rateSource));
        }

        if (!eligible)
        {
            lines.Add(BreakdownLine.For("Not eligible")
                .Quantity(figures.Commission, currency).Times(0m, "paid")
                .Gives(0m, currency, FunnelDefaults.IneligibleSource));
        }

        return lines.ToArray();
    }

    /// <summary>Cancellations and the approval rate, each only when set.</summary>
    private static void AddOrderLines(List<BreakdownLine> lines, AffiliateOptions options, in Figures figures)
    {
        if (AffiliateModel.Figures.NotCancelledShare(options) is { } notCancelled)
        {
            lines.Add(BreakdownLine.For("Orders not cancelled")
                .Quantity(figures.Funnel.Orders, "orders").Times(notCancelled, "share not cancelled (1 - cancellation rate)")
                .Gives(figures.OrdersNotCancelled, "orders", AffiliateDefaults.CancellationSource));
        }

        if (options.ApprovalRate is { } approval)
        {
            lines.Add(BreakdownLine.For("Orders approved (not returned)")
                .Quantity(figures.OrdersNotCancelled, "orders").Times(approval, "approval rate")
                .Gives(figures.OrdersPaid, "orders", AffiliateDefaults.ApprovalSource));
        }
    }

    /// <summary>From the list price to the paid price: coupons, then included tax, each only when set.</summary>
    private static void AddPriceLines(List<BreakdownLine> lines, AffiliateOptions options, in Figures figures, string currency)
    {
        if (options.AverageListPrice is not { } listOptions)
        {
            return;
        }

        var perItem = currency + " per item";
        var list = listOptions.ToValueRange();
        if (options.DiscountShare is { } discount)
        {
            lines.Add(BreakdownLine.For("Price after platform and seller coupons")
                .Quantity(list, perItem + " (list price)").Times(1m - discount, "share paid (1 - discount share)")
                .Gives(figures.PriceAfterCoupons, perItem, AffiliateDefaults.CouponSource));
        }
        else if (options.PlatformCouponPerItem.HasValue || options.SellerCouponPerItem.HasValue)
        {
            var platform = options.PlatformCouponPerItem ?? 0m;
            var seller = options.SellerCouponPerItem ?? 0m;
            // A subtraction is not a product: the line is one item at the price after coupons, and its unit says how.
            lines.Add(BreakdownLine.For("Price after platform and seller coupons")
                .Quantity(1m, "item").Times(figures.PriceAfterCoupons, FormattableString.Invariant($"{perItem} (list price {list} less platform coupon {platform} and seller coupon {seller})"))
                .Gives(figures.PriceAfterCoupons, perItem, AffiliateDefaults.CouponSource));
        }

        if (AffiliateModel.Figures.NetOfTaxShare(options) is { } net)
        {
            lines.Add(BreakdownLine.For("Price net of included tax")
                .Quantity(figures.PriceAfterCoupons, perItem).Times(net, FormattableString.Invariant($"net share (1 ÷ (1 + tax rate {options.IncludedTaxRate}))"))
                .Gives(figures.ItemPrice, perItem, AffiliateDefaults.TaxSource));
        }
    }

    /// <summary>The pilot cap's source: the US policy's, or the configured followers and videos a week when the creator is not under the US policy as published.</summary>
    private static string PilotSource(CreatorSnapshot snapshot, AffiliateOptions options)
    {
        if (options.PilotProgramFollowers == AffiliateDefaults.PilotProgramFollowers
            && options.PilotShoppableVideosPerWeek == AffiliateDefaults.PilotShoppableVideosPerWeek
            && string.Equals(snapshot.Profile.Region, "US", StringComparison.OrdinalIgnoreCase))
        {
            return AffiliateDefaults.PilotSource;
        }

        var videos = options.PilotShoppableVideosPerWeek;
        var followers = options.PilotProgramFollowers;
        return FormattableString.Invariant($"; capped by the pilot program as configured by the application (creators under {followers:N0} follower{(followers == 1 ? "" : "s")}, {videos} shoppable video{(videos == 1 ? "" : "s")} a week), assuming views spread evenly over the period's videos");
    }

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
}
