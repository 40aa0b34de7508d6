using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Subscriptions;

internal sealed partial class SubscriptionsModel
{
    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, SubscriptionsOptions options, in Figures figures, bool eligible)
    {
        var currency = figures.Currency.Code;
        var lines = new List<BreakdownLine>(4)
        {
            new(
                "Subscriber-months",
                ValueRange.Exactly(figures.Subscribers),
                "subscribers",
                ValueRange.Exactly(figures.Months),
                "months in the period",
                ValueRange.Exactly(figures.SubscriberMonths),
                "subscriber-months",
                SubscriptionsDefaults.SubscribersSource),
            new(
                "Subscription revenue",
                ValueRange.Exactly(figures.SubscriberMonths),
                "subscriber-months",
                figures.Price,
                currency + " per month",
                figures.Gross,
                currency,
                snapshot.Subscriptions?.MonthlyPrice is not null
                    ? SubscriptionsDefaults.ObservedPriceSource
                    : Provenance.Of(options.MonthlyPrice, SubscriptionsDefaults.PriceLow, SubscriptionsDefaults.PriceExpected, SubscriptionsDefaults.PriceHigh, SubscriptionsDefaults.PriceSource)),
            new(
                "After fees",
                figures.Gross,
                currency,
                new ValueRange(1m - options.FeesBeforeSplit.High, 1m - options.FeesBeforeSplit.Expected, 1m - options.FeesBeforeSplit.Low),
                "share left after fees",
                figures.AfterFees,
                currency,
                Provenance.Of(options.FeesBeforeSplit, SubscriptionsDefaults.FeesLow, SubscriptionsDefaults.FeesExpected, SubscriptionsDefaults.FeesHigh, SubscriptionsDefaults.FeesSource)),
            new(
                "Creator share",
                figures.AfterFees,
                currency,
                options.CreatorShare.ToValueRange(),
                "creator share",
                figures.Net,
                currency,
                Provenance.Of(options.CreatorShare, SubscriptionsDefaults.ShareLow, SubscriptionsDefaults.ShareExpected, SubscriptionsDefaults.ShareHigh, SubscriptionsDefaults.ShareSource)),
        };

        if (!eligible)
        {
            lines.Add(new BreakdownLine("Not eligible", figures.Net, currency, ValueRange.Exactly(0m), "paid", ValueRange.Exactly(0m), currency, SubscriptionsDefaults.IneligibleSource));
        }

        return lines.ToArray();
    }
}
