using System.Globalization;
using TikTokMonetization.Live;

namespace TikTokMonetization.Cli;

/// <summary>Writes a <see cref="LiveLedgerSummary"/> of a replayed session as plain-text tables.</summary>
internal static class LiveReplayWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(string fileName, LiveLedgerSummary summary, LiveEventJsonLinesReader reader, TextWriter output)
    {
        var currency = summary.Currency.Code;
        output.WriteLine($"LIVE replay of {fileName}");
        output.WriteLine(summary.ObservedFrom is { } from && summary.ObservedTo is { } to
            ? $"Observed {Time(from)} to {Time(to)} ({summary.ObservedDuration.TotalMinutes.ToString("0.0", Inv)} minutes), {summary.EventsRecorded.ToString("N0", Inv)} events; {reader.Errors.Count} malformed line(s) skipped."
            : $"No events; {reader.Errors.Count} malformed line(s) skipped.");
        output.WriteLine("Rate card: " + summary.RateCard);
        output.WriteLine("Gift catalog: " + summary.Catalog);
        output.WriteLine();

        var host = summary.Host;
        TableWriter.Write(
        [
            ["Host", "Coins", "Diamonds", currency],
            ["Settled", N(host.SettledCoins.Value), N(host.SettledDiamonds.Value), Cash(host.SettledCash)],
            ["Pending", N(host.PendingCoins.Value), N(host.PendingDiamonds.Value), Cash(host.PendingCash)],
            ["Total", N(host.Coins.Value), N(host.Diamonds.Value), Cash(host.Cash)],
        ], output);
        output.WriteLine($"{host.Gifts.ToString("N0", Inv)} priced gifts; {host.UnpricedGifts.ToString("N0", Inv)} unpriced; cash range {Cash(host.CashRange.Low)}..{Cash(host.CashRange.High)} {currency}.");
        foreach (var coHost in summary.CoHosts)
        {
            output.WriteLine($"Co-host {coHost.ReceiverId.ToString(Inv)} (kept apart): {N(coHost.Totals.Coins.Value)} coins, {N(coHost.Totals.Diamonds.Value)} diamonds, {Cash(coHost.Totals.Cash)} {currency}, {coHost.Totals.UnpricedGifts.ToString("N0", Inv)} unpriced.");
        }

        output.WriteLine();
        output.WriteLine($"Top gifters ({summary.TopGifters.Count} of {summary.GifterCount})");
        var leaders = new List<string[]> { new[] { "Gifter", "Gifts", "Unpriced", "Coins", "Diamonds", currency } };
        leaders.AddRange(summary.TopGifters.Select(g => new[] { $"{g.Rank.ToString(Inv)}. {g.SenderName ?? g.SenderId.ToString(Inv)}", N(g.Gifts), N(g.UnpricedGifts), N(g.Coins.Value), N(g.Diamonds.Value), Cash(g.Cash) }));
        leaders.Add(["All gifters", N(host.Gifts), N(host.UnpricedGifts), N(host.Coins.Value), N(host.Diamonds.Value), Cash(host.Cash)]);
        TableWriter.Write(leaders, output);

        output.WriteLine();
        var gifts = new List<string[]> { new[] { "Gift", "Id", "Price", "Priced by", "Gifts", "Unpriced", "Coins" } };
        gifts.AddRange(summary.Gifts.Select(g => new[] { g.Name ?? "?", g.GiftId.ToString(Inv), g.UnitPriceCoins is { } p ? N(p) : "?", PricedBy(g.PriceSource), N(g.Gifts), N(g.UnpricedGifts), N(g.Coins.Value) }));
        gifts.Add(["Total", "", "", "", N(host.Gifts), N(host.UnpricedGifts), N(host.Coins.Value)]);
        TableWriter.Write(gifts, output);

        output.WriteLine();
        var likes = summary.Likes;
        output.WriteLine($"Likes: {N(likes.Likes)} (messages add up to {N(likes.MessageLikes)}; room total {(likes.RoomTotal is { } t ? N(t) : "not given")}). Viewers: average {summary.Viewers.TimeWeightedAverage.ToString("N1", Inv)}, peak {N(summary.Viewers.Peak)}. New followers: {N(summary.NewFollowers)}. Shares: {N(summary.Shares)}. Subscriptions: {N(summary.Subscriptions)}.");
        foreach (var goal in summary.Goals)
        {
            var unit = goal.Currency is { } c ? c.Code : "diamonds";
            output.WriteLine($"Goal '{goal.Name}': {N(goal.Achieved)} of {N(goal.Target)} {unit} ({goal.Fraction.ToString("P1", Inv)}){(goal.IsReached ? ", reached" : string.Empty)}.");
        }

        output.WriteLine();
        var quality = summary.DataQuality;
        output.WriteLine("Data quality:");
        output.WriteLine($"  Handled: {N(quality.DuplicateFrames)} duplicate and {N(quality.OutOfOrderFrames)} out-of-order gift frame(s) ignored; {N(quality.StreaksResumed)} streak(s) resumed after closing; {N(quality.LateFramesAfterEnd)} late frame(s) after an end frame.");
        foreach (var warning in summary.DataQuality.Warnings)
        {
            output.WriteLine("  - " + warning);
        }
        foreach (var gift in summary.Gifts.Where(g => g.SharedNameMatches.Count > 0))
        {
            var matches = string.Join(", ", gift.SharedNameMatches.Select(m => $"{m.Id.ToString(Inv)} at {N(m.UnitPriceCoins)} {(m.UnitPriceCoins == 1 ? "coin" : "coins")}"));
            output.WriteLine($"  - Gift '{TerminalText.Clean(gift.Name ?? "?")}' (id {gift.GiftId.ToString(Inv)}) is not priced: its id is not in the gift catalog, and {gift.SharedNameMatches.Count} catalog gifts share its name ({matches}), so none was chosen.");
        }

        if (reader.Errors.Count > 0)
        {
            output.WriteLine($"  - {reader.Errors.Count.ToString("N0", Inv)} line(s) skipped; each is listed on standard error.");
        }
    }

    /// <summary>Where a gift's price came from, in the table's words.</summary>
    internal static string PricedBy(GiftPriceSource source) => source switch
    {
        GiftPriceSource.Event => "event",
        GiftPriceSource.Catalog => "catalog",
        GiftPriceSource.CatalogByName => "catalog name",
        _ => "unknown",
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", Inv);

    private static string N(decimal value) => value.ToString("#,0.##", Inv);

    private static string N(long value) => value.ToString("N0", Inv);

    private static string Cash(Money money) => decimal.Round(money.Amount, money.Currency.MinorUnits, MidpointRounding.ToEven).ToString("N" + money.Currency.MinorUnits.ToString(Inv), Inv);
}
