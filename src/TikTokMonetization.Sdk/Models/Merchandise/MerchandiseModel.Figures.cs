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

        private Figures(Currency currency, bool observed, FunnelSteps funnel, ValueRange orders, ValueRange orderValue, ValueRange marginRate, decimal feeFactor, ValueRange fee, ValueRange referralRate, ValueRange commissionRate, ValueRange profitPerOrder, int clamped, ValueRange profit)
        {
            Currency = currency;
            Observed = observed;
            Funnel = funnel;
            Orders = orders;
            OrderValue = orderValue;
            MarginRate = marginRate;
            FeeFactor = feeFactor;
            Fee = fee;
            ReferralRate = referralRate;
            CommissionRate = commissionRate;
            ProfitPerOrder = profitPerOrder;
            Clamped = clamped;
            Profit = profit;
        }

        public Currency Currency { get; }

        public bool Observed { get; }

        public FunnelSteps Funnel { get; }

        public ValueRange Orders { get; }

        public ValueRange OrderValue { get; }

        public ValueRange MarginRate { get; }

        public decimal FeeFactor { get; }

        public ValueRange Fee { get; }

        public ValueRange ReferralRate { get; }

        /// <summary>Affiliate commission rate × share of orders via affiliates, as a share of the order value.</summary>
        public ValueRange CommissionRate { get; }

        public ValueRange ProfitPerOrder { get; }

        /// <summary>Which points were clamped at zero (flags).</summary>
        public int Clamped { get; }

        public ValueRange Profit { get; }

        public static Figures Compute(CreatorSnapshot snapshot, MerchandiseOptions options, Currency baseCurrency, RevenueModelSettings engine)
        {
            var zero = ValueRange.Exactly(0m);
            var merchandise = snapshot.Merchandise;
            if (merchandise is null)
            {
                return new Figures(baseCurrency, false, default, zero, zero, zero, 1m, zero, zero, zero, zero, 0, zero);
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
                funnel = FunnelSteps.Compute(snapshot.Videos.Views, options.ProductViewShare.ToValueRange(), options.ClickThroughRate.ToValueRange(), options.ConversionRate.ToValueRange());
                orders = funnel.Orders;
            }

            var sale = Sale.Of(merchandise, options, baseCurrency, engine);
            var orderValue = sale.OrderValue;
            var fee = sale.Fee;
            var margin = options.GrossMargin.ToValueRange();
            var referral = merchandise.SellsThroughTikTokShop ? options.ShopReferralFee.ToValueRange() : zero;
            var commission = ValueRange.MultiplyIndependent(options.AffiliateCommissionRate.ToValueRange(), options.AffiliateOrderShare.ToValueRange());

            // The low estimate pairs the low value and margin with the highest costs, the high estimate the reverse, so
            // the three points stay ordered; each is clamped at zero when the costs exceed the margin.
            var clamped = 0;
            var low = PerOrder(orderValue.Low, margin.Low - referral.High - commission.High, fee.High, LowClamped, ref clamped);
            var expected = PerOrder(orderValue.Expected, margin.Expected - referral.Expected - commission.Expected, fee.Expected, ExpectedClamped, ref clamped);
            var high = PerOrder(orderValue.High, margin.High - referral.Low - commission.Low, fee.Low, HighClamped, ref clamped);
            var perOrder = new ValueRange(low, expected, high);
            return new Figures(sale.Currency, observed, funnel, orders, orderValue, margin, sale.FeeFactor, fee, referral, commission, perOrder, clamped, ValueRange.MultiplyIndependent(orders, perOrder));
        }

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
        private Sale(Currency currency, ValueRange orderValue, decimal feeFactor, ValueRange fee)
        {
            Currency = currency;
            OrderValue = orderValue;
            FeeFactor = feeFactor;
            Fee = fee;
        }

        /// <summary>Gets the currency of the estimate: the observed order value's, else the options'.</summary>
        public Currency Currency { get; }

        public ValueRange OrderValue { get; }

        /// <summary>Gets the factor the per-order fee was converted with (1 when it was not).</summary>
        public decimal FeeFactor { get; }

        public ValueRange Fee { get; }

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
            var factor = 1m;
            if (currency != baseCurrency && fee.High > 0m)
            {
                factor = engine.ConversionRate(baseCurrency, currency);
                fee = fee.Scale(factor);
            }

            return new Sale(currency, orderValue, factor, fee);
        }
    }
}
