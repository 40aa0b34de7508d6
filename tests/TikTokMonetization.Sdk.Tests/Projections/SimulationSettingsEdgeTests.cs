using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// What a simulation is asked for, at its edges: the settings' documented defaults, every bound accepted at its value
/// and refused one past it, the path-months rule with its words, the texts of refused percentiles and threads, the
/// message of one problem and of several; an income goal's bounds, texts and refusals; the share of progress; and the
/// start-up messages for missing growth assumptions or simulation settings.
/// </summary>
public sealed class SimulationSettingsEdgeTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes_AndValid()
    {
        var settings = new SimulationSettings();

        Assert.Equal(12, settings.Months);
        Assert.Equal(10_000, settings.Paths);
        Assert.Equal(1L, settings.Seed);
        Assert.Equal([10m, 50m, 90m], settings.Percentiles);
        Assert.Equal(-1, settings.MaxDegreeOfParallelism);
        Assert.Empty(settings.Validate());
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(120, 20_000, 20, 256)]
    [InlineData(12, 200_000, 3, -1)]
    public void EveryBound_IsAccepted_AtItsValue(int months, int paths, int percentiles, int threads)
    {
        var settings = new SimulationSettings { Months = months, Paths = paths, Percentiles = Enumerable.Repeat(50m, percentiles).ToList(), MaxDegreeOfParallelism = threads };

        Assert.Empty(settings.Validate());
    }

    [Theory]
    [InlineData(25, 100_000, "Paths is 100,000; it must be at most 96,000 for 25 months (paths × months at most 2,400,000).")]
    [InlineData(120, 20_001, "Paths is 20,001; it must be at most 20,000 for 120 months (paths × months at most 2,400,000).")]
    [InlineData(200, 20_000, "Months is 200; it must be from 1 to 120.")]
    [InlineData(12, 200_001, "Paths is 200,001; it must be from 1 to 200,000.")]
    public void OnePastABound_IsOneProblem_SayingWhatIsAllowed(int months, int paths, string problem)
    {
        var settings = new SimulationSettings { Months = months, Paths = paths };

        Assert.Equal([problem], settings.Validate().Select(p => p.ToString()));
    }

    [Fact]
    public void Percentiles_MissingEmptyOrTooMany_AreRefusedSayingHowMany()
    {
        Assert.Equal(["Percentiles is null; it must be one to twenty percentiles."], new SimulationSettings { Percentiles = null! }.Validate().Select(p => p.ToString()));
        Assert.Equal(["Percentiles is 0 values; it must be one to twenty percentiles."], new SimulationSettings { Percentiles = [] }.Validate().Select(p => p.ToString()));
        Assert.Equal(["Percentiles is 21 values; it must be one to twenty percentiles."], new SimulationSettings { Percentiles = Enumerable.Repeat(50m, 21).ToList() }.Validate().Select(p => p.ToString()));
    }

    [Fact]
    public void Threads_BeyondTheMost_AreRefusedSayingWhatIsAllowed()
    {
        var settings = new SimulationSettings { MaxDegreeOfParallelism = 257 };

        Assert.Equal(["MaxDegreeOfParallelism is 257; it must be -1 (every core) or from 1 to 256."], settings.Validate().Select(p => p.ToString()));
    }

    [Fact]
    public void ThrowIfInvalid_OneProblem_SaysOneProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new SimulationSettings { Months = 0 }.ThrowIfInvalid());

        Assert.Equal("settings", error.ParamName);
        Assert.Equal(
            "The simulation settings are invalid (1 problem):" + Environment.NewLine
            + "  - Months is 0; it must be from 1 to 120. (Parameter 'settings')",
            error.Message);
    }

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ListsEachOnALine()
    {
        var error = Assert.Throws<ArgumentException>(() => new SimulationSettings { Months = 0, Paths = 0 }.ThrowIfInvalid());

        Assert.Equal(
            "The simulation settings are invalid (2 problems):" + Environment.NewLine
            + "  - Months is 0; it must be from 1 to 120." + Environment.NewLine
            + "  - Paths is 0; it must be from 1 to 200,000. (Parameter 'settings')",
            error.Message);
    }

    [Fact]
    public void ThrowIfInvalid_ValidSettings_ReturnsThemForChaining()
    {
        var settings = new SimulationSettings();

        Assert.Same(settings, settings.ThrowIfInvalid());
    }

    [Fact]
    public void IncomeGoal_TheFirstMonthAndAnyPositiveIncome_AreAccepted_AndDescribed()
    {
        var goal = new IncomeGoal(Money.Usd(0.01m), 1);

        Assert.Equal(1, goal.ByMonth);
        Assert.Equal("0.01 USD a month by month 1", goal.ToString());
        Assert.Equal("4500.00 USD a month by month 6", new IncomeGoal(Money.Usd(4_500m), 6).ToString());
    }

    [Fact]
    public void IncomeGoal_OfNothing_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IncomeGoal(Money.Usd(0m), 3));

        Assert.Equal("monthlyIncome", error.ParamName);
        Assert.Equal(Money.Usd(0m), error.ActualValue);
        Assert.Equal("A goal must be an income greater than zero. (Parameter 'monthlyIncome')" + Environment.NewLine + "Actual value was 0.00 USD.", error.Message);
    }

    [Fact]
    public void IncomeGoal_BeforeTheFirstMonth_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IncomeGoal(Money.Usd(100m), 0));

        Assert.Equal("byMonth", error.ParamName);
        Assert.Equal("A goal's month is 1 or later. (Parameter 'byMonth')" + Environment.NewLine + "Actual value was 0.", error.Message);
    }

    [Theory]
    [InlineData(0, 0, 1d)]
    [InlineData(0, 40, 0d)]
    [InlineData(10, 40, 0.25d)]
    [InlineData(40, 40, 1d)]
    public void Progress_Fraction_IsTheShareOfPathsDone_AndAllOfNothing(int completed, int total, double fraction)
    {
        Assert.Equal(fraction, new SimulationProgress(completed, total).Fraction);
    }

    [Fact]
    public void AddProjections_MissingAssumptionsOrSettings_FailAtStartWithTheirPaths()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddProjections(o =>
        {
            o.Growth = null!;
            o.Simulation = null!;
        }));

        Assert.Equal(
            [
                "TikTokMonetization:Projections:Growth is null; it must be growth assumptions.",
                "TikTokMonetization:Projections:Simulation is null; it must be simulation settings.",
            ],
            TestServices.StartupFailures(provider));
    }
}
