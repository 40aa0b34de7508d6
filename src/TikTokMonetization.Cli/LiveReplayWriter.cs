using System.Globalization;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Cli;

/// <summary>Writes a <see cref="LiveLedgerSummary"/> of a replayed session as plain-text tables.</summary>
internal static class LiveReplayWriter
{
    /// <summary>The most rows the per-minute chart has; a longer session gets several minutes per row.</summary>
    internal const int MaxChartRows = 30;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="fileName">The session file's name, for the title.</param>
    /// <param name="summary">The ledger's summary.</param>
    /// <param name="reader">The reader, for its line counts.</param>
    /// <param name="viewerPrices">The coin packs that say what viewers paid.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="width">The width prose wraps at: the terminal's, or <see cref="ConsoleOutput.FixedWidth"/> elsewhere.</param>
    /// <param name="unicode">Whether the output can carry block characters for the chart's bars.</param>
    public static void Write(string fileName, LiveLedgerSummary summary, LiveEventJsonLinesReader reader, CoinPriceTable viewerPrices, TextWriter output, int width = ConsoleOutput.FixedWidth, bool unicode = true)
    {
        void Say(string text, string indent = "")
        {
            foreach (var line in TerminalText.Wrap(text, width, indent))
            {
                output.WriteLine(line);
            }
        }

        var currency = summary.Currency.Code;
        Say($"LIVE replay of {fileName}");
        Say(summary.ObservedFrom is { } from && summary.ObservedTo is { } to
            ? $"Observed {Time(from)} to {Time(to)} ({summary.ObservedDuration.TotalMinutes.ToString("0.0", Inv)} minutes), {summary.EventsRecorded.ToString("N0", Inv)} events; {reader.Errors.Count} malformed line(s) skipped."
            : $"No events; {reader.Errors.Count} malformed line(s) skipped.");
        Say("Rate card: " + summary.RateCard);
        Say("Gift catalog: " + summary.Catalog);
        output.WriteLine();

        var host = summary.Host;
        TableWriter.Write(
        [
            ["Host", "Coins", "Diamonds", currency],
            ["Settled", N(host.SettledCoins.Value), N(host.SettledDiamonds.Value), Cash(host.SettledCash)],
            ["Pending", N(host.PendingCoins.Value), N(host.PendingDiamonds.Value), Cash(host.PendingCash)],
            ["Total", N(host.Coins.Value), N(host.Diamonds.Value), Cash(host.Cash)],
        ], output);
        Say($"{host.Gifts.ToString("N0", Inv)} priced gifts; {host.UnpricedGifts.ToString("N0", Inv)} unpriced; cash range {Cash(host.CashRange.Low)}..{Cash(host.CashRange.High)} {currency}.");
        Say(ViewerCost(host, viewerPrices));
        foreach (var coHost in summary.CoHosts)
        {
            Say($"Co-host {coHost.ReceiverId.ToString(Inv)} (kept apart): {N(coHost.Totals.Coins.Value)} coins, {N(coHost.Totals.Diamonds.Value)} diamonds, {Cash(coHost.Totals.Cash)} {currency}, {coHost.Totals.UnpricedGifts.ToString("N0", Inv)} unpriced.");
        }

        output.WriteLine();
        Say($"Top gifters ({summary.TopGifters.Count} of {summary.GifterCount})");
        var leaders = new List<string[]> { new[] { "Gifter", "Gifts", "Unpriced", "Coins", "Diamonds", currency } };
        leaders.AddRange(summary.TopGifters.Select(g => new[] { $"{g.Rank.ToString(Inv)}. {g.SenderName ?? g.SenderId.ToString(Inv)}", N(g.Gifts), N(g.UnpricedGifts), N(g.Coins.Value), N(g.Diamonds.Value), Cash(g.Cash) }));
        leaders.Add(["All gifters", N(host.Gifts), N(host.UnpricedGifts), N(host.Coins.Value), N(host.Diamonds.Value), Cash(host.Cash)]);
        TableWriter.Write(leaders, output);

        output.WriteLine();
        var gifts = new List<string[]> { new[] { "Gift", "Id", "Price", "Priced by", "Gifts", "Unpriced", "Coins" } };
        gifts.AddRange(summary.Gifts.Select(g => new[] { g.Name ?? "?", g.GiftId.ToString(Inv), g.UnitPriceCoins is { } p ? N(p) : "?", PricedBy(g.PriceSource), N(g.Gifts), N(g.UnpricedGifts), N(g.Coins.Value) }));
        gifts.Add(["Total", "", "", "", N(host.Gifts), N(host.UnpricedGifts), N(host.Coins.Value)]);
        TableWriter.Write(gifts, output);

        if (summary.Minutes.Count > 0)
        {
            output.WriteLine();
            foreach (var line in MinuteChart(summary.Minutes, width, unicode))
            {
                output.WriteLine(line);
            }
        }

        output.WriteLine();
        var likes = summary.Likes;
        Say($"Likes: {N(likes.Likes)} (messages add up to {N(likes.MessageLikes)}; room total {(likes.RoomTotal is { } t ? N(t) : "not given")}). Viewers: average {summary.Viewers.TimeWeightedAverage.ToString("N1", Inv)}, peak {N(summary.Viewers.Peak)}. New followers: {N(summary.NewFollowers)}. Shares: {N(summary.Shares)}. Subscriptions: {N(summary.Subscriptions)}.");
        foreach (var goal in summary.Goals)
        {
            var unit = goal.Currency is { } c ? c.Code : "diamonds";
            Say($"Goal '{goal.Name}': {N(goal.Achieved)} of {N(goal.Target)} {unit} ({goal.Fraction.ToString("P1", Inv)}){(goal.IsReached ? ", reached" : string.Empty)}.");
        }

        output.WriteLine();
        var quality = summary.DataQuality;
        Say("Data quality:");
        Say($"  Handled: {N(quality.DuplicateFrames)} duplicate and {N(quality.OutOfOrderFrames)} out-of-order gift frame(s) ignored; {N(quality.StreaksResumed)} streak(s) resumed after closing; {N(quality.LateFramesAfterEnd)} late frame(s) after an end frame.", "    ");
        foreach (var warning in summary.DataQuality.Warnings)
        {
            Say("  - " + warning, "    ");
        }
        foreach (var gift in summary.Gifts.Where(g => g.SharedNameMatches.Count > 0))
        {
            var matches = string.Join(", ", gift.SharedNameMatches.Select(m => $"{m.Id.ToString(Inv)} at {N(m.UnitPriceCoins)} {(m.UnitPriceCoins == 1 ? "coin" : "coins")}"));
            Say($"  - Gift '{TerminalText.Clean(gift.Name ?? "?")}' (id {gift.GiftId.ToString(Inv)}) is not priced: its id is not in the gift catalog, and {gift.SharedNameMatches.Count} catalog gifts share its name ({matches}), so none was chosen.", "    ");
        }

        if (reader.Errors.Count > 0)
        {
            Say($"  - {reader.Errors.Count.ToString("N0", Inv)} line(s) skipped; each is listed on standard error.", "    ");
        }
    }

