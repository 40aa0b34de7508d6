using TikTokMonetization.Creators;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Merchandise;

internal sealed partial class MerchandiseModel
{
    /// <summary>The numbers of one estimate, computed once and shared by the fast path and the breakdown.</summary>
    private readonly struct Figures
    {
        public const int LowClamped = 1;
        public const int ExpectedClamped = 2;
        public const int HighClamped = 4;

        public Currency Currency { get; init; }

        public bool Observed { get; init; }

        public FunnelSteps Funnel { get; init; }

        public ValueRange Orders { get; init; }

        public ValueRange OrderValue { get; init; }

        /// <summary>The margin on price: <see cref="MerchandiseOptions.GrossMargin"/>, or derived from <see cref="MerchandiseOptions.MarkupOnCost"/>.</summary>
        public ValueRange MarginRate { get; init; }

        public decimal FeeFactor { get; init; }

        public ValueRange Fee { get; init; }

        public ValueRange ReferralRate { get; init; }

        /// <summary>The shipping charged per order in the estimate's currency, when set and sold through TikTok Shop.</summary>
        public decimal? Shipping { get; init; }

        /// <summary>The referral fee on <see cref="Shipping"/> per order (zero when not applied).</summary>
        public ValueRange ShippingFee { get; init; }

        /// <summary>Affiliate commission rate × share of orders via affiliates, as a share of the order value.</summary>
        public ValueRange CommissionRate { get; init; }

        public ValueRange ProfitPerOrder { get; init; }

        /// <summary>Which points were clamped at zero (flags).</summary>
        public int Clamped { get; init; }

        /// <summary>Orders × profit per order, before fixed costs.</summary>
        public ValueRange OrdersProfit { get; init; }

        /// <summary>The snapshot's fixed costs in the estimate's currency, when given.</summary>
        public decimal? FixedCosts { get; init; }

        /// <summary>The factor the fixed costs were converted with (1 when they were not).</summary>
        public decimal FixedCostsFactor { get; init; }

        /// <summary>The estimate: <see cref="OrdersProfit"/> less the fixed costs, never below 0.</summary>
        public ValueRange Profit { get; init; }

        public static Figures Compute(CreatorSnapshot snapshot, MerchandiseOptions options, Constants constants, RevenueModelSettings engine)
        {
            var baseCurrency = constants.Currency;
            var zero = ValueRange.Exactly(0m);
            var merchandise = snapshot.Merchandise;
            if (merchandise is null)
            {
                return new Figures { Currency = baseCurrency, FeeFactor = 1m, FixedCostsFactor = 1m };
            }

            var observed = merchandise.ObservedOrders.HasValue;
            var funnel = default(FunnelSteps);
            ValueRange orders;
            if (merchandise.ObservedOrders is { } count)
            {
                orders = ValueRange.Exactly(count);
            }
            else
            {
                funnel = FunnelSteps.Compute(snapshot.Videos.Views, options.ProductViewShare.ToValueRange(), constants.ClickThrough, constants.Conversion);
                orders = funnel.Orders;
            }

            var sale = Sale.Of(merchandise, options, baseCurrency, engine);
            var orderValue = sale.OrderValue;
            var fee = sale.Fee;
            var margin = Margin(options);
            var referral = merchandise.SellsThroughTikTokShop ? options.ShopReferralFee.ToValueRange() : zero;
            var commission = constants.Commission;
            var shipping = sale.Shipping;
            var shippingFee = shipping is { } charged ? referral.Scale(charged) : zero;
            var costs = shipping.HasValue ? fee + shippingFee : fee;

            // The low estimate pairs the low value and margin with the highest costs, the high estimate the reverse, so
            // the three points stay ordered; each is clamped at zero when the costs exceed the margin.
            var clamped = 0;
            var low = PerOrder(orderValue.Low, margin.Low - referral.High - commission.High, costs.High, LowClamped, ref clamped);
            var expected = PerOrder(orderValue.Expected, margin.Expected - referral.Expected - commission.Expected, costs.Expected, ExpectedClamped, ref clamped);
            var high = PerOrder(orderValue.High, margin.High - referral.Low - commission.Low, costs.Low, HighClamped, ref clamped);
            var perOrder = new ValueRange(low, expected, high);
            var ordersProfit = ValueRange.MultiplyIndependent(orders, perOrder);
            var fixedCosts = FixedCostsIn(merchandise, sale.Currency, engine, out var fixedFactor);
            return new Figures
            {
                Currency = sale.Currency,
                Observed = observed,
                Funnel = funnel,
                Orders = orders,
                OrderValue = orderValue,
                MarginRate = margin,
                FeeFactor = sale.FeeFactor,
                Fee = fee,
                ReferralRate = referral,
                Shipping = shipping,
                ShippingFee = shippingFee,
                CommissionRate = commission,
                ProfitPerOrder = perOrder,
                Clamped = clamped,
                OrdersProfit = ordersProfit,
                FixedCosts = fixedCosts,
                FixedCostsFactor = fixedFactor,
                Profit = fixedCosts is { } f ? new ValueRange(LessFixed(ordersProfit.Low, f), LessFixed(ordersProfit.Expected, f), LessFixed(ordersProfit.High, f)) : ordersProfit,
            };
        }

        /// <summary>The margin on price: derived from the markup on cost when one is set (markup × 1 ÷ (1 + markup)).</summary>
        public static ValueRange Margin(MerchandiseOptions options) =>
            options.MarkupOnCost is { } markup ? ValueRange.Exactly(MarginFromMarkup(markup)) : options.GrossMargin.ToValueRange();

        public static decimal MarginFromMarkup(decimal markup) => markup * MarkupDivisor(markup);

        public static decimal MarkupDivisor(decimal markup) => 1m / (1m + markup);

        /// <summary>The fixed costs in the estimate's currency, converted with the engine's table when they are in another.</summary>
        public static decimal? FixedCostsIn(MerchandiseInputs merchandise, Currency currency, RevenueModelSettings engine, out decimal factor)
        {
            factor = 1m;
            if (merchandise.FixedCosts is not { } costs)
            {
                return null;
            }

            if (costs.Currency != currency && costs.Amount != 0m)
            {
                factor = engine.ConversionRate(costs.Currency, currency);
            }

            return factor == 1m ? costs.Amount : costs.Amount * factor;
        }

        /// <summary>One point of the profit less the fixed costs, never below zero (estimates are never negative).</summary>
        public static decimal LessFixed(decimal profit, decimal fixedCosts) => profit > fixedCosts ? profit - fixedCosts : 0m;

        /// <summary>The profit of one order at one point of the range, clamped at zero; the fast path uses it too.</summary>
        public static decimal PerOrder(decimal orderValue, decimal keptShare, decimal fee, int flag, ref int clamped)
        {
            var profit = (orderValue * keptShare) - fee;
            if (profit >= 0m)
            {
                return profit;
            }

            clamped |= flag;
            return 0m;
        }
    }

