using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The edges of a breakdown line: which lines its constructor and the builder's <c>Limited(...)</c> refuse and with what
/// words, how each kind of line reads as text, and the exact answer its arithmetic check gives for every kind — a right
/// line, each way a line can be wrong, the line too large to check, and the two tolerances (a relative one of 1e-20 of
/// the larger value and an absolute one of 1e-24) at and just past their edges.
/// </summary>
public sealed class BreakdownLineEdgeTests
{
    public static TheoryData<decimal, decimal, decimal, string> WrongProductLines() => new()
    {
        { 11m, 18m, 28m, "its low amount 11 is not 2 × 5 = 10" },
        { 10m, 17m, 28m, "its expected amount 17 is not 3 × 6 = 18" },
        { 10m, 18m, 27m, "its high amount 27 is not 4 × 7 = 28" },
        { 11m, 17m, 27m, "its low amount 11 is not 2 × 5 = 10" },
        { 10m, 17m, 27m, "its expected amount 17 is not 3 × 6 = 18" },
    };

    public static TheoryData<decimal, decimal, decimal, string> WrongLimitedLines() => new()
    {
        { 0.3m, 0.6m, 1m, "its low amount 0.3 is not 1 × 0.3 = 0.3 held within 0.5..1 (0.5)" },
        { 0.5m, 0.7m, 1m, "its expected amount 0.7 is not 2 × 0.3 = 0.6" },
        { 0.5m, 0.6m, 1.2m, "its high amount 1.2 is not 4 × 0.3 = 1.2 held within 0.5..1 (1)" },
        { 0.4m, 0.7m, 0.9m, "its low amount 0.4 is not 1 × 0.3 = 0.3 held within 0.5..1 (0.5)" },
        { 0.5m, 0.7m, 0.9m, "its expected amount 0.7 is not 2 × 0.3 = 0.6" },
    };

    public static TheoryData<decimal, decimal, decimal, string> WrongIndependentLines() => new()
    {
        { 10m, 19m, 28m, "its expected amount 19 is not the expected quantity times the expected rate (18)" },
        { 9m, 18m, 28m, "its low amount 9 is below every product of the factors' ends (the least is 10)" },
        { 10m, 18m, 29m, "its high amount 29 is above every product of the factors' ends (the greatest is 28)" },
        {
            9.99999999999999999989m, 18m, 28m,
            "its low amount 9.99999999999999999989 is below every product of the factors' ends (the least is 10)"
        },
        {
            10m, 18m, 28.00000000000000000029m,
            "its high amount 28.00000000000000000029 is above every product of the factors' ends (the greatest is 28)"
        },
    };

    public static TheoryData<decimal, decimal, decimal> RightIndependentLines() => new()
    {
        // On the corners, strictly inside them, and just within the relative tolerance outside them.
        { 10m, 18m, 28m },
        { 12m, 18m, 25m },
        { 9.9999999999999999999m, 18m, 28.00000000000000000028m },
    };

    public static TheoryData<decimal, decimal, decimal, string> WrongInterpolationAmounts() => new()
    {
        { 0.3m, 0.6m, 1.2m, "its low and high amounts (0.3, 1.2) are not the rate's ends (0.4, 1.2)" },
        { 0.4m, 0.6m, 1.3m, "its low and high amounts (0.4, 1.3) are not the rate's ends (0.4, 1.2)" },
        { 0.4m, 0.7m, 1.2m, "its expected amount 0.7 is not low + quantity × (high − low) = 0.600" },
    };

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Constructor_AKindOutsideTheEnumeration_IsRefusedNamingTheKind(int value)
    {
        var kind = (BreakdownLineKind)value;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Line(kind, null, null));

