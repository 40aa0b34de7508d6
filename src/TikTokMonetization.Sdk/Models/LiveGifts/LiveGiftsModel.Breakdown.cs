using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.LiveGifts;

internal sealed partial class LiveGiftsModel
{
    private static BreakdownLine[] Lines(CreatorSnapshot snapshot, LiveGiftsOptions options, RateCard card, in Figures figures, bool eligible)
    {
        var lines = new List<BreakdownLine>(7);
        var currency = card.Currency.Code;

        if (figures.Observed)
        {
            lines.Add(BreakdownLine.For("Coins gifted (observed)")
                .Quantity(figures.Coins, "coins").Times(1m, "coin per coin")
                .Gives(figures.Coins, "coins", LiveGiftsDefaults.ObservedSource));
        }
        else
        {
            var live = snapshot.Live;
            lines.Add(BreakdownLine.For("LIVE viewer-hours")
                .Quantity((decimal)live.Hours, "hours").Times((decimal)live.AverageConcurrentViewers, "average concurrent viewers")
                .Gives(figures.ViewerHours, "viewer-hours", LiveGiftsDefaults.SnapshotSource));
            lines.Add(BreakdownLine.For("Coins gifted (estimated)")
                .Quantity(figures.ViewerHours, "viewer-hours").Times(options.CoinsPerViewerHour.ToValueRange(), "coins per viewer-hour")
                .Gives(figures.BaseCoins, "coins", Provenance.Of(options.CoinsPerViewerHour, LiveGiftsDefaults.CoinsPerViewerHourLow, LiveGiftsDefaults.CoinsPerViewerHourExpected, LiveGiftsDefaults.CoinsPerViewerHourHigh, LiveGiftsDefaults.CoinsSource)));
            lines.Add(BreakdownLine.For("Retention from LIVE likes")
                .Quantity(figures.BaseCoins, "coins").Times(figures.RetentionFactor, "× retention factor")
                .Gives(figures.Coins, "coins", LiveGiftsDefaults.RetentionSource));
        }

        lines.Add(BreakdownLine.For("Diamonds collected")
            .Quantity(figures.Coins, "coins").Times(card.DiamondsPerCoin, "diamonds per coin")
            .Gives(figures.Diamonds, "diamonds", card.Description));
        lines.Add(BreakdownLine.For("LIVE rewards (cash)")
            .Quantity(figures.Diamonds, "diamonds").Times(card.CashPerDiamond, currency + " per diamond")
            .Gives(figures.Gross, currency, card.Description));
        if (options.AgencyShare > 0m)
        {
            lines.Add(BreakdownLine.For("Agency share")
                .Quantity(figures.Gross, currency).Times(-options.AgencyShare, "share")
                .Gives(-figures.AgencyCut, currency, LiveGiftsDefaults.AgencySource));
        }

        if (!eligible)
        {
            lines.Add(BreakdownLine.For("Not eligible")
                .Quantity(figures.Net, currency).Times(0m, "paid")
                .Gives(0m, currency, LiveGiftsDefaults.IneligibleSource));
        }

        return lines.ToArray();
    }
}
