using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// The growth side of projections at its edges: a driver that draws nothing grows like a fixed rate and leaves the
/// other drivers' draws alone, no drawn month multiplies a driver by more than the ceiling, a seasonal flow pushed
/// past the ceiling is stopped and flagged; driver levels' equality, their ceiling check and their refusals; and every
/// growth-assumption problem in its whole words, at the edges of what is allowed.
/// </summary>
public sealed class GrowthEdgeTests
{
    private static readonly CompoundGrowthModel Model = new();

    private static readonly string Nl = Environment.NewLine;

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static DriverLevels[] Path(GrowthAssumptions assumptions, int months, long seed = 5, long path = 0)
    {
        var levels = new DriverLevels[months];
        Model.SamplePath(assumptions, new SimulationRandom(seed, path), levels);
        return levels;
    }

    [Theory]
    [InlineData(GrowthDistribution.Range)]
    [InlineData(GrowthDistribution.LogNormal)]
    public void ADriverThatDrawsNothing_GrowsLikeAFixedRate_AndLeavesTheOtherDriversDrawsAlone(GrowthDistribution distribution)
    {
        // A range of one value, or a log-normal without spread, at a rate with twelve decimals.
        var rate = D("-0.012345678912");
        var still = distribution == GrowthDistribution.Range ? DriverGrowth.Between(rate, rate, rate) : DriverGrowth.LogNormal(rate, 0m);
        var drawn = DriverGrowth.LogNormal(0.01m, 0.2m);

        var path = Path(new GrowthAssumptions { Followers = still, Views = drawn }, 3);
        var fixedPath = Path(new GrowthAssumptions { Followers = DriverGrowth.Fixed(rate), Views = drawn }, 3);

        Assert.Equal(fixedPath, path);
        Assert.Equal((1m + rate) * (1m + rate) * (1m + rate), path[2].Followers);
        Assert.NotEqual(1m, path[2].Views);
    }

    [Fact]
    public void NoDrawnMonth_MultipliesADriverByMoreThanTheCeiling()
    {
        // The widest log-normal allowed: a month's factor 11 × e^(2z) passes 1,000 for z above 2.26. After a first month
        // that shrank the driver, such a draw must count as the ceiling, not as the thousands it drew.
        var assumptions = new GrowthAssumptions { Followers = DriverGrowth.LogNormal(DriverGrowth.MaxRate, DriverGrowth.MaxSpread) };
        var shrankThenLeapt = 0;
        for (var p = 0; p < 10_000; p++)
        {
            var levels = Path(assumptions, 2, seed: 11, path: p);
            Assert.True(levels[1].Followers <= levels[0].Followers * GrowthAssumptions.CeilingMultiple, $"path {p}: {levels[0].Followers} then {levels[1].Followers}");
            if (levels[0].Followers < 1m && levels[1].Followers == levels[0].Followers * GrowthAssumptions.CeilingMultiple)
            {
                shrankThenLeapt++;
            }
        }

        Assert.True(shrankThenLeapt > 0, "no path drew a factor at the ceiling after a shrinking month, so the test shows nothing");
    }

    [Fact]
    public void ASeasonalFlowPushedJustPastTheCeiling_IsStoppedThereAndFlagged()
    {
        // Views double every month: 2¹⁰ = 1,024, held at the ceiling of 1,000 in October; October's factor 1.001 then
        // puts them at 1,001, one above it.
        var seasonality = Enumerable.Repeat(1m, 12).ToList();
        seasonality[9] = 1.001m;
        var growth = new GrowthAssumptions { Views = DriverGrowth.Fixed(1m), Seasonality = seasonality, StartMonth = new DateTime(2027, 1, 1) };
        using var provider = TestServices.BuiltIns(b => b.AddProjections());

        var months = provider.GetRequiredService<IRevenueProjector>().Project(SampleCreators.MidTierUs, growth, 10).Months;

        Assert.Equal(1_001m, Model.Project(growth, 10, RangePoint.Expected).Views);
        Assert.Equal([GrowthDriver.Views], months[9].CappedDrivers);
        Assert.Equal(1_000m, months[9].Levels.Views);
        Assert.Equal(1_200_000L * 1_000, months[9].Snapshot.Videos.Views);
    }

