using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Cli;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>project</c> command: the SDK's projection and simulation as tables, a fan chart, JSON and an image.</summary>
public sealed class ProjectCommandTests
{
    [Fact]
    public void Project_WithoutGrowth_GivesTodaysTotalEveryMonth()
    {
        var (exit, output, error) = Run("project", "--months", "3", "--paths", "0", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var today = Engine().Estimate(SampleCreators.MidTierUs).Total;
        var months = JsonDocument.Parse(output).RootElement.GetProperty("months");
        Assert.Equal(3, months.GetArrayLength());
        foreach (var month in months.EnumerateArray())
        {
            Assert.Equal(today.Expected.Amount, month.GetProperty("total").GetProperty("expected").GetDecimal());
            Assert.Equal(today.Low.Amount, month.GetProperty("total").GetProperty("low").GetDecimal());
            Assert.Equal(today.Expected.Amount, month.GetProperty("totalAtHighGrowth").GetProperty("amount").GetDecimal());
        }
    }

    [Fact]
    public void Project_Json_CarriesTheSdksProjectionAndSimulation_ToTheCent()
    {
        var (exit, output, error) = Run("project", "--months", "4", "--followers-growth", "5%", "--views-growth", "2%..6%..10%", "--live-hours-growth", "3%~0.1@2x", "--paths", "300", "--seed", "7", "--goal", "4500", "--goal-month", "3", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var assumptions = new GrowthAssumptions
        {
            Followers = DriverGrowth.Fixed(0.05m),
            Views = DriverGrowth.Between(0.02m, 0.06m, 0.10m),
            LiveHours = DriverGrowth.LogNormal(0.03m, 0.1m).SaturatingAt(2m),
        };
        using var provider = Provider();
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var projection = projector.Project(SampleCreators.MidTierUs, assumptions, 4);
        var goal = new IncomeGoal(Money.Usd(4500m), 3);
        var simulation = projector.Simulate(SampleCreators.MidTierUs, assumptions, new SimulationSettings { Months = 4, Paths = 300, Seed = 7 }, goal);

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("followers +5%/month, views 2%..6%..10%/month, LIVE hours 3%~0.1/month (at most 2x)", root.GetProperty("growth").GetString());
        Assert.Equal(simulation.GoalReachedProbability, root.GetProperty("goal").GetProperty("probability").GetDecimal());
        var months = root.GetProperty("months");
        for (var i = 0; i < 4; i++)
        {
            var month = months[i];
            Assert.Equal(projection.Months[i].TotalAtLowGrowth.Amount, month.GetProperty("totalAtLowGrowth").GetProperty("amount").GetDecimal());
            Assert.Equal(projection.Months[i].TotalAtExpectedGrowth.Amount, month.GetProperty("total").GetProperty("expected").GetDecimal());
            Assert.Equal(projection.Months[i].TotalAtHighGrowth.Amount, month.GetProperty("totalAtHighGrowth").GetProperty("amount").GetDecimal());
            var percentiles = month.GetProperty("simulatedTotal").GetProperty("percentiles");
            Assert.Equal(simulation.Months[i].Total[10m].Amount, percentiles[0].GetProperty("amount").GetDecimal());
            Assert.Equal(simulation.Months[i].Total[50m].Amount, percentiles[1].GetProperty("amount").GetDecimal());
            Assert.Equal(simulation.Months[i].Total[90m].Amount, percentiles[2].GetProperty("amount").GetDecimal());
            Assert.Equal(simulation.Months[i].GoalProbability, month.GetProperty("goalProbability").GetDecimal());
            Assert.Equal(6, month.GetProperty("streams").GetArrayLength());
        }
    }

    [Fact]
    public void Project_TheSameSeed_PrintsTheSameNumbers_AndAnotherSeedOthers()
    {
        string[] args = ["project", "--months", "3", "--views-growth", "1%..5%..9%", "--paths", "200", "--format", "json"];

        var first = Run([.. args, "--seed", "11"]).Output;
        var again = Run([.. args, "--seed", "11"]).Output;
        var other = Run([.. args, "--seed", "12"]).Output;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Project_Table_ShowsTheMonthsTheStreamsTheCrossingsAndTheFanChart()
    {
        using var directory = new TempDirectory();
        var creator = Path.Combine(directory.Path, "creator.json");
        File.WriteAllText(creator, CreatorSnapshotJson.Serialize(SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_000 } }));

        var (exit, output, error) = Run("project", "--input", creator, "--months", "4", "--followers-growth", "5%", "--start", "2027-01", "--paths", "200", "--goal", "3000");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Growth per month: followers +5%/month.", output, StringComparison.Ordinal);
        Assert.Matches(@"│ today\s+│", output);
        Assert.Matches(@"│ 2027-04\s+│[\d,. │%]+│", output);
        Assert.Contains("eligible from 2027-03", output, StringComparison.Ordinal);
        Assert.Contains("Total per month: P10 to P90 (-), P50 (*)", output, StringComparison.Ordinal);
        Assert.Contains("| goal: 3,000.00 USD a month", output, StringComparison.Ordinal);
        Assert.Matches(@"Goal: 3,000\.00 USD a month by 2027-04: reached on \d+\.\d % of the simulated paths\.", output);
        Assert.Contains("not a forecast", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FanChart_PlacesTheBandTheMedianAndTheGoal_OnOneScaleFromZero()
    {
        using var provider = Provider();
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var assumptions = new GrowthAssumptions { Views = DriverGrowth.Fixed(0.1m) };
        var projection = projector.Project(SampleCreators.MidTierUs, assumptions, 2);
        var goal = new IncomeGoal(new Money(projection.Months[1].TotalAtHighGrowth.Amount * 2m, projection.Currency), 2);

        var lines = ProjectionView.FanChart(new ProjectionRun(SampleCreators.MidTierUs, assumptions, projection, null, goal));

        // The goal is twice the largest total, so it sits in the last column and the totals in the middle of the scale.
        Assert.Equal(ProjectionView.ChartWidth - 1, lines[0].IndexOf('|', StringComparison.Ordinal) - "month 1 ".Length);
        var star = lines[1].IndexOf('*', StringComparison.Ordinal) - "month 2 ".Length;
        Assert.InRange(star, (ProjectionView.ChartWidth / 2) - 2, (ProjectionView.ChartWidth / 2) + 1);
        Assert.Contains(Formats.Amount(goal.MonthlyIncome) + " USD", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--views-growth", "5", "5 read as a fraction would be 500% a month; write 5% for 5 percent")]
    [InlineData("--views-growth", "2000%", "its Rate is 20; it must be a monthly rate above -1")]
    [InlineData("--followers-growth", "fast", "it is not a monthly rate such as 5%")]
    [InlineData("--posts-growth", "5%..2%..8%", "--posts-growth '5%..2%..8%': its")]
    [InlineData("--viewers-growth", "5%@0.5x", "its MaxMultiple is 0.5")]
    [InlineData("--months", "0", "--months is 0; it must be from 1 to 120.")]
    [InlineData("--start", "2027-13", "--start '2027-13' is not a calendar month; write it as YYYY-MM")]
    [InlineData("--plot", "chart.jpg", "--plot 'chart.jpg': the file must end in .png or .svg.")]
    [InlineData("--goal", "-5", "--goal is -5; it must be a positive amount")]
    public void Project_BadOption_IsAUsageErrorNamingTheOptionAndWhatIsAllowed(string option, string value, string message)
    {
        var (exit, output, error) = Run("project", option, value);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GoalWithoutSimulatedPaths_IsAUsageError_NotASilentlyMissingAnswer()
    {
        var (exit, output, error) = Run("project", "--goal", "3000", "--paths", "0");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--goal needs simulated paths", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GoalOnAWeeksSnapshot_IsAnInputErrorSayingWhy()
    {
        using var directory = new TempDirectory();
        var creator = Path.Combine(directory.Path, "creator.json");
        File.WriteAllText(creator, CreatorSnapshotJson.Serialize(SampleCreators.MidTierUs with { PeriodDays = 7 }));

        var (exit, output, error) = Run("project", "--input", creator, "--goal", "3000", "--paths", "20");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: A monthly income goal needs a snapshot of one month (28 to 31 days); this one covers 7 days", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50")]
    public void Project_PostsVanishingUntilNoCountHoldsTheMedianViews_IsAnInputErrorNamingTheMonth_NotABug(string paths)
    {
        var (exit, output, error) = Run("project", "--posts-growth=-99.99999999999999999999999%", "--months", "2", "--paths", paths);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: month 1 of the projection (", error, StringComparison.Ordinal);
        Assert.Contains("): $.brandDeals.medianViewsPerVideo is 35000 × 10000000000000000000000000; it must be at most 9,223,372,036,854,775,807", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GoalMonthAfterTheLastMonth_IsAUsageError()
    {
        var (exit, _, error) = Run("project", "--months", "6", "--goal", "100", "--goal-month", "7");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--goal-month is 7, after the last month projected (--months 6).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GrowthFile_IsRead_AndAFlagReplacesOneOfItsDrivers()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "growth.json");
        File.WriteAllText(file, """{ "Followers": { "Rate": 0.04 }, "Views": { "Distribution": "Range", "Low": 0.01, "Expected": 0.03, "High": 0.05 } }""");

        var (exit, output, error) = Run("project", "--growth", file, "--views-growth", "2%", "--paths", "0", "--months", "2", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal("followers +4%/month, views +2%/month", JsonDocument.Parse(output).RootElement.GetProperty("growth").GetString());
    }

    [Fact]
    public void Project_GrowthFileWithAMisspelledKey_IsAnErrorNamingTheFileAndTheKey_NotNoGrowth()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "growth.json");
        File.WriteAllText(file, """{ "Folowers": { "Rate": 0.04 } }""");

        var (exit, output, error) = Run("project", "--growth", file, "--paths", "0");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("growth.json", error, StringComparison.Ordinal);
        Assert.Contains("Folowers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GrowthFileWithAnInvalidRate_ListsTheProblem()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "growth.json");
        File.WriteAllText(file, """{ "Views": { "Rate": -1.5 } }""");

        var (exit, _, error) = Run("project", "--growth", file, "--paths", "0");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("Views.Rate is -1.5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_GrowthFileWithSeasonality_TakesItsMonthsFromStart()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "growth.json");
        File.WriteAllText(file, """{ "Views": { "Rate": 0.05 }, "Seasonality": [1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5] }""");

        var (exit, output, error) = Run("project", "--growth", file, "--start", "2027-12", "--months", "2", "--paths", "0", "--format", "json");
        var (withoutStart, _, refusal) = Run("project", "--growth", file, "--months", "2", "--paths", "0");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var months = JsonDocument.Parse(output).RootElement.GetProperty("months");
        Assert.StartsWith("2027-12", months[0].GetProperty("date").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputError, withoutStart);
        Assert.Contains("growth.json: StartMonth is not set; it must be a calendar month when Seasonality is given", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_SettingsFileWithSeasonality_TakesItsMonthsFromStart()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "Projections": { "Growth": { "Views": { "Rate": 0.05 }, "Seasonality": [1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5] } } } }""");

        var (exit, output, error) = Run("project", "--config", settings, "--start", "2027-12", "--months", "2", "--paths", "0", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("2027-12", JsonDocument.Parse(output).RootElement.GetProperty("months")[0].GetProperty("date").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Project_SettingsFileProjectionsSection_SetsTheGrowth()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "Projections": { "Growth": { "Views": { "Rate": 0.07 } }, "Simulation": { "Seed": 5 } } } }""");

        var (exit, output, error) = Run("project", "--config", settings, "--paths", "50", "--months", "2", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("views +7%/month", root.GetProperty("growth").GetString());
        Assert.Equal(5, root.GetProperty("simulation").GetProperty("seed").GetInt64());
    }

    [Fact]
    public void Project_SettingsFileWithAMisspelledProjectionsKey_IsAnError()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "Projections": { "Growth": { "Veiws": { "Rate": 0.07 } } } } }""");

        var (exit, _, error) = Run("project", "--config", settings, "--paths", "0");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("TikTokMonetization:Projections:Growth:Veiws", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.SVG")]
    public void Project_Plot_WritesARealImage(string name)
    {
        using var directory = new TempDirectory();
        var image = Path.Combine(directory.Path, name);

        var (exit, output, error) = Run("project", "--months", "3", "--views-growth", "3%", "--paths", "100", "--goal", "4000", "--plot", image);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"Chart written to {image}.", output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(image);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.True(bytes.Length > 10_000, $"a {bytes.Length}-byte PNG is too small to hold the chart");
        }
        else
        {
            var svg = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Goal: 4,000.00 USD by month 3", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Project_RedirectedStandardError_GetsNoProgressBar()
    {
        var (exit, _, error) = Run("project", "--months", "2", "--paths", "500");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.False(SimulationProgressBar.IsTerminal(new StringWriter(CultureInfo.InvariantCulture)));
    }

    private static IRevenueEngine Engine()
    {
        var provider = Provider();
        return provider.GetRequiredService<IRevenueEngine>();
    }

    private static ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBuiltInModels().AddProjections();
        return services.BuildServiceProvider();
    }
}
