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
                    figures.PilotCapped ? shareSource + AffiliateDefaults.PilotSource : shareSource,
                    Provenance.Of(options.ClickThroughRate, FunnelDefaults.ClickThroughRateLow, FunnelDefaults.ClickThroughRateExpected, FunnelDefaults.ClickThroughRateHigh, FunnelDefaults.ClickThroughSource),
                    Provenance.Of(options.ConversionRate, FunnelDefaults.ConversionRateLow, FunnelDefaults.ConversionRateExpected, FunnelDefaults.ConversionRateHigh, FunnelDefaults.ConversionSource));
                lines.Add(BreakdownLine.For("Sales (price paid after discounts)")
                    .Quantity(figures.Funnel.Orders, "orders").Times(figures.ItemPrice, currency + " per item")
                    .Gives(figures.Sales, currency, Provenance.Of(options.AverageItemPrice, AffiliateDefaults.AverageItemPriceLow, AffiliateDefaults.AverageItemPriceExpected, AffiliateDefaults.AverageItemPriceHigh, AffiliateDefaults.AverageItemPriceSource)));
            }

            lines.Add(BreakdownLine.For("Commission earned")
                .Quantity(figures.Sales, currency).Times(figures.Rate, "commission rate")
                .Gives(figures.Commission, currency, CommissionSource(snapshot, options, figures.RateKey)));
        }

        if (!eligible)
        {
            lines.Add(BreakdownLine.For("Not eligible")
                .Quantity(figures.Commission, currency).Times(0m, "paid")
                .Gives(0m, currency, FunnelDefaults.IneligibleSource));
        }

        return lines.ToArray();
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
