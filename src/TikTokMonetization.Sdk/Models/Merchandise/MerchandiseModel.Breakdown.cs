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
            return [new BreakdownLine(MerchandiseDefaults.NoMerchandise, ValueRange.Exactly(0m), "orders", ValueRange.Exactly(0m), currency + " per order", ValueRange.Exactly(0m), currency, FunnelDefaults.NoActivitySource)];
        }

        var lines = new List<BreakdownLine>(9);

        if (figures.Observed)
        {
            lines.Add(new BreakdownLine("Orders (observed)", figures.Orders, "orders", ValueRange.Exactly(1m), "order per order", figures.Orders, "orders", MerchandiseDefaults.ObservedOrdersSource));
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
        lines.Add(new BreakdownLine("Sales", figures.Orders, "orders", figures.OrderValue, perOrder, FunnelMath.Times(figures.Orders, figures.OrderValue), currency, aovSource));
        lines.Add(new BreakdownLine(
            "Gross margin per order",
            figures.OrderValue,
            perOrder,
            figures.MarginRate,
            "share of the order value",
            FunnelMath.Times(figures.OrderValue, figures.MarginRate),
            perOrder,
            Provenance.Of(options.GrossMargin, MerchandiseDefaults.GrossMarginLow, MerchandiseDefaults.GrossMarginExpected, MerchandiseDefaults.GrossMarginHigh, MerchandiseDefaults.GrossMarginSource)));
        if (figures.Fee.High > 0m)
        {
            var feeSource = Provenance.Of(options.PerOrderFee, MerchandiseDefaults.PerOrderFeeLow, MerchandiseDefaults.PerOrderFeeExpected, MerchandiseDefaults.PerOrderFeeHigh, MerchandiseDefaults.PerOrderFeeSource);
            if (figures.FeeFactor != 1m)
            {
                var table = engine.ExchangeRates;
                feeSource += string.Format(CultureInfo.InvariantCulture, "; converted from {0} to {1} at {2} ({3})", options.Currency, currency, figures.FeeFactor, table.Source);
            }

            lines.Add(new BreakdownLine("Per-order fee", ValueRange.Exactly(1m), "order", figures.Fee, perOrder, figures.Fee, perOrder, feeSource));
        }

        if (merchandise.SellsThroughTikTokShop)
        {
            lines.Add(new BreakdownLine(
                "TikTok Shop referral fee per order",
                figures.OrderValue,
                perOrder,
                figures.ReferralRate,
                "share of the paid price",
                FunnelMath.Times(figures.OrderValue, figures.ReferralRate),
                perOrder,
                Provenance.Of(options.ShopReferralFee, MerchandiseDefaults.ShopReferralFeeLow, MerchandiseDefaults.ShopReferralFeeExpected, MerchandiseDefaults.ShopReferralFeeHigh, MerchandiseDefaults.ShopReferralFeeSource)));
        }

        if (figures.CommissionRate.High > 0m)
        {
            var isDefault = options.AffiliateCommissionRate.Is(MerchandiseDefaults.AffiliateCommissionRateLow, MerchandiseDefaults.AffiliateCommissionRateExpected, MerchandiseDefaults.AffiliateCommissionRateHigh)
                && options.AffiliateOrderShare.Is(0m, 0m, 0m);
            lines.Add(new BreakdownLine(
                "Affiliate commission per order",
                figures.OrderValue,
                perOrder,
                figures.CommissionRate,
                "commission rate × share of orders via affiliates",
                FunnelMath.Times(figures.OrderValue, figures.CommissionRate),
                perOrder,
                isDefault ? MerchandiseDefaults.AffiliateCommissionSource : Provenance.Configured));
        }

        if (figures.Clamped != 0)
        {
            lines.Add(new BreakdownLine(
                "Costs exceed the gross margin at the " + DescribeClamped(figures.Clamped) + ": profit per order clamped at 0",
                figures.ProfitPerOrder,
                perOrder,
                ValueRange.Exactly(1m),
                "kept",
                figures.ProfitPerOrder,
                perOrder,
                MerchandiseDefaults.ClampedSource));
        }

        lines.Add(new BreakdownLine("Merchandise profit", figures.Orders, "orders", figures.ProfitPerOrder, perOrder, figures.Profit, currency, MerchandiseDefaults.ProfitSource));
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
