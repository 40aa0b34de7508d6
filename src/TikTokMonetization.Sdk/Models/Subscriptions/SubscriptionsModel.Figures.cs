using TikTokMonetization.Creators;

namespace TikTokMonetization.Models.Subscriptions;

internal sealed partial class SubscriptionsModel
{
    /// <summary>The numbers of one estimate, shared by the fast path and the breakdown.</summary>
    private readonly struct Figures
    {
        private Figures(Currency currency, decimal subscribers, decimal months, ValueRange price, ValueRange gross, ValueRange afterFees, ValueRange net)
        {
            Currency = currency;
            Subscribers = subscribers;
            Months = months;
            Price = price;
            Gross = gross;
            AfterFees = afterFees;
            Net = net;
        }

        /// <summary>Gets the currency of every amount: the observed price's, else US dollars (the configured price's).</summary>
        public Currency Currency { get; }

        public decimal Subscribers { get; }

        public decimal Months { get; }

        public decimal SubscriberMonths => Subscribers * Months;

        public ValueRange Price { get; }

        public ValueRange Gross { get; }

        public ValueRange AfterFees { get; }

        public ValueRange Net { get; }

        public static Figures Compute(CreatorSnapshot snapshot, SubscriptionsOptions options)
        {
            var inputs = snapshot.Subscriptions;
            var subscribers = inputs?.Subscribers ?? 0L;
            var months = snapshot.PeriodDays / DaysPerMonth;
            var price = inputs?.MonthlyPrice is { } observed ? ValueRange.Exactly(observed.Amount) : options.MonthlyPrice.ToValueRange();
            var subscriberMonths = SubscriberMonthsOf(snapshot);
            var fees = options.FeesBeforeSplit;
            var share = options.CreatorShare;

            // The low estimate keeps the least after the highest fee, the high estimate the most after the lowest fee.
            var low = Point.Of(subscriberMonths, price.Low, fees.High, share.Low);
            var expected = Point.Of(subscriberMonths, price.Expected, fees.Expected, share.Expected);
            var high = Point.Of(subscriberMonths, price.High, fees.Low, share.High);
            return new Figures(
                CurrencyOf(snapshot),
                subscribers,
                months,
                price,
                new ValueRange(low.Gross, expected.Gross, high.Gross),
                new ValueRange(low.AfterFees, expected.AfterFees, high.AfterFees),
                new ValueRange(low.Net, expected.Net, high.Net));
        }

        /// <summary>Subscribers × months in the period.</summary>
        public static decimal SubscriberMonthsOf(CreatorSnapshot snapshot) => (snapshot.Subscriptions?.Subscribers ?? 0L) * (snapshot.PeriodDays / DaysPerMonth);

        /// <summary>The observed price's currency (the engine converts it to the reporting currency), else US dollars.</summary>
        public static Currency CurrencyOf(CreatorSnapshot snapshot) => snapshot.Subscriptions?.MonthlyPrice?.Currency ?? Currency.Usd;
    }

    /// <summary>One point of the range, step by step; both paths use it, so they agree to the last digit.</summary>
    private readonly struct Point
    {
        private Point(decimal gross, decimal afterFees, decimal net)
        {
            Gross = gross;
            AfterFees = afterFees;
            Net = net;
        }

        public decimal Gross { get; }

        public decimal AfterFees { get; }

        public decimal Net { get; }

        // noFee: 1 - fees is exactly 1 with no decimal places, so the product by it (the gross, to the last digit and scale)
        // is skipped; the fast path finds it once per options instance.
        public static Point Of(decimal subscriberMonths, decimal price, decimal fees, decimal creatorShare, bool noFee = false)
        {
            var gross = subscriberMonths * price;
            var afterFees = noFee ? gross : gross * (1m - fees);
            return new Point(gross, afterFees, afterFees * creatorShare);
        }
    }
}
