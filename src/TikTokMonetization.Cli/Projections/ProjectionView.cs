using System.Globalization;
using System.Text;
using Spectre.Console;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// Draws a <see cref="ProjectionRun"/>: the month-by-month totals (growth scenarios and simulated percentiles), each
/// stream at the last month, the eligibility crossings, and a text fan chart of the total.
/// </summary>
internal static class ProjectionView
{
    /// <summary>The width of the fan chart's plotting area, in characters.</summary>
    internal const int ChartWidth = 48;

    public static void Write(IAnsiConsole console, ProjectionRun run)
    {
        var projection = run.Projection;
        var simulation = run.Simulation;
        var currency = projection.Currency.Code;
        Views.Say(console, $"Revenue over {Count(projection.Months.Count)} months for {run.Snapshot.CreatorId ?? "this creator"} ({currency} a period of {run.Snapshot.PeriodDays} days)");
        Views.Say(console, $"Growth per month: {GrowthFlags.Describe(run.Assumptions)}.");
        if (simulation is not null)
        {
            Views.Say(console, $"Simulated: {simulation.Paths:N0} paths, seed {simulation.Seed.ToString(CultureInfo.InvariantCulture)}.");
        }

        console.WriteLine();
        WriteMonths(console, run);
        Views.Say(console, "Today: the snapshot's own expected total. Low, expected and high growth: every driver at its low, expected or high rate (expected rates of every stream)."
            + (simulation is null ? string.Empty : " P10, P50, P90: of the simulated paths' totals; 10% of paths end below P10, 10% above P90."));

        Views.Heading(console, $"Streams in {Label(projection.Months[^1].Month, projection.Months[^1].Date)}");
        WriteStreams(console, run);

        Views.Heading(console, "When eligibility changes");
        if (projection.Crossings.Count == 0)
        {
            Views.Say(console, "No stream's eligibility changes over these months.");
        }
        else
        {
            foreach (var crossing in projection.Crossings)
            {
                Views.Say(console, crossing.ToString());
            }
        }

        Views.Heading(console, simulation is null ? "Total per month: low to high growth (-), expected (*)" : "Total per month: P10 to P90 (-), P50 (*)");
        foreach (var line in FanChart(run))
        {
            console.Write(new Text(line));
            console.WriteLine();
        }

        if (run.Goal is { } goal && simulation?.GoalReachedProbability is { } probability)
        {
            console.WriteLine();
            Views.Say(console, $"Goal: {Formats.Amount(goal.MonthlyIncome)} {currency} a month by {Label(goal.ByMonth, projection.Months[goal.ByMonth - 1].Date)}: reached on {Formats.Share(probability)} of the simulated paths.");
        }

        if (simulation is { CappedPathMonths: > 0 } capped)
        {
            Views.Say(console, $"Note: a driver reached its cap or ceiling in {capped.CappedPathMonths:N0} simulated path-months; those months hold it there.");
        }

        console.WriteLine();
        Views.Say(console, "A projection of the stated assumptions, not a forecast: it does not know TikTok's future policy or rate changes.");
    }

