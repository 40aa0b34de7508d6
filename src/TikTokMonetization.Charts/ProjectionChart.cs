using ScottPlot;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Charts;

/// <summary>
/// Draws a projection of a creator's income as a fan chart: the simulated P10 to P90 band of the total per month and its
/// P50 line (when there is a simulation), the expected total at low, expected and high growth, and the income goal as a
/// horizontal line. Saved as PNG or SVG, rendered headless (no display needed).
/// </summary>
/// <remarks>
/// The chart plots exactly the amounts the projection and the simulation report, in their currency: nothing is smoothed
/// or re-computed. This type is stateless and thread-safe: each call draws its own plot.
/// </remarks>
public static class ProjectionChart
{
    /// <summary>The default image width, in pixels.</summary>
    public const int DefaultWidth = 1000;

    /// <summary>The default image height, in pixels.</summary>
    public const int DefaultHeight = 600;

    /// <summary>The largest width or height accepted, in pixels.</summary>
    public const int MaxSize = 10_000;

    /// <summary>Draws the chart and saves it; the file name's extension chooses the format.</summary>
    /// <param name="projection">The deterministic projection (its months and currency).</param>
    /// <param name="simulation">The simulation of the same months, or <see langword="null"/> to draw the growth scenarios only.</param>
    /// <param name="goal">The income goal to draw as a line, or <see langword="null"/>.</param>
    /// <param name="path">Where to write: a file name ending in <c>.png</c> or <c>.svg</c> (any case). An existing file is replaced.</param>
    /// <param name="width">The width in pixels, from 100 to <see cref="MaxSize"/>.</param>
    /// <param name="height">The height in pixels, from 100 to <see cref="MaxSize"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The path does not end in .png or .svg; the simulation or the goal does not match the projection (months, currency).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static void Save(RevenueProjection projection, RevenueSimulation? simulation, IncomeGoal? goal, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(path);
        var svg = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
        if (!svg && !path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The chart's file name must end in .png or .svg; got '{path}'.", nameof(path));
        }

        CheckSize(width, nameof(width));
        CheckSize(height, nameof(height));
        var plot = Draw(ProjectionChartData.From(projection, simulation, goal));
        if (svg)
        {
            plot.SaveSvg(path, width, height);
        }
        else
        {
            plot.SavePng(path, width, height);
        }
    }

    /// <summary>Builds the plot from the chart's series.</summary>
    internal static Plot Draw(ProjectionChartData data)
    {
        var plot = new Plot();
        var months = data.Months;
        if (data.P10 is { } p10 && data.P90 is { } p90 && data.P50 is { } p50)
        {
            var band = plot.Add.FillY(months, p10, p90);
            band.FillColor = Colors.SteelBlue.WithAlpha(0.25);
            band.LineColor = Colors.SteelBlue.WithAlpha(0.5);
            band.LegendText = "P10 to P90 of simulated paths";
            var median = plot.Add.Scatter(months, p50);
            median.Color = Colors.SteelBlue;
            median.LineWidth = 2;
            median.LegendText = "P50";
        }

        var low = plot.Add.Scatter(months, data.LowGrowth);
        low.Color = Colors.Gray;
        low.LinePattern = LinePattern.Dotted;
        low.MarkerSize = 0;
        low.LegendText = "Low growth";
        var expected = plot.Add.Scatter(months, data.ExpectedGrowth);
        expected.Color = Colors.Black;
        expected.LinePattern = LinePattern.Dashed;
        expected.MarkerSize = 0;
        expected.LegendText = "Expected growth";
        var high = plot.Add.Scatter(months, data.HighGrowth);
        high.Color = Colors.Gray;
        high.LinePattern = LinePattern.Dotted;
        high.MarkerSize = 0;
        high.LegendText = "High growth";

        if (data.Goal is { } goal)
        {
            var line = plot.Add.HorizontalLine(goal);
            line.Color = Colors.OrangeRed;
            line.LineWidth = 2;
            line.LegendText = data.GoalLabel!;
        }

        plot.Title(data.Title);
        plot.XLabel(data.XLabel);
        plot.YLabel(data.YLabel);
        plot.Axes.SetLimitsY(0, data.Top * 1.05);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(Math.Max(1, Math.Ceiling(data.Months.Length / 12d)));
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static void CheckSize(int value, string name)
    {
        if (value is < 100 or > MaxSize)
        {
            throw new ArgumentOutOfRangeException(name, value, $"An image side must be from 100 to {MaxSize} pixels.");
        }
    }
}
