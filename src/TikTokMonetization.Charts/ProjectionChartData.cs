using System.Globalization;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Charts;

/// <summary>The series a projection chart plots, taken as they are from the projection and the simulation.</summary>
internal sealed class ProjectionChartData
{
    private ProjectionChartData(double[] months, double[] low, double[] expected, double[] high, double[]? p10, double[]? p50, double[]? p90, double? goal, string? goalLabel, string title, string xLabel, string yLabel)
    {
        Months = months;
        LowGrowth = low;
        ExpectedGrowth = expected;
        HighGrowth = high;
        P10 = p10;
        P50 = p50;
        P90 = p90;
        Goal = goal;
        GoalLabel = goalLabel;
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
        Top = new[] { high.Max(), expected.Max(), p90?.Max() ?? 0d, goal ?? 0d }.Max();
    }

    public double[] Months { get; }

    public double[] LowGrowth { get; }

    public double[] ExpectedGrowth { get; }

    public double[] HighGrowth { get; }

    public double[]? P10 { get; }

    public double[]? P50 { get; }

    public double[]? P90 { get; }

    public double? Goal { get; }

    public string? GoalLabel { get; }

    public string Title { get; }

    public string XLabel { get; }

    public string YLabel { get; }

    /// <summary>The largest value plotted.</summary>
    public double Top { get; }

    public static ProjectionChartData From(RevenueProjection projection, RevenueSimulation? simulation, IncomeGoal? goal)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var currency = projection.Currency;
        var count = projection.Months.Count;
        if (simulation is not null)
        {
            if (simulation.Months.Count != count)
            {
                throw new ArgumentException($"The simulation has {simulation.Months.Count} months and the projection {count}; chart the same months.", nameof(simulation));
            }

            if (simulation.Currency != currency)
            {
                throw new ArgumentException($"The simulation is in {simulation.Currency.Code} and the projection in {currency.Code}; chart one currency.", nameof(simulation));
            }

            foreach (var percentile in new[] { 10m, 50m, 90m })
            {
                if (!simulation.Months[0].Total.Percentiles.Contains(percentile))
                {
                    throw new ArgumentException(FormattableString.Invariant($"The simulation has no P{percentile}; the chart draws P10, P50 and P90, so ask the simulation for them."), nameof(simulation));
                }
            }
        }

        if (goal is not null && goal.MonthlyIncome.Currency != currency)
        {
            throw new ArgumentException($"The goal is in {goal.MonthlyIncome.Currency.Code} and the projection in {currency.Code}; chart one currency.", nameof(goal));
        }

        var months = projection.Months.Select(m => (double)m.Month).ToArray();
        double[]? p10 = null, p50 = null, p90 = null;
        if (simulation is not null)
        {
            p10 = simulation.Months.Select(m => (double)m.Total[10m].Amount).ToArray();
            p50 = simulation.Months.Select(m => (double)m.Total[50m].Amount).ToArray();
            p90 = simulation.Months.Select(m => (double)m.Total[90m].Amount).ToArray();
        }

        var first = projection.Months[0].Date;
        var title = simulation is null
            ? "Projected income per period"
            : string.Create(CultureInfo.InvariantCulture, $"Projected income per period ({simulation.Paths:N0} simulated paths, seed {simulation.Seed})");
        return new ProjectionChartData(
            months,
            projection.Months.Select(m => (double)m.TotalAtLowGrowth.Amount).ToArray(),
            projection.Months.Select(m => (double)m.TotalAtExpectedGrowth.Amount).ToArray(),
            projection.Months.Select(m => (double)m.TotalAtHighGrowth.Amount).ToArray(),
            p10,
            p50,
            p90,
            goal is null ? null : (double)goal.MonthlyIncome.Amount,
            goal is null ? null : string.Create(CultureInfo.InvariantCulture, $"Goal: {goal.MonthlyIncome.Amount:N2} {currency.Code} by month {goal.ByMonth}"),
            title,
            first is { } date ? string.Create(CultureInfo.InvariantCulture, $"Month (1 = {date:yyyy-MM})") : "Month",
            currency.Code + " per period");
    }
}