    private static void WriteMonths(IAnsiConsole console, ProjectionRun run)
    {
        var simulation = run.Simulation;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Month")
            .AddColumn(new TableColumn("Low growth").RightAligned())
            .AddColumn(new TableColumn("Expected").RightAligned())
            .AddColumn(new TableColumn("High growth").RightAligned());
        if (simulation is not null)
        {
            table.AddColumn(new TableColumn("P10").RightAligned()).AddColumn(new TableColumn("P50").RightAligned()).AddColumn(new TableColumn("P90").RightAligned());
            if (run.Goal is not null)
            {
                table.AddColumn(new TableColumn("Goal met").RightAligned());
            }
        }

        var today = Formats.Amount(run.Projection.Baseline.Total.Expected);
        table.AddRow([new Text("today"), new Text(today), new Text(today), new Text(today), .. Enumerable.Repeat(new Text(string.Empty), table.Columns.Count - 4)]);
        for (var i = 0; i < run.Projection.Months.Count; i++)
        {
            var month = run.Projection.Months[i];
            var cells = new List<string> { Label(month.Month, month.Date), Formats.Amount(month.TotalAtLowGrowth), Formats.Amount(month.TotalAtExpectedGrowth), Formats.Amount(month.TotalAtHighGrowth) };
            if (simulation is not null)
            {
                var simulated = simulation.Months[i].Total;
                cells.Add(Formats.Amount(Percentile(simulated, 10m)));
                cells.Add(Formats.Amount(Percentile(simulated, 50m)));
                cells.Add(Formats.Amount(Percentile(simulated, 90m)));
                if (run.Goal is not null)
                {
                    cells.Add(simulation.Months[i].GoalProbability is { } p ? Formats.Share(p) : string.Empty);
                }
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        console.Write(table);
    }

    private static void WriteStreams(IAnsiConsole console, ProjectionRun run)
    {
        var last = run.Projection.Months[^1];
        var simulated = run.Simulation?.Months[^1];
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Stream")
            .AddColumn("Eligible")
            .AddColumn(new TableColumn("Expected").RightAligned())
            .AddColumn(new TableColumn("Low..high growth").RightAligned());
        if (simulated is not null)
        {
            table.AddColumn(new TableColumn("P10..P90").RightAligned()).AddColumn(new TableColumn("Eligible on").RightAligned());
        }

        foreach (var stream in last.Streams)
        {
            var cells = new List<string>
            {
                stream.DisplayName,
                stream.IsEligible ? "yes" : "no",
                Formats.Amount(stream.AtExpectedGrowth),
                $"{Formats.Amount(stream.AtLowGrowth)}..{Formats.Amount(stream.AtHighGrowth)}",
            };
            if (simulated?.Streams.FirstOrDefault(s => s.Name == stream.Name) is { } s)
            {
                cells.Add($"{Formats.Amount(Percentile(s.Values, 10m))}..{Formats.Amount(Percentile(s.Values, 90m))}");
                cells.Add(Formats.Share(s.EligibleProbability) + " of paths");
            }
            else if (simulated is not null)
            {
                cells.Add(string.Empty);
                cells.Add(string.Empty);
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        console.Write(table);
    }

    /// <summary>
    /// One row per month: the band from P10 to P90 (or from low to high growth) as <c>-</c>, the P50 (or expected) as
    /// <c>*</c>, the goal as <c>|</c>, on one linear scale from 0 to the largest value shown; then the axis.
    /// </summary>
    internal static IReadOnlyList<string> FanChart(ProjectionRun run)
    {
        var rows = new List<(string Label, decimal Low, decimal Middle, decimal High)>();
        for (var i = 0; i < run.Projection.Months.Count; i++)
        {
            var month = run.Projection.Months[i];
            var label = Label(month.Month, month.Date);
            if (run.Simulation is { } simulation)
            {
                var total = simulation.Months[i].Total;
                rows.Add((label, Percentile(total, 10m).Amount, Percentile(total, 50m).Amount, Percentile(total, 90m).Amount));
            }
            else
            {
                rows.Add((label, month.TotalAtLowGrowth.Amount, month.TotalAtExpectedGrowth.Amount, month.TotalAtHighGrowth.Amount));
            }
        }

        var goal = run.Goal?.MonthlyIncome.Amount;
        var top = Math.Max(rows.Max(r => r.High), goal ?? 0m);
        var labelWidth = rows.Max(r => r.Label.Length);
        var lines = new List<string>();
        foreach (var (label, low, middle, high) in rows)
        {
            var cells = new char[ChartWidth];
            Array.Fill(cells, ' ');
            var from = Column(low, top);
            var to = Column(high, top);
            for (var c = from; c <= to; c++)
            {
                cells[c] = '-';
            }

            if (goal is { } g)
            {
                cells[Column(g, top)] = '|';
            }

            cells[Column(middle, top)] = '*';
            lines.Add($"{label.PadRight(labelWidth)} {new string(cells).TrimEnd()}".TrimEnd());
        }

        var axis = new StringBuilder().Append(' ', labelWidth + 1).Append('0');
        var topText = Formats.Amount(new Money(top, run.Projection.Currency));
        axis.Append(' ', Math.Max(1, ChartWidth - 1 - topText.Length)).Append(topText).Append(' ').Append(run.Projection.Currency.Code);
        lines.Add(axis.ToString());
        if (goal is not null)
        {
            lines.Add($"{new string(' ', labelWidth + 1)}| goal: {Formats.Amount(run.Goal!.MonthlyIncome)} {run.Projection.Currency.Code} a month");
        }

        return lines;
    }

    private static int Column(decimal value, decimal top) =>
        top <= 0m ? 0 : (int)Math.Clamp(decimal.Round(value / top * (ChartWidth - 1), MidpointRounding.AwayFromZero), 0m, ChartWidth - 1);

    /// <summary>The value at a percentile; the command always asks the simulation for P10, P50 and P90.</summary>
    internal static Money Percentile(MoneyPercentiles percentiles, decimal percentile) => percentiles[percentile];

    internal static string Label(int month, DateTime? date) =>
        date is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "month " + month.ToString(CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