    [Theory]
    [InlineData(GrowthDriver.Followers)]
    [InlineData(GrowthDriver.Views)]
    [InlineData(GrowthDriver.LiveHours)]
    [InlineData(GrowthDriver.AverageViewers)]
    [InlineData(GrowthDriver.Posts)]
    [InlineData(GrowthDriver.Engagement)]
    public void AnyAbove_IsTrueWhenOneDriverIsAboveTheMultiple_AndOnlyThen(GrowthDriver driver)
    {
        // The projector's ceiling check: a multiple equal to the limit is not above it.
        Assert.False(DriverLevels.Unchanged.AnyAbove(3m));
        Assert.False(DriverLevels.Unchanged.With(driver, 3m).AnyAbove(3m));
        Assert.True(DriverLevels.Unchanged.With(driver, 3.0000001m).AnyAbove(3m));
        Assert.True(DriverLevels.Unchanged.With(driver, 1.5m).AnyAbove(1m));
        Assert.False(new DriverLevels(3m, 3m, 3m, 3m, 3m, 3m).With(driver, 0.5m).AnyAbove(3m));
    }

    [Theory]
    [InlineData(GrowthDriver.Followers)]
    [InlineData(GrowthDriver.Views)]
    [InlineData(GrowthDriver.LiveHours)]
    [InlineData(GrowthDriver.AverageViewers)]
    [InlineData(GrowthDriver.Posts)]
    [InlineData(GrowthDriver.Engagement)]
    public void DriverLevels_AreEqualOnlyWhenEveryMultipleIs(GrowthDriver driver)
    {
        var moved = DriverLevels.Unchanged.With(driver, 2m);

        Assert.True(new DriverLevels(1m, 1m, 1m, 1m, 1m, 1m) == DriverLevels.Unchanged);
        Assert.False(new DriverLevels(1m, 1m, 1m, 1m, 1m, 1m) != DriverLevels.Unchanged);
        Assert.True(moved == DriverLevels.Unchanged.With(driver, 2.0m));
        Assert.False(moved != DriverLevels.Unchanged.With(driver, 2.0m));
        Assert.False(moved == DriverLevels.Unchanged);
        Assert.True(moved != DriverLevels.Unchanged);
        Assert.False(moved.Equals(DriverLevels.Unchanged));
        Assert.False(moved.Equals((object)DriverLevels.Unchanged));
        Assert.Equal(2m, moved[driver]);
    }

    [Fact]
    public void DriverLevels_TakeZero_ButRefuseANegativeMultiple_NamingIt()
    {
        var gone = new DriverLevels(1m, 0m, 1m, 1m, 1m, 1m);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DriverLevels(1m, -0.5m, 1m, 1m, 1m, 1m));
        var withError = Assert.Throws<ArgumentOutOfRangeException>(() => DriverLevels.Unchanged.With(GrowthDriver.Posts, -1m));