    /// <summary>
    /// A bar chart of the host's coins over the session, one row per minute from the first gift to the last (minutes
    /// without gifts included, so the rows are a true timeline); a long session gets several minutes per row, at most
    /// <see cref="MaxChartRows"/> rows.
    /// </summary>
    internal static IEnumerable<string> MinuteChart(IReadOnlyList<LiveMinuteTotal> minutes, int width, bool unicode)
    {
        var first = minutes[0].Minute;
        var span = (long)(minutes[minutes.Count - 1].Minute - first).TotalMinutes + 1;
        var perRow = (span + MaxChartRows - 1) / MaxChartRows;
        var rows = (int)((span + perRow - 1) / perRow);
        var coins = new decimal[rows];
        foreach (var minute in minutes)
        {
            coins[(long)(minute.Minute - first).TotalMinutes / perRow] += minute.Coins.Value;
        }

        var multiDay = first.UtcDateTime.Date != minutes[minutes.Count - 1].Minute.UtcDateTime.Date;
        var labels = Enumerable.Range(0, rows).Select(r => Label(first.AddMinutes(r * perRow), perRow, multiDay)).ToArray();
        var values = coins.Select(N).ToArray();
        var labelWidth = labels.Max(l => l.Length);
        var valueWidth = values.Max(v => v.Length);
        var barWidth = Math.Clamp(width - labelWidth - valueWidth - 4, 10, 60);
        var most = coins.Max();
        yield return perRow == 1 ? "Coins per minute (UTC)" : $"Coins per {perRow.ToString(Inv)} minutes (UTC)";
        for (var r = 0; r < rows; r++)
        {
            var length = most == 0m ? 0 : (int)decimal.Round(coins[r] / most * barWidth, MidpointRounding.AwayFromZero);
            var bar = new string(unicode ? '\u2588' : '#', length);
            yield return $"{labels[r].PadLeft(labelWidth)}  {bar.PadRight(barWidth)}  {values[r].PadLeft(valueWidth)}".TrimEnd();
        }

        static string Label(DateTimeOffset start, long perRow, bool multiDay)
        {
            var format = multiDay ? "MM-dd HH:mm" : "HH:mm";
            var from = start.UtcDateTime.ToString(format, Inv);
            return perRow == 1 ? from : from + "-" + start.AddMinutes(perRow - 1).UtcDateTime.ToString("HH:mm", Inv);
        }
    }

    /// <summary>What viewers paid for the host's priced coins at a table of coin packs, beside what the creator receives.</summary>
    internal static string ViewerCost(LiveGiftTotals host, CoinPriceTable table)
    {
        var paid = table.CostOf(host.Coins);
        var text = $"Viewers paid about {Cash(paid.Expected)} {table.Currency.Code} for these {N(host.Coins.Value)} coins ({Cash(paid.Low)}..{Cash(paid.High)} across the {table})";
        if (paid.Currency == host.Cash.Currency && paid.Low.Amount > 0m)
        {
            var most = host.CashRange.High.Amount / paid.Low.Amount;
            var least = host.CashRange.Low.Amount / paid.High.Amount;
            return text + $"; the creator receives {Cash(host.Cash)} {host.Cash.Currency.Code}, {least.ToString("P1", Inv)}..{most.ToString("P1", Inv)} of what they paid.";
        }

        return text + $"; the creator receives {Cash(host.Cash)} {host.Cash.Currency.Code}.";
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
