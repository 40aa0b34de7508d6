using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Merchandise;

internal sealed partial class MerchandiseModel
{
    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, MerchandiseOptions options, RevenueModelSettings engine, in Figures figures)
    {
        var currency = figures.Currency.Code;
        var merchandise = snapshot.Merchandise;
        if (merchandise is null)
        {
            return [BreakdownLine.For(MerchandiseDefaults.NoMerchandise)
                .Quantity(0m, "orders").Times(0m, currency + " per order")
                .Gives(0m, currency, FunnelDefaults.NoActivitySource)];
        }

        var lines = new List<BreakdownLine>(9);

        if (figures.Observed)
        {
            lines.Add(BreakdownLine.For("Orders (observed)")
                .Quantity(figures.Orders, "orders").Times(1m, "order per order")
                .Gives(figures.Orders, "orders", MerchandiseDefaults.ObservedOrdersSource));
        }
        else
        {
            figures.Funnel.AddLines(
                lines,
                "Views that show the product",
                "product views",
                Provenance.Of(options.ProductViewShare, MerchandiseDefaults.ProductViewShareLow, MerchandiseDefaults.ProductViewShareExpected, MerchandiseDefaults.ProductViewShareHigh, MerchandiseDefaults.ProductViewShareSource),
                Provenance.Of(options.ClickThroughRate, FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh, FunnelDefaults.ClickThroughSource),
                Provenance.Of(options.ConversionRate, FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh, FunnelDefaults.ConversionSource));
        }

        var perOrder = currency + " per order";
        var aovSource = merchandise.AverageOrderValue.HasValue
            ? MerchandiseDefaults.SnapshotAverageOrderValueSource
            : Provenance.Of(options.AverageOrderValue, MerchandiseDefaults.AverageOrderValueLow, MerchandiseDefaults.AverageOrderValueExpected, MerchandiseDefaults.AverageOrderValueHigh, MerchandiseDefaults.AverageOrderValueSource);
        lines.Add(BreakdownLine.For("Sales")
            .Quantity(figures.Orders, "orders").Times(figures.OrderValue, perOrder)
            .Gives(ValueRange.MultiplyIndependent(figures.Orders, figures.OrderValue), currency, aovSource));
        lines.Add(BreakdownLine.For("Gross margin per order")
            .Quantity(figures.OrderValue, perOrder).Times(figures.MarginRate, "share of the order value")
            .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.MarginRate), perOrder, Provenance.Of(options.GrossMargin, MerchandiseDefaults.GrossMarginLow, MerchandiseDefaults.GrossMarginExpected, MerchandiseDefaults.GrossMarginHigh, MerchandiseDefaults.GrossMarginSource)));
        if (figures.Fee.High > 0m)
        {
            var feeSource = Provenance.Of(options.PerOrderFee, MerchandiseDefaults.PerOrderFeeLow, MerchandiseDefaults.PerOrderFeeExpected, MerchandiseDefaults.PerOrderFeeHigh, MerchandiseDefaults.PerOrderFeeSource);
            if (figures.FeeFactor != 1m)
            {
                var table = engine.ExchangeRates;
                feeSource += string.Format(CultureInfo.InvariantCulture, "; converted from {0} to {1} at {2} ({3})", options.Currency, currency, figures.FeeFactor, table.Source);
            }

            lines.Add(BreakdownLine.For("Per-order fee").Quantity(1m, "order").Times(figures.Fee, perOrder).Gives(figures.Fee, perOrder, feeSource));
        }

        if (merchandise.SellsThroughTikTokShop)
        {
            lines.Add(BreakdownLine.For("TikTok Shop referral fee per order")
                .Quantity(figures.OrderValue, perOrder).Times(figures.ReferralRate, "share of the paid price")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.ReferralRate), perOrder, Provenance.Of(options.ShopReferralFee, MerchandiseDefaults.ShopReferralFeeLow, MerchandiseDefaults.ShopReferralFeeExpected, MerchandiseDefaults.ShopReferralFeeHigh, MerchandiseDefaults.ShopReferralFeeSource)));
        }

        if (figures.CommissionRate.High > 0m)
        {
            var isDefault = options.AffiliateCommissionRate.Is(MerchandiseDefaults.AffiliateCommissionRateLow, MerchandiseDefaults.AffiliateCommissionRateExpected, MerchandiseDefaults.AffiliateCommissionRateHigh)
                && options.AffiliateOrderShare.Is(0m, 0m, 0m);
            lines.Add(BreakdownLine.For("Affiliate commission per order")
                .Quantity(figures.OrderValue, perOrder).Times(figures.CommissionRate, "commission rate × share of orders via affiliates")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.CommissionRate), perOrder, isDefault ? MerchandiseDefaults.AffiliateCommissionSource : Provenance.Configured));
        }

        if (figures.Clamped != 0)
        {
            lines.Add(BreakdownLine.For("Costs exceed the gross margin at the " + DescribeClamped(figures.Clamped) + ": profit per order clamped at 0")
                .Quantity(figures.ProfitPerOrder, perOrder).Times(1m, "kept")
                .Gives(figures.ProfitPerOrder, perOrder, MerchandiseDefaults.ClampedSource));
        }

        lines.Add(BreakdownLine.For("Merchandise profit")
            .Quantity(figures.Orders, "orders").Times(figures.ProfitPerOrder, perOrder)
            .Gives(figures.Profit, currency, MerchandiseDefaults.ProfitSource));
        return lines.ToArray();
    }

    private static string DescribeClamped(int clamped)
    {
        var points = new List<string>(3);
        if ((clamped & Figures.LowClamped) != 0)
        {
            points.Add("low");
        }

        if ((clamped & Figures.ExpectedClamped) != 0)
        {
            points.Add("expected");
        }

        if ((clamped & Figures.HighClamped) != 0)
        {
            points.Add("high");
        }

        return string.Join(", ", points) + (points.Count == 1 ? " estimate" : " estimates");
    }
}
