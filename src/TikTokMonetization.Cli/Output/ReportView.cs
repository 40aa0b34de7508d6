using System.Globalization;
using Spectre.Console;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>Draws a <see cref="RevenueReport"/>: the streams table, income by stream, one section per stream, why streams pay nothing, and the sources.</summary>
internal static class ReportView
{
    // One colour per bar on a terminal; plain text shows the bars' lengths only.
    private static readonly Color[] Palette = [Color.DodgerBlue1, Color.Green3, Color.Gold1, Color.MediumPurple1, Color.DarkOrange, Color.Aqua, Color.HotPink, Color.Grey];

    /// <param name="console">Where to draw.</param>
    /// <param name="report">The report.</param>
    /// <param name="liveGiftsCard">The card the LIVE gifts model converted with, stated under its stream; <see langword="null"/> to say nothing.</param>
    /// <param name="rounding">How the engine rounds money, so the steps' cash agrees with the streams table.</param>
    public static void Write(IAnsiConsole console, RevenueReport report, RateCard? liveGiftsCard = null, MidpointRounding rounding = MidpointRounding.ToEven)
    {
        var currency = report.Currency.Code;
        Views.Say(console, $"Revenue estimate for {report.CreatorId ?? "the creator"} over {report.PeriodDays} days, in {currency}");
        console.WriteLine();
        console.Write(StreamsTable(report));
        Views.Say(console, report.ConcentrationIndex is { } hhi
            ? $"Concentration (HHI) {hhi.ToString("0.00", CultureInfo.InvariantCulture)}: 1 means one stream earns everything; 1/{report.Streams.Count} means an even spread over {report.Streams.Count} streams."
            : "Concentration (HHI) not defined: the expected total is zero.");
        console.WriteLine();
        Views.Say(console, $"Expected income by stream ({currency})");
        console.Write(IncomeChart(report, console.Profile.Width));
        console.WriteLine();
        Views.Say(console, $"Range by stream, low to high with the expected value marked ({currency})");
        foreach (var line in RangeChart(report, Math.Min(console.Profile.Width, 100), console.Profile.Capabilities.Unicode))
        {
            console.WriteLine(line);
        }

        var notes = new SourceNotes();
        foreach (var stream in report.Streams)
        {
            WriteStream(console, stream, notes, rounding);
            if (liveGiftsCard is not null && stream.Name == BuiltInModels.LiveGifts.Name)
            {
                Views.Say(console, CoinConvention(liveGiftsCard));
            }
        }

        var ineligible = report.IneligibleStreams.ToList();
        if (ineligible.Count > 0)
        {
            Views.Heading(console, "Why some streams pay nothing");
            foreach (var stream in ineligible)
            {
                foreach (var rule in stream.Estimate.Eligibility.UnmetRules)
                {
                    Views.Say(console, $"{stream.DisplayName}: {rule.Reason}");
                }
            }
        }

        Views.Heading(console, "Sources");
        console.Write(notes.ToGrid());
        if (report.ExchangeRatesSource is not null)
        {
            var asOf = report.ExchangeRatesAsOf is { } date ? $" (as of {Formats.Date(date)})" : string.Empty;
            var rates = string.Join(", ", report.ConvertedFrom.Select(from => $"1 {from.Code} = {Formats.Rate(report.ConversionRate(from))} {currency}"));
            Views.Say(console, $"Amounts converted to {currency} at {rates}, from the {report.ExchangeRatesSource}{asOf}.");
        }

        console.WriteLine();
        Views.Say(console, Views.Disclaimer);
    }

    /// <summary>
    /// States which coin-to-diamond convention the LIVE gifts stream used, and how to get the other one: sources disagree
    /// (docs/rate-card.md), and the two differ by a factor of two.
    /// </summary>
    internal static string CoinConvention(RateCard card)
    {
        var perCoin = card.DiamondsPerCoin;
        var convention = perCoin >= 1m || decimal.Remainder(1m, perCoin) != 0m
            ? $"{Formats.Number(perCoin)} {(perCoin == 1m ? "diamond" : "diamonds")} per coin"
            : $"{Formats.Number(1m / perCoin)} coins per diamond";
        var cash = card.CashPerDiamond.IsExact ? Formats.Number(card.CashPerDiamond.Expected) : Formats.Range(card.CashPerDiamond);
        var asOf = card.AsOf is { } date ? $", as of {Formats.Date(date)}" : string.Empty;
        var other = perCoin == 1m
            ? $"Calculators that count two coins per diamond give half as much per coin: --rate-card {RateCardNames.TwoCoinsPerDiamond}"
            : $"The LIVE client libraries count one diamond per coin: --rate-card {RateCardNames.DefaultKey}";
        return $"Coins to cash: rate card '{RateCardFlag.Display(card.Name)}', {convention} and {cash} {card.Currency.Code} per diamond{asOf}. {other} (docs/rate-card.md compares the conventions).";
    }

