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
            BreakdownLine.For("Subscriber-months")
                .Quantity(figures.Subscribers, "subscribers").Times(figures.Months, "months in the period")
                .Gives(figures.SubscriberMonths, "subscriber-months", SubscriptionsDefaults.SubscribersSource),
            BreakdownLine.For("Subscription revenue")
                .Quantity(figures.SubscriberMonths, "subscriber-months").Times(figures.Price, currency + " per month")
                .Gives(figures.Gross, currency, snapshot.Subscriptions?.MonthlyPrice is not null ? SubscriptionsDefaults.ObservedPriceSource : Provenance.Of(options.MonthlyPrice, SubscriptionsDefaults.PriceLow, SubscriptionsDefaults.PriceExpected, SubscriptionsDefaults.PriceHigh, SubscriptionsDefaults.PriceSource)),
            BreakdownLine.For("After fees")
                .Quantity(figures.Gross, currency).Times(new ValueRange(1m - options.FeesBeforeSplit.High, 1m - options.FeesBeforeSplit.Expected, 1m - options.FeesBeforeSplit.Low), "share left after fees")
                .Gives(figures.AfterFees, currency, Provenance.Of(options.FeesBeforeSplit, SubscriptionsDefaults.FeesLow, SubscriptionsDefaults.FeesExpected, SubscriptionsDefaults.FeesHigh, SubscriptionsDefaults.FeesSource)),
            BreakdownLine.For("Creator share")
                .Quantity(figures.AfterFees, currency).Times(options.CreatorShare.ToValueRange(), "creator share")
                .Gives(figures.Net, currency, Provenance.Of(options.CreatorShare, SubscriptionsDefaults.ShareLow, SubscriptionsDefaults.ShareExpected, SubscriptionsDefaults.ShareHigh, SubscriptionsDefaults.ShareSource)),
        };

        if (!eligible)
        {
            lines.Add(BreakdownLine.For("Not eligible")
                .Quantity(figures.Net, currency).Times(0m, "paid")
                .Gives(0m, currency, SubscriptionsDefaults.IneligibleSource));
        }

        return lines.ToArray();
    }
}