        Assert.Equal("kind", error.ParamName);
        Assert.Equal(kind, error.ActualValue);
        Assert.Equal(
            "Breakdown line 'Score': kind must be Product, IndependentProduct, Limited or Interpolation. (Parameter 'kind')",
            FirstLine(error));
    }

    [Theory]
    [InlineData(BreakdownLineKind.Product)]
    [InlineData(BreakdownLineKind.IndependentProduct)]
    [InlineData(BreakdownLineKind.Interpolation)]
    public void Constructor_ADefinedKindWithoutBounds_IsKept(BreakdownLineKind kind)
    {
        var line = Line(kind, null, null);

        Assert.Equal(kind, line.Kind);
        Assert.Null(line.Minimum);
        Assert.Null(line.Maximum);
    }

    [Fact]
    public void Constructor_LimitedWithNeitherBound_IsRefusedNamingTheMinimum()
    {
        var error = Assert.Throws<ArgumentException>(() => Line(BreakdownLineKind.Limited, null, null));

        Assert.Equal("minimum", error.ParamName);
        Assert.Equal(
            "Breakdown line 'Score' is Limited but has neither a minimum nor a maximum; give at least one. (Parameter 'minimum')",
            error.Message);
    }

    [Fact]
    public void Constructor_LimitedWithOnlyAMinimum_IsKept()
    {
        var line = Line(BreakdownLineKind.Limited, 0.5m, null);

        Assert.Equal(BreakdownLineKind.Limited, line.Kind);
        Assert.Equal(0.5m, line.Minimum);
        Assert.Null(line.Maximum);
    }

    [Fact]
    public void Constructor_LimitedWithOnlyAMaximum_IsKept()
    {
        var line = Line(BreakdownLineKind.Limited, null, 1m);

        Assert.Equal(BreakdownLineKind.Limited, line.Kind);
        Assert.Null(line.Minimum);
        Assert.Equal(1m, line.Maximum);
    }

    [Fact]
    public void Constructor_LimitedWithTheMinimumAboveTheMaximum_IsRefusedNamingTheMinimum()
    {
        var error = Assert.Throws<ArgumentException>(() => Line(BreakdownLineKind.Limited, 2.5m, 1.25m));

        Assert.Equal("minimum", error.ParamName);
        Assert.Equal("Breakdown line 'Score': minimum 2.5 is greater than maximum 1.25. (Parameter 'minimum')", error.Message);
    }

    [Fact]
    public void Constructor_LimitedWithEqualBounds_IsKept()
    {
        var line = Line(BreakdownLineKind.Limited, 1m, 1m);

        Assert.Equal(1m, line.Minimum);
        Assert.Equal(1m, line.Maximum);
    }

    [Theory]
    [InlineData(BreakdownLineKind.Product, true, false, "minimum")]
    [InlineData(BreakdownLineKind.Product, false, true, "maximum")]
    [InlineData(BreakdownLineKind.Product, true, true, "minimum")]
    [InlineData(BreakdownLineKind.IndependentProduct, false, true, "maximum")]
    [InlineData(BreakdownLineKind.Interpolation, true, false, "minimum")]
    public void Constructor_BoundsOnAKindOtherThanLimited_AreRefusedNamingTheBoundGiven(
        BreakdownLineKind kind, bool withMinimum, bool withMaximum, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(
            () => Line(kind, withMinimum ? 0m : null, withMaximum ? 1m : null));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(
            "Breakdown line 'Score' is " + kind + "; only a Limited line has a minimum or a maximum. (Parameter '" + parameter + "')",
            error.Message);
    }

    [Fact]
    public void ToString_AProduct_ReadsAsQuantityTimesRateGivesAmount()
    {
        var line = BreakdownLine.For("Diamonds collected")
            .Quantity(new ValueRange(10m, 12m, 15m), "coins")
            .Times(0.5m, "diamonds per coin")
            .Gives(new ValueRange(5m, 6m, 7.5m), "diamonds", "rate card");

        Assert.Equal(
            "Diamonds collected: 10..15 (expected 12) coins × 0.5 diamonds per coin = 5..7.5 (expected 6) diamonds [rate card]",
            line.ToString());
    }

    [Fact]
    public void ToString_AnIndependentProduct_SaysHowTheEndsWereCombined()
    {
        var line = BreakdownLine.For("Clicks")
            .Quantity(1000m, "views")
            .TimesIndependent(new ValueRange(0.01m, 0.02m, 0.03m), "clicks per view")
            .Gives(new ValueRange(12m, 20m, 28m), "clicks", "assumption");

        Assert.Equal(
            "Clicks: 1000 views × 0.01..0.03 (expected 0.02) clicks per view = 12..28 (expected 20) clicks, "
            + "expected × expected, with low and high combined as independent uncertainties [assumption]",
            line.ToString());
    }

    [Fact]
    public void ToString_ALimitedLineWithOnlyAMinimum_SaysAtLeast()
    {
        var line = LimitedScore(ValueRange.Exactly(2m), 0.5m, null, ValueRange.Exactly(0.6m));

        Assert.Equal("Score: 2 signals × 0.3 per signal = 0.6 score, the product held at least 0.5 [model]", line.ToString());
    }

    [Fact]
    public void ToString_ALimitedLineWithOnlyAMaximum_SaysAtMost()
    {
        var line = LimitedScore(ValueRange.Exactly(2m), null, 1m, ValueRange.Exactly(0.6m));

        Assert.Equal("Score: 2 signals × 0.3 per signal = 0.6 score, the product held at most 1 [model]", line.ToString());
    }

    [Fact]
    public void ToString_ALimitedLineWithBothBounds_SaysWithin()
    {
        var line = LimitedScore(ValueRange.Exactly(2m), 0.5m, 1m, ValueRange.Exactly(0.6m));

        Assert.Equal("Score: 2 signals × 0.3 per signal = 0.6 score, the product held within 0.5..1 [model]", line.ToString());
    }

    [Fact]
    public void ToString_AnInterpolation_SaysWhereBetweenTheEndsTheQuantityPlacesTheAmount()
    {
        var line = Interpolation(new ValueRange(0.4m, 0.6m, 1.2m), new ValueRange(0.4m, 0.6m, 1.2m));

        Assert.Equal(
            "RPM: 0.25 engagement of the way from 0.4 to 1.2 USD per 1,000 views = 0.4..1.2 (expected 0.6) USD per 1,000 views [band]",
            line.ToString());
    }

    [Fact]
    public void ArithmeticProblem_ARightProduct_IsNone()
    {
        Assert.Null(Product(10m, 18m, 28m).ArithmeticProblem());
    }

    [Theory]
    [MemberData(nameof(WrongProductLines))]
    public void ArithmeticProblem_AWrongProduct_NamesTheFirstWrongPoint(decimal low, decimal expected, decimal high, string problem)
    {
        Assert.Equal(problem, Product(low, expected, high).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_AProductBeyondDecimalsRange_SaysItCannotBeChecked()
    {
        var line = BreakdownLine.For("Coins").Quantity(decimal.MaxValue, "coins").Times(2m, "per coin").Gives(1m, "coins", "test");

        Assert.Equal("its quantity times its rate is beyond decimal's range, so the line cannot be checked", line.ArithmeticProblem());
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(1, -1)]
    public void ArithmeticProblem_AnAmountOfTheOtherSignNearDecimalsLimit_IsWrong_NotUncheckable(int amountSign, int productSign)
    {
        // The difference of the two is beyond decimal's range, but the line is plainly wrong and must say so.
        var product = productSign * 70_000_000_000_000_000_000_000_000_000m;
        var amount = amountSign * 70_000_000_000_000_000_000_000_000_000m;

        Assert.Equal(
            FormattableString.Invariant($"its low amount {amount} is not {product} × 1 = {product}"),
            Times(product, amount).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ALimitedLineHeldAtItsMinimumAndMaximum_IsNone()
    {
        // The products are 0.3, 0.6 and 1.2: the low is raised to the minimum, the high lowered to the maximum, the middle kept.
        Assert.Null(LimitedScore(0.5m, 1m, new ValueRange(0.5m, 0.6m, 1m)).ArithmeticProblem());
    }

    [Theory]
    [MemberData(nameof(WrongLimitedLines))]
    public void ArithmeticProblem_AWrongLimitedLine_NamesTheFirstWrongPointAndHowItWasHeld(
        decimal low, decimal expected, decimal high, string problem)
    {
        Assert.Equal(problem, LimitedScore(0.5m, 1m, new ValueRange(low, expected, high)).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ALimitedLineWithOnlyAMinimum_SaysAtLeastWhenHeld()
    {
        var line = LimitedScore(0.5m, null, new ValueRange(0.3m, 0.6m, 1.2m));

        Assert.Equal("its low amount 0.3 is not 1 × 0.3 = 0.3 held at least 0.5 (0.5)", line.ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ALimitedLineWithOnlyAMaximum_SaysAtMostWhenHeld()
    {
        var line = LimitedScore(null, 1m, new ValueRange(0.3m, 0.6m, 1.2m));

        Assert.Equal("its high amount 1.2 is not 4 × 0.3 = 1.2 held at most 1 (1)", line.ArithmeticProblem());
    }

    [Theory]
    [MemberData(nameof(RightIndependentLines))]
    public void ArithmeticProblem_ARightIndependentProduct_IsNone(decimal low, decimal expected, decimal high)
    {
        Assert.Null(Independent(low, expected, high).ArithmeticProblem());
    }

    [Theory]
    [MemberData(nameof(WrongIndependentLines))]
    public void ArithmeticProblem_AWrongIndependentProduct_SaysWhichEndIsOutsideTheCorners(
        decimal low, decimal expected, decimal high, string problem)
    {
        Assert.Equal(problem, Independent(low, expected, high).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ARightInterpolation_IsNone()
    {
        Assert.Null(Interpolation(new ValueRange(0.4m, 0.6m, 1.2m), new ValueRange(0.4m, 0.6m, 1.2m)).ArithmeticProblem());
    }

    [Theory]
    [MemberData(nameof(WrongInterpolationAmounts))]
    public void ArithmeticProblem_AnInterpolationWithAWrongAmount_SaysWhichPartIsWrong(
        decimal low, decimal expected, decimal high, string problem)
    {
        var line = Interpolation(new ValueRange(0.4m, 0.6m, 1.2m), new ValueRange(low, expected, high));

        Assert.Equal(problem, line.ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_AnInterpolationWhoseRateMiddleIsNotThePlacedPoint_SaysSo()
    {
        var line = Interpolation(new ValueRange(0.4m, 0.8m, 1.2m), new ValueRange(0.4m, 0.6m, 1.2m));

        Assert.Equal(
            "its rate's expected value 0.8 is not the point the quantity places, low + quantity × (high − low) = 0.600",
            line.ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ADifferenceExactlyAtTheRelativeTolerance_IsAccepted()
    {
        // 1e-20 of the larger value, 1.00000000000000000001, rounds to 1e-20, the difference.
        Assert.Null(Times(1m, 1.00000000000000000001m).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ADifferenceJustAboveTheRelativeTolerance_IsRefused()
    {
        Assert.Equal(
            "its low amount 1.0000000000000000000100000001 is not 1 × 1 = 1",
            Times(1m, 1.0000000000000000000100000001m).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_TheRelativeToleranceIsOfTheLargerValue_NotTheSmaller()
    {
        // The difference is 1.00000001e-20. 1e-20 of the larger value rounds up to it (accepted); 1e-20 of the smaller,
        // 1.0000000049999999999999999999, rounds down to 1e-20 (which would refuse it).
        Assert.Null(Times(1.0000000049999999999999999999m, 1.0000000050000000000100000000m).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ADifferenceExactlyAtTheAbsoluteTolerance_IsAccepted()
    {
        Assert.Null(Times(0.000000000000000000000001m, 0m).ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_ADifferenceJustAboveTheAbsoluteTolerance_IsRefused()
    {
        Assert.Equal(
            "its low amount 0 is not 0.0000000000000000000000010001 × 1 = 0.0000000000000000000000010001",
            Times(0.0000000000000000000000010001m, 0m).ArithmeticProblem());
    }

    [Fact]
    public void Limited_BeforeAnyRate_IsRefused()
    {
        var builder = BreakdownLine.For("Score").Quantity(2m, "signals");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Limited(0m, 1m));

        Assert.Equal("Breakdown line 'Score': Limited(...) holds a product within bounds; call Times(...) before it.", error.Message);
    }

    [Fact]
    public void Limited_AfterTimesIndependent_IsRefused()
    {
        var builder = BreakdownLine.For("Score").Quantity(2m, "signals").TimesIndependent(ValueRange.Exactly(0.3m), "per signal");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Limited(0m, 1m));

        Assert.Equal("Breakdown line 'Score': Limited(...) holds a product within bounds; call Times(...) before it.", error.Message);
    }

    [Fact]
    public void Limited_AfterInterpolating_IsRefused()
    {
        var builder = BreakdownLine.For("Score").Quantity(0.25m, "engagement").Interpolating(new ValueRange(0.4m, 0.6m, 1.2m), "USD");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Limited(0m, 1m));

        Assert.Equal("Breakdown line 'Score': Limited(...) holds a product within bounds; call Times(...) before it.", error.Message);
    }

    [Fact]
    public void Limited_WithNeitherBound_IsRefusedNamingTheMinimum()
    {
        var builder = BreakdownLine.For("Score").Quantity(2m, "signals").Times(0.3m, "per signal");

        var error = Assert.Throws<ArgumentException>(() => builder.Limited(null, null));

        Assert.Equal("minimum", error.ParamName);
        Assert.Equal("Breakdown line 'Score': Limited(...) needs a minimum, a maximum or both. (Parameter 'minimum')", error.Message);
    }

    [Fact]
    public void Limited_WithTheMinimumAboveTheMaximum_IsRefusedNamingTheMinimum()
    {
        var builder = BreakdownLine.For("Score").Quantity(2m, "signals").Times(0.3m, "per signal");

        var error = Assert.Throws<ArgumentException>(() => builder.Limited(1.5m, 1.25m));

        Assert.Equal("minimum", error.ParamName);
        Assert.Equal("Breakdown line 'Score': minimum 1.5 is greater than maximum 1.25. (Parameter 'minimum')", error.Message);
    }

    [Fact]
    public void Limited_WithEqualBounds_GivesALimitedLine()
    {
        var line = BreakdownLine.For("Score").Quantity(2m, "signals").Times(0.3m, "per signal").Limited(1m, 1m).Gives(1m, "score", "model");

        Assert.Equal(BreakdownLineKind.Limited, line.Kind);
        Assert.Equal(1m, line.Minimum);
        Assert.Equal(1m, line.Maximum);
        Assert.Null(line.ArithmeticProblem());
    }

    [Fact]
    public void Limited_AfterAnotherLimited_ReplacesTheBounds()
    {
        var line = BreakdownLine.For("Score")
            .Quantity(2m, "signals")
            .Times(0.3m, "per signal")
            .Limited(0.7m, 1m)
            .Limited(null, 0.5m)
            .Gives(0.5m, "score", "model");

        Assert.Equal(BreakdownLineKind.Limited, line.Kind);
        Assert.Null(line.Minimum);
        Assert.Equal(0.5m, line.Maximum);
        Assert.Null(line.ArithmeticProblem());
    }

    // The message's first line; the second, "Actual value was …", is the runtime's, in the current culture.
    private static string FirstLine(Exception error) => error.Message.Split(Environment.NewLine)[0];

    private static BreakdownLine Line(BreakdownLineKind kind, decimal? minimum, decimal? maximum) =>
        new("Score", ValueRange.Exactly(2m), "signals", ValueRange.Exactly(0.3m), "per signal", ValueRange.Exactly(0.6m), "score", "model", kind, minimum, maximum);

    // 2..4 (expected 3) × 5..7 (expected 6): the products at the points are 10, 18 and 28.
    private static BreakdownLine Product(decimal low, decimal expected, decimal high) =>
        BreakdownLine.For("Diamonds")
            .Quantity(new ValueRange(2m, 3m, 4m), "coins")
            .Times(new ValueRange(5m, 6m, 7m), "diamonds per coin")
            .Gives(new ValueRange(low, expected, high), "diamonds", "rate card");

    // The same factors taken as independent: the expected product is 18 and the corners are 10, 14, 20 and 28.
    private static BreakdownLine Independent(decimal low, decimal expected, decimal high) =>
        BreakdownLine.For("Clicks")
            .Quantity(new ValueRange(2m, 3m, 4m), "views")
            .TimesIndependent(new ValueRange(5m, 6m, 7m), "clicks per view")
            .Gives(new ValueRange(low, expected, high), "clicks", "assumption");

    // An exact quantity times an exact rate of 1, with the given amount.
    private static BreakdownLine Times(decimal quantity, decimal amount) =>
        BreakdownLine.For("Exact").Quantity(quantity, "units").Times(1m, "per unit").Gives(amount, "units", "test");

    // 1..4 (expected 2) signals × 0.3: the products at the points are 0.3, 0.6 and 1.2.
    private static BreakdownLine LimitedScore(decimal? minimum, decimal? maximum, ValueRange amount) =>
        LimitedScore(new ValueRange(1m, 2m, 4m), minimum, maximum, amount);

    private static BreakdownLine LimitedScore(ValueRange signals, decimal? minimum, decimal? maximum, ValueRange amount) =>
        BreakdownLine.For("Score")
            .Quantity(signals, "signals")
            .Times(0.3m, "per signal")
            .Limited(minimum, maximum)
            .Gives(amount, "score", "model");

    // 0.25 of the way from 0.4 to 1.2 places the amount at 0.4 + 0.25 × 0.8 = 0.6.
    private static BreakdownLine Interpolation(ValueRange rate, ValueRange amount) =>
        BreakdownLine.For("RPM")
            .Quantity(0.25m, "engagement")
            .Interpolating(rate, "USD per 1,000 views")
            .Gives(amount, "USD per 1,000 views", "band");

    [Fact]
    public void ArithmeticProblem_AnAmountFarFromAProductInRange_SaysWhatItShouldBe()
    {
        // The product is within decimal's range; only the check's difference (-1 less the product) is not. The line is
        // wrong, and the check says how, rather than that it cannot be checked.
        var line = BreakdownLine.For("Coins").Quantity(1m, "coins").Times(decimal.MaxValue, "per coin").Gives(-1m, "coins", "test");

        Assert.Equal("its low amount -1 is not 1 × 79228162514264337593543950335 = 79228162514264337593543950335", line.ArithmeticProblem());
    }

    [Fact]
    public void ArithmeticProblem_AnInterpolationAcrossDecimalsWholeRange_IsNone()
    {
        // The ends' difference (10^29) is beyond decimal's range; the placed point is not.
        var ends = new ValueRange(-50000000000000000000000000000m, 0m, 50000000000000000000000000000m);
        var line = BreakdownLine.For("X").Quantity(0.5m, "share").Interpolating(ends, "u").Gives(ends, "u", "t");

        Assert.Null(line.ArithmeticProblem());
    }
}
