using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Merchandise;

/// <summary>
/// Merchandise: orders (observed, or views × share that shows the product × click-through × click-to-order) times the
/// profit per order (average order value × gross margin, minus a fixed fee, TikTok Shop's referral fee and affiliate
/// commission), never below zero. A snapshot without merchandise facts earns zero: the creator sells no merchandise.
/// </summary>
internal sealed class MerchandiseModel : IExpectedRevenueModel
{
    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Likes earn nothing here: orders pay, likes do not. Likes reach sales only through reach: as a For You ranking signal they can bring more views, and the model counts views, not likes.");

    private readonly IOptionsMonitor<MerchandiseOptions> _options;
    private readonly IRevenueModelContext _engine;
    private readonly PerOptionsCache<MerchandiseOptions, Currency> _currency = new(static o => Currency.FromCode(o.Currency));

    public MerchandiseModel(IOptionsMonitor<MerchandiseOptions> options, IRevenueModelContext engine)
    {
        _options = options;
        _engine = engine;
    }

    public string Name => MerchandiseDefaults.Name;

    public string DisplayName => MerchandiseDefaults.DisplayName;

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        var baseCurrency = _currency.Get(options);
        if (snapshot.Merchandise is not { } merchandise)
        {
            return Money.Zero(baseCurrency);
        }

        // The expected point of Figures.Compute, without the log-space low and high the range needs.
        var orders = merchandise.ObservedOrders is { } count
            ? count
            : FunnelSteps.ExpectedOrders(snapshot.Videos.Views, options.ProductViewShare.Expected, options.ClickThroughRate.Expected, options.ConversionRate.Expected);
        var sale = Sale.Of(merchandise, options, baseCurrency, _engine.Settings);
        var referral = merchandise.SellsThroughTikTokShop ? options.ShopReferralFee.Expected : 0m;
        var commission = FunnelMath.TimesExpected(options.AffiliateCommissionRate.Expected, options.AffiliateOrderShare.Expected);
        var clamped = 0;
        var perOrder = Figures.PerOrder(sale.OrderValue.Expected, options.GrossMargin.Expected - referral - commission, sale.Fee.Expected, Figures.ExpectedClamped, ref clamped);
        return new Money(FunnelMath.TimesExpected(orders, perOrder), sale.Currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        var options = _options.CurrentValue;
        var engine = _engine.Settings;
        var baseCurrency = _currency.Get(options);
        var figures = Figures.Compute(snapshot, options, baseCurrency, engine);

        // Without merchandise facts every figure is zero, so this is also the zero range of a creator who sells nothing.
        var range = new MoneyRange(figures.Profit, figures.Currency);
        return RevenueEstimate.FromDetails(Name, DisplayName, range, true, new EstimateDetails<Basis>(new Basis(snapshot, options, engine, figures)), LikesImpactText);
    }

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

    /// <summary>What one estimate was computed from; its breakdown is built from it when first read (merchandise has no rules).</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, MerchandiseOptions Options, RevenueModelSettings Engine, Figures Figures) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Engine, Figures);

        public EligibilityRule[] BuildRules() => [];
    }

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
            var commission = FunnelMath.Times(options.AffiliateCommissionRate.ToValueRange(), options.AffiliateOrderShare.ToValueRange());

            // The low estimate pairs the low value and margin with the highest costs, the high estimate the reverse, so
            // the three points stay ordered; each is clamped at zero when the costs exceed the margin.
            var clamped = 0;
            var low = PerOrder(orderValue.Low, margin.Low - referral.High - commission.High, fee.High, LowClamped, ref clamped);
            var expected = PerOrder(orderValue.Expected, margin.Expected - referral.Expected - commission.Expected, fee.Expected, ExpectedClamped, ref clamped);
            var high = PerOrder(orderValue.High, margin.High - referral.Low - commission.Low, fee.Low, HighClamped, ref clamped);
            var perOrder = new ValueRange(low, expected, high);
            return new Figures(sale.Currency, observed, funnel, orders, orderValue, margin, sale.FeeFactor, fee, referral, commission, perOrder, clamped, FunnelMath.Times(orders, perOrder));
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
                factor = CurrencyConverter.Factor(baseCurrency, currency, engine.ExchangeRates);
                fee = FunnelMath.Scale(fee, factor);
            }

            return new Sale(currency, orderValue, factor, fee);
        }
    }
}