        Assert.Equal(0m, gone.Views);
        Assert.Equal(0m, DriverLevels.Unchanged.With(GrowthDriver.Posts, 0m).Posts);
        Assert.Equal("A driver's multiple must be zero or greater. (Parameter 'views')", FirstLine(error));
        Assert.Equal(-0.5m, error.ActualValue);
        Assert.Equal("A driver's multiple must be zero or greater. (Parameter 'multiple')", FirstLine(withError));
        Assert.Equal(-1m, withError.ActualValue);
    }

    [Fact]
    public void ADriverThatIsNotOne_IsRefused_ByDriverLevelsAndByTheAssumptions()
    {
        var notADriver = (GrowthDriver)42;
        ArgumentOutOfRangeException[] errors =
        [
            Assert.Throws<ArgumentOutOfRangeException>(() => DriverLevels.Unchanged[notADriver]),
            Assert.Throws<ArgumentOutOfRangeException>(() => DriverLevels.Unchanged.With(notADriver, 2m)),
            Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthAssumptions()[notADriver]),
            Assert.Throws<ArgumentOutOfRangeException>(() => new GrowthAssumptions()[notADriver] = DriverGrowth.None()),
        ];

        Assert.All(errors, e => Assert.Equal("Not a growth driver. (Parameter 'driver')", FirstLine(e)));
        Assert.All(errors, e => Assert.Equal(notADriver, e.ActualValue));
    }

    [Fact]
    public void Validate_ANullDriverOrSeasonality_IsAProblem_NotACrash()
    {
        var growth = new GrowthAssumptions { Followers = null!, Engagement = null!, Seasonality = null! };

        Assert.Equal(
            [
                "Followers is null; it must be a driver growth (use DriverGrowth.None() for none).",
                "Engagement is null; it must be a driver growth (use DriverGrowth.None() for none).",
                "Seasonality is null; it must be a list (empty for no seasonality).",
            ],
            Problems(growth));
    }

    [Fact]
    public void Validate_Seasonality_ItsCountEachFactorAndItsStartMonth_InWholeWords()
    {
        var growth = new GrowthAssumptions { Seasonality = [1m, 0m, 10m, 10.5m, -0.2m] };

        Assert.Equal(
            [
                "Seasonality is 5 factors; it must be empty or exactly 12 factors, January to December.",
                "Seasonality.1 is 0; it must be greater than 0 and at most 10.",
                "Seasonality.3 is 10.5; it must be greater than 0 and at most 10.",
                "Seasonality.4 is -0.2; it must be greater than 0 and at most 10.",
                "StartMonth is not set; it must be a calendar month when Seasonality is given (the factors are for calendar months).",
            ],
            Problems(growth));
    }

    [Fact]
    public void Validate_EachRateOfARangeAndALogNormal_IsCheckedByItsOwnPath()
    {
        var growth = new GrowthAssumptions
        {
            Views = DriverGrowth.Between(-1.5m, -1m, 10.5m),
            Engagement = DriverGrowth.LogNormal(-1m, 2.5m),
            Posts = new DriverGrowth { Distribution = (GrowthDistribution)7 },
            LiveHours = DriverGrowth.Fixed(0m).SaturatingAt(1_000.5m),
        };

        const string Rate = "a monthly rate above -1 (−100 %) and at most 10 (+1,000 %)";
        Assert.Equal(
            [
                $"Views.Low is -1.5; it must be {Rate}.",
                $"Views.Expected is -1; it must be {Rate}.",
                $"Views.High is 10.5; it must be {Rate}.",
                "LiveHours.MaxMultiple is 1000.5; it must be at least 1 (today's level) and at most 1000, or not set.",
                "Posts.Distribution is 7; it must be Fixed, Range or LogNormal.",
                $"Engagement.Median is -1; it must be {Rate}.",
                "Engagement.Spread is 2.5; it must be from 0 to 2.",
            ],
            Problems(growth));
    }

    [Fact]
    public void Validate_TheEdgesOfEachRange_AreAllowed()
    {
        var growth = new GrowthAssumptions
        {
            Followers = DriverGrowth.Fixed(DriverGrowth.MaxRate).SaturatingAt(1m),
            Views = DriverGrowth.Between(-0.9999m, 0m, DriverGrowth.MaxRate).SaturatingAt(GrowthAssumptions.CeilingMultiple),
            Engagement = DriverGrowth.LogNormal(DriverGrowth.MaxRate, DriverGrowth.MaxSpread),
            Seasonality = [.. Enumerable.Repeat(GrowthAssumptions.MaxSeasonalFactor, 11), 0.0001m],
            StartMonth = new DateTime(2027, 1, 1),
        };

        Assert.Empty(growth.Validate());
        Assert.Same(growth, growth.ThrowIfInvalid());
    }

    [Fact]
    public void InvalidAssumptions_SayHowManyProblems_AndListEachOnItsOwnLine()
    {
        var one = Assert.Throws<InvalidGrowthAssumptionsException>(() => new GrowthAssumptions { Views = DriverGrowth.Fixed(11m) }.ThrowIfInvalid());
        var two = Assert.Throws<InvalidGrowthAssumptionsException>(
            () => new GrowthAssumptions { Views = DriverGrowth.Fixed(11m), Posts = DriverGrowth.Fixed(-2m) }.ThrowIfInvalid());

        Assert.Equal("assumptions", one.ParamName);
        Assert.Equal(
            $"The growth assumptions are invalid (1 problem):{Nl}  - Views.Rate is 11; it must be a monthly rate above -1 (−100 %) and at most 10 (+1,000 %). (Parameter 'assumptions')",
            one.Message);
        Assert.Equal(
            $"The growth assumptions are invalid (2 problems):{Nl}"
            + $"  - Views.Rate is 11; it must be a monthly rate above -1 (−100 %) and at most 10 (+1,000 %).{Nl}"
            + "  - Posts.Rate is -2; it must be a monthly rate above -1 (−100 %) and at most 10 (+1,000 %). (Parameter 'assumptions')",
            two.Message);
        Assert.Equal(["Views.Rate", "Posts.Rate"], two.Problems.Select(p => p.Path));
    }

    // The message's first line; the second, "Actual value was …", is the runtime's, in the current culture.
    private static string FirstLine(Exception error) => error.Message.Split(Nl)[0];

    private static string[] Problems(GrowthAssumptions growth) => growth.Validate().Select(p => p.ToString()).ToArray();
}
