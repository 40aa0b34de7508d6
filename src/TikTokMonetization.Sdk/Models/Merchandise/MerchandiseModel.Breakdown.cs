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
            .Quantity(figures.Orders, "orders").TimesIndependent(figures.OrderValue, perOrder)
            .Gives(ValueRange.MultiplyIndependent(figures.Orders, figures.OrderValue), currency, aovSource));
        if (options.MarkupOnCost is { } markup)
        {
            // Named apart so that a markup is never read as a margin: a 50% markup on cost is a 33.3% margin on price.
            lines.Add(BreakdownLine.For("Margin on price from a markup on cost")
                .Quantity(markup, "markup on cost").Times(Figures.MarkupDivisor(markup), "1 ÷ (1 + markup)")
                .Gives(figures.MarginRate, "margin on price", MerchandiseDefaults.MarkupSource));
            lines.Add(BreakdownLine.For("Gross margin per order")
                .Quantity(figures.OrderValue, perOrder).TimesIndependent(figures.MarginRate, "margin on price (from the markup on cost)")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.MarginRate), perOrder, MerchandiseDefaults.MarkupSource));
        }
        else
        {
            lines.Add(BreakdownLine.For("Gross margin per order")
                .Quantity(figures.OrderValue, perOrder).TimesIndependent(figures.MarginRate, "share of the order value")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.MarginRate), perOrder, Provenance.Of(options.GrossMargin, MerchandiseDefaults.GrossMarginLow, MerchandiseDefaults.GrossMarginExpected, MerchandiseDefaults.GrossMarginHigh, MerchandiseDefaults.GrossMarginSource)));
        }
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
                .Quantity(figures.OrderValue, perOrder).TimesIndependent(figures.ReferralRate, "share of the paid price")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.ReferralRate), perOrder, Provenance.Of(options.ShopReferralFee, MerchandiseDefaults.ShopReferralFeeLow, MerchandiseDefaults.ShopReferralFeeExpected, MerchandiseDefaults.ShopReferralFeeHigh, MerchandiseDefaults.ShopReferralFeeSource)));
        }

        if (figures.Shipping is { } shipping)
        {
            var source = MerchandiseDefaults.ShippingReferralSource;
            if (figures.FeeFactor != 1m)
            {
                source += string.Format(CultureInfo.InvariantCulture, "; converted from {0} to {1} at {2} ({3})", options.Currency, currency, figures.FeeFactor, engine.ExchangeRates.Source);
            }

            lines.Add(BreakdownLine.For("TikTok Shop referral fee on shipping charged per order")
                .Quantity(shipping, perOrder + " of shipping charged").Times(figures.ReferralRate, "share of the shipping charged")
                .Gives(figures.ShippingFee, perOrder, source));
        }

        if (figures.CommissionRate.High > 0m)
        {
            // The line is shown only when some orders come through affiliates, so the share is always the application's;
            // the commission rate may still be the default, and then its source is cited beside the configured share.
            var rateIsDefault = options.AffiliateCommissionRate.Is(MerchandiseDefaults.AffiliateCommissionRateLow, MerchandiseDefaults.AffiliateCommissionRateExpected, MerchandiseDefaults.AffiliateCommissionRateHigh);
            lines.Add(BreakdownLine.For("Affiliate commission per order")
                .Quantity(figures.OrderValue, perOrder).TimesIndependent(figures.CommissionRate, "commission rate × share of orders via affiliates")
                .Gives(ValueRange.MultiplyIndependent(figures.OrderValue, figures.CommissionRate), perOrder, rateIsDefault ? MerchandiseDefaults.AffiliateCommissionOnConfiguredShareSource : Provenance.Configured));
        }

        if (figures.Clamped != 0)
        {
            lines.Add(BreakdownLine.For("Costs exceed the gross margin at the " + DescribeClamped(figures.Clamped) + ": profit per order clamped at 0")
                .Quantity(figures.ProfitPerOrder, perOrder).Times(1m, "kept")
                .Gives(figures.ProfitPerOrder, perOrder, MerchandiseDefaults.ClampedSource));
        }

        lines.Add(BreakdownLine.For("Merchandise profit")
            .Quantity(figures.Orders, "orders").TimesIndependent(figures.ProfitPerOrder, perOrder)
            .Gives(figures.OrdersProfit, currency, MerchandiseDefaults.ProfitSource));
        AddFixedCostLines(lines, figures, currency, perOrder);
        AddTargetMarginLine(lines, options, figures, perOrder);
        return lines.ToArray();
    }

    /// <summary>The fixed costs, the profit after them and the break-even orders, when the snapshot gives fixed costs.</summary>
    private static void AddFixedCostLines(List<BreakdownLine> lines, in Figures figures, string currency, string perOrder)
    {
        if (figures.FixedCosts is not { } fixedCosts)
        {
            return;
        }

        var source = MerchandiseDefaults.FixedCostsSource;
        if (figures.FixedCostsFactor != 1m)
        {
            source += FormattableString.Invariant($"; converted to {currency} at {figures.FixedCostsFactor}");
        }

        lines.Add(BreakdownLine.For("Fixed costs of the period").Quantity(1m, "period").Times(fixedCosts, currency).Gives(fixedCosts, currency, source));

        // A subtraction is not a product: the line is one period at the profit after fixed costs, and its unit says how.
        lines.Add(BreakdownLine.For("Merchandise profit after fixed costs")
            .Quantity(1m, "period").Times(figures.Profit, FormattableString.Invariant($"{currency} (profit of the orders less fixed costs of {fixedCosts}, never below 0)"))
            .Gives(figures.Profit, currency, MerchandiseDefaults.NetProfitSource));

        var profitPerOrder = figures.ProfitPerOrder.Expected;
        if (profitPerOrder <= 0m)
        {
            lines.Add(BreakdownLine.For("No break-even: the expected profit per order is 0")
                .Quantity(0m, "orders").Times(profitPerOrder, perOrder)
                .Gives(0m, currency, MerchandiseDefaults.BreakEvenSource));
            return;
        }

        var units = BreakEvenUnits(fixedCosts, profitPerOrder);
        lines.Add(BreakdownLine.For("Break-even orders for the fixed costs (rounded up)")
            .Quantity(units, "orders").Times(profitPerOrder, perOrder + " (expected profit)")
            .Gives(units * profitPerOrder, currency, MerchandiseDefaults.BreakEvenSource));
    }

    /// <summary>The fewest whole orders whose profit covers the fixed costs.</summary>
    private static decimal BreakEvenUnits(decimal fixedCosts, decimal profitPerOrder)
    {
        var units = Math.Ceiling(fixedCosts / profitPerOrder);

        // The quotient is rounded to decimal's 28 digits; make sure the rounding never leaves the costs uncovered.
        return units * profitPerOrder < fixedCosts ? units + 1m : units;
    }

    /// <summary>The highest affiliate rate that keeps <see cref="MerchandiseOptions.TargetMargin"/>, at the expected point.</summary>
    private static void AddTargetMarginLine(List<BreakdownLine> lines, MerchandiseOptions options, in Figures figures, string perOrder)
    {
        if (options.TargetMargin is not { } target || figures.OrderValue.Expected <= 0m)
        {
            return;
        }

        var margin = figures.MarginRate.Expected;
        var referral = figures.ReferralRate.Expected;
        var fees = figures.Fee.Expected + figures.ShippingFee.Expected;
        var feeShare = fees / figures.OrderValue.Expected;
        var highest = margin - referral - feeShare - target;
        // The terms to four decimals (a margin from a markup repeats: 2/3 is 0.6667, not 28 digits); the rate itself is exact.
        static string Show(decimal value) => decimal.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        var unit = $"commission rate (margin {Show(margin)} - referral fee {Show(referral)} - per-order fees {Show(fees)} {perOrder} ÷ {Show(figures.OrderValue.Expected)} - target {Show(target)})";
        if (highest < 0m)
        {
            lines.Add(BreakdownLine.For("No affiliate rate keeps the target margin: it is missed even without commission")
                .Quantity(1m, "affiliate order").Times(0m, unit)
                .Gives(0m, "commission rate", MerchandiseDefaults.TargetMarginSource));
            return;
        }

        lines.Add(BreakdownLine.For("Highest affiliate commission rate that keeps the target margin")
            .Quantity(1m, "affiliate order").Times(highest, unit)
            .Gives(highest, "commission rate", MerchandiseDefaults.TargetMarginSource));
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
