using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Charts;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>The chart package: it plots exactly what the projection and the simulation report, and refuses what does not match.</summary>
public sealed class ProjectionChartTests
{
    private static readonly GrowthAssumptions Growth = new() { Views = DriverGrowth.Between(0.01m, 0.04m, 0.08m) };

    [Fact]
    public void ChartData_AreTheReportedAmounts_MonthByMonth()
    {
        using var provider = Provider();
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var projection = projector.Project(SampleCreators.MidTierUs, Growth, 3);
        var simulation = projector.Simulate(SampleCreators.MidTierUs, Growth, new SimulationSettings { Months = 3, Paths = 100 });

        var data = ProjectionChartData.From(projection, simulation, new IncomeGoal(Money.Usd(4000m), 3));

        Assert.Equal([1d, 2d, 3d], data.Months);
        Assert.Equal(projection.Months.Select(m => (double)m.TotalAtLowGrowth.Amount), data.LowGrowth);
        Assert.Equal(projection.Months.Select(m => (double)m.TotalAtExpectedGrowth.Amount), data.ExpectedGrowth);
        Assert.Equal(projection.Months.Select(m => (double)m.TotalAtHighGrowth.Amount), data.HighGrowth);
        Assert.Equal(simulation.Months.Select(m => (double)m.Total[10m].Amount), data.P10!);
        Assert.Equal(simulation.Months.Select(m => (double)m.Total[50m].Amount), data.P50!);
        Assert.Equal(simulation.Months.Select(m => (double)m.Total[90m].Amount), data.P90!);
        Assert.Equal(4000d, data.Goal);
        Assert.Equal(Math.Max(data.HighGrowth.Max(), data.P90!.Max()), data.Top);
    }

    [Fact]
    public void Chart_RefusesASimulationOfOtherMonths_AnotherCurrencyOrWithoutItsPercentiles()
    {
        using var provider = Provider();
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var projection = projector.Project(SampleCreators.MidTierUs, Growth, 3);
        var longer = projector.Simulate(SampleCreators.MidTierUs, Growth, new SimulationSettings { Months = 4, Paths = 20 });
        var inEuros = projector.Simulate(SampleCreators.MidTierUs, Growth, new SimulationSettings { Months = 3, Paths = 20 }, new IncomeGoal(new Money(100m, Currency.Eur), 3));
        var noP90 = projector.Simulate(SampleCreators.MidTierUs, Growth, new SimulationSettings { Months = 3, Paths = 20, Percentiles = [25m, 50m, 75m] });

        Assert.Contains("4 months and the projection 3", Assert.Throws<ArgumentException>(() => ProjectionChartData.From(projection, longer, null)).Message, StringComparison.Ordinal);
        Assert.Contains("EUR", Assert.Throws<ArgumentException>(() => ProjectionChartData.From(projection, inEuros, null)).Message, StringComparison.Ordinal);
        Assert.Contains("no P10", Assert.Throws<ArgumentException>(() => ProjectionChartData.From(projection, noP90, null)).Message, StringComparison.Ordinal);
        Assert.Contains("EUR", Assert.Throws<ArgumentException>(() => ProjectionChartData.From(projection, null, new IncomeGoal(new Money(1m, Currency.Eur), 1))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chart.jpg", 1000, 600, "path")]
    [InlineData("chart.png", 99, 600, "width")]
    [InlineData("chart.svg", 1000, 10_001, "height")]
    public void Save_RefusesAnUnknownFormatOrAnImpossibleSize(string name, int width, int height, string parameter)
    {
        using var provider = Provider();
        var projection = provider.GetRequiredService<IRevenueProjector>().Project(SampleCreators.MidTierUs, Growth, 2);
        using var directory = new TempDirectory();

        var error = Assert.ThrowsAny<ArgumentException>(() => ProjectionChart.Save(projection, null, null, Path.Combine(directory.Path, name), width, height));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    private static ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBuiltInModels().AddProjections();
        return services.BuildServiceProvider();
    }
}