    /// <summary>What one order sells for and costs in fees, in the currency of the order value; shared by both paths.</summary>
    private readonly struct Sale
    {
        private Sale(Currency currency, ValueRange orderValue, decimal feeFactor, ValueRange fee, decimal? shipping)
        {
            Currency = currency;
            OrderValue = orderValue;
            FeeFactor = feeFactor;
            Fee = fee;
            Shipping = shipping;
        }

        /// <summary>Gets the currency of the estimate: the observed order value's, else the options'.</summary>
        public Currency Currency { get; }

        public ValueRange OrderValue { get; }

        /// <summary>Gets the factor the per-order fee was converted with (1 when it was not).</summary>
        public decimal FeeFactor { get; }

        public ValueRange Fee { get; }

        /// <summary>Gets the shipping charged per order on which the referral fee applies, in <see cref="Currency"/>, or <see langword="null"/>.</summary>
        public decimal? Shipping { get; }

        public static Sale Of(MerchandiseInputs merchandise, MerchandiseOptions options, Currency baseCurrency, RevenueModelSettings engine)
        {
            var currency = baseCurrency;
            ValueRange orderValue;
            if (merchandise.AverageOrderValue is { } aov)
            {
                currency = aov.Currency;
                orderValue = ValueRange.Exactly(aov.Amount);
            }
            else
            {
                orderValue = options.AverageOrderValue.ToValueRange();
            }

            var fee = options.PerOrderFee.ToValueRange();
            var shipping = merchandise.SellsThroughTikTokShop ? options.ShippingChargedPerOrder : null;
            var factor = 1m;
            if (currency != baseCurrency && (fee.High > 0m || shipping > 0m))
            {
                factor = engine.ConversionRate(baseCurrency, currency);
                fee = fee.Scale(factor);
                shipping *= factor;
            }

            return new Sale(currency, orderValue, factor, fee, shipping);
        }
    }
}