    private static Table StreamsTable(RevenueReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowFooters()
            .AddColumn(new TableColumn("Stream").Footer("Total"))
            .AddColumn("Eligible")
            .AddColumn(new TableColumn("Low").RightAligned().Footer(Formats.Amount(report.Total.Low)))
            .AddColumn(new TableColumn("Expected").RightAligned().Footer(Formats.Amount(report.Total.Expected)))
            .AddColumn(new TableColumn("High").RightAligned().Footer(Formats.Amount(report.Total.High)))
            .AddColumn(new TableColumn("Share").RightAligned().Footer(report.ConcentrationIndex is null ? string.Empty : Formats.Share(1m)));
        foreach (var stream in report.Streams)
        {
            table.AddRow(
                new Text(stream.DisplayName),
                StreamTables.YesNo(stream.IsEligible),
                new Text(Formats.Amount(stream.Range.Low)),
                new Text(Formats.Amount(stream.Range.Expected)),
                new Text(Formats.Amount(stream.Range.High)),
                new Text(Formats.Share(stream.ShareOfExpected)));
        }

        return table;
    }

    /// <summary>
    /// One row per stream on a common scale from 0 to the highest high: a bar from the low to the high estimate with the
    /// expected value marked, then the three figures. A stream whose range is a point (or zero) shows its mark alone.
    /// </summary>
    internal static IEnumerable<string> RangeChart(RevenueReport report, int width, bool unicode)
    {
        var (line, mark, start, end) = unicode ? ('─', '●', '├', '┤') : ('-', '*', '|', '|');
        var labels = report.Streams.Select(s => s.DisplayName).ToList();
        var figures = report.Streams.Select(s => $"{Formats.Amount(s.Range.Low)} / {Formats.Amount(s.Range.Expected)} / {Formats.Amount(s.Range.High)}").ToList();
        var labelWidth = labels.Max(l => l.Length);
        var figureWidth = figures.Max(f => f.Length);
        var barWidth = Math.Max(10, width - labelWidth - figureWidth - 4);
        var top = report.Streams.Max(s => s.Range.High.Amount);
        for (var i = 0; i < report.Streams.Count; i++)
        {
            var range = report.Streams[i].Range;
            var bar = new char[barWidth];
            Array.Fill(bar, ' ');
            if (top > 0m)
            {
                var low = Column(range.Low.Amount);
                var high = Column(range.High.Amount);
                for (var c = low; c <= high; c++)
                {
                    bar[c] = line;
                }

                if (high > low)
                {
                    bar[low] = start;
                    bar[high] = end;
                }

                bar[Column(range.Expected.Amount)] = mark;
            }

            yield return $"{labels[i].PadLeft(labelWidth)}  {new string(bar)}  {figures[i].PadLeft(figureWidth)}";
        }

        int Column(decimal amount) => (int)decimal.Round(amount / top * (barWidth - 1), MidpointRounding.AwayFromZero);
    }

    private static BarChart IncomeChart(RevenueReport report, int consoleWidth)
    {
        var minorUnits = report.Currency.MinorUnits;
        var chart = new BarChart()
            .Width(Math.Min(consoleWidth, 100))
            .UseValueFormatter(value => ((decimal)value).ToString("N" + minorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        for (var i = 0; i < report.Streams.Count; i++)
        {
            var stream = report.Streams[i];
            chart.AddItem(Markup.Escape(stream.DisplayName), (double)stream.Range.Expected.Amount, Palette[i % Palette.Length]);
        }

        return chart;
    }

    private static void WriteStream(IAnsiConsole console, StreamResult stream, SourceNotes notes, MidpointRounding rounding)
    {
        Views.Heading(console, stream.DisplayName);
        var range = stream.Range;
        Views.Say(console, stream.IsEligible
            ? $"Eligible. {Formats.Span(range)}, expected {Formats.Amount(range.Expected)}: {Formats.Share(stream.ShareOfExpected)} of the expected total."
            : $"Not eligible: pays {Formats.Amount(range.Expected)} {range.Currency.Code} until the unmet rules below are met. The steps show what it would pay.");
        console.Write(StreamTables.Rules(stream.Estimate.Eligibility));
        console.Write(StreamTables.Steps(stream.Estimate.Breakdown, notes, rounding));
        var likes = stream.Estimate.Likes;
        var through = likes.Channels == Likes.LikesChannels.None ? string.Empty : ", through " + LikesView.Channels(likes.Channels);
        Views.Say(console, $"Likes: {(likes.PaysPerLike ? "paid per like" : "no money per like")}; influence {LikesView.Influence(likes.Influence)}{through}. {likes.Explanation}");
    }
}
