using System.Globalization;
using TikTokMonetization.Models.Funnel;

namespace TikTokMonetization.Tests;

/// <summary>The public product of independent uncertain factors (<see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/>) at its edges.</summary>
public sealed class IndependentProductTests
{
    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.1, 10.0)]
    [InlineData(0.01, 100.0)]
    [InlineData(0.001, 1000.0)]
    public void MultiplyIndependent_KeepsTwelveSignificantDigitsOfTheSpreadFactor_WhateverItsSize(double low, double high)
    {
        // Two factors with expected value 1 and the same spread: the product's bounds are the spread factors themselves,
        // exp(∓√2 × ln(high)), from about 2.7 (and 0.37) to about 17,000 (and 0.000057).
        var factor = new ValueRange((decimal)low, 1m, (decimal)high);

        var product = ValueRange.MultiplyIndependent(factor, factor);

        var spread = Math.Sqrt(2d) * Math.Log(high);
        AssertTwelveDigitsOf(Math.Exp(spread), product.High);
        AssertTwelveDigitsOf(Math.Exp(-spread), product.Low);
        Assert.Equal(1m, product.Expected);
    }

    [Fact]
    public void TheFunnelsExpectedProduct_IsMultiplyIndependentsExpectedPoint_WithAPlainZero()
    {
        var quantity = new ValueRange(0m, 0.000m, 5m);
        var rate = new ValueRange(0.10m, 0.25m, 0.50m);

        Assert.Equal("0", FunnelSteps.ExpectedProduct(0.000m, 0.25m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ValueRange.MultiplyIndependent(quantity, rate).Expected.ToString(CultureInfo.InvariantCulture), FunnelSteps.ExpectedProduct(0.000m, 0.25m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ValueRange.MultiplyIndependent(rate, rate).Expected, FunnelSteps.ExpectedProduct(0.25m, 0.25m));
    }

    [Fact]
    public void MultiplyIndependent_ASpreadFactorAboveTenToTheTwelfth_KeepsItsWholeDigitsInsteadOfFailing()
    {
        // A bound 10^13 times its expected value: the factor has more whole digits than the twelve kept, so it is rounded
        // to a whole number (no negative number of decimal places).
        var product = ValueRange.MultiplyIndependent(new ValueRange(1m, 1m, 10_000_000_000_000m), new ValueRange(0.5m, 1m, 2m));

        var exact = Math.Exp(Math.Sqrt((Math.Log(1e13) * Math.Log(1e13)) + (Math.Log(2d) * Math.Log(2d))));
        Assert.Equal(decimal.Truncate(product.High), product.High);
        Assert.True(Math.Abs(((double)product.High / exact) - 1d) < 1e-12, $"{product.High} is not {exact}.");
    }

    [Fact]
    public void MultiplyIndependent_AnExpectedAVanishingFractionOfItsHigh_ReachesTheHighDownFromTheCorner_WithoutOverflow()
    {
        // ln(10^22) and ln(10^19) give a spread of e^66.9, about 10^29: beyond decimal on its own, so the high is taken
        // down from the corner 10^12 × 10^9, as expected × e^66.9, about 1.07 × 10^9.
        var quantity = new ValueRange(0m, 0.0000000001m, 1_000_000_000_000m);
        var rate = new ValueRange(0m, 0.0000000001m, 1_000_000_000m);

        var product = ValueRange.MultiplyIndependent(quantity, rate);

        var spread = Math.Sqrt((Math.Log(1e22) * Math.Log(1e22)) + (Math.Log(1e19) * Math.Log(1e19)));
        var exact = 1e-20 * Math.Exp(spread);
        Assert.True(Math.Abs(((double)product.High / exact) - 1d) < 1e-11, $"{product.High} is not {exact} to 11 significant digits.");
        Assert.True(product.High < 1_000_000_000_000_000_000_000m);
        AssertTwelveDigitsOf(exact, product.High);
        Assert.Equal(0.00000000000000000001m, product.Expected);
        Assert.Equal(0m, product.Low);
    }

    [Fact]
    public void MultiplyIndependent_ABoundMoreThanDecimalsRangeAboveItsExpectedValue_GivesTheCornerProduct()
    {
        // The quantity's high is 10^29 times its expected value (a ratio decimal cannot hold), the rate's spread is below
        // a double's precision: the root of the sum of squares equals the sum, so the high is the corner product itself.
        var quantity = new ValueRange(0m, 0.00000000000000000001m, 1_000_000_000m);
        var rate = new ValueRange(1m, 1m, 1.000000000000000000000000001m);

        var product = ValueRange.MultiplyIndependent(quantity, rate);

        Assert.Equal(1_000_000_000m * 1.000000000000000000000000001m, product.High);
    }

    [Fact]
    public void Scale_MultipliesEveryBoundByTheFactor_AndOneLeavesTheRange()
    {
        var range = new ValueRange(1.5m, 2m, 4m);

        Assert.Equal(new ValueRange(3.75m, 5m, 10m), range.Scale(2.5m));
        Assert.Equal(new ValueRange(0.75m, 1m, 2m), range.Scale(0.5m));
        Assert.Equal(range, range.Scale(1m));
    }

    [Fact]
    public void AtMost_CapsEachPoint_AndKeepsTheOrder()
    {
        var range = new ValueRange(0.2m, 0.5m, 0.9m);

        Assert.Equal(new ValueRange(0.2m, 0.4m, 0.4m), range.AtMost(0.4m));
        Assert.Equal(new ValueRange(0.1m, 0.1m, 0.1m), range.AtMost(0.1m));
        Assert.Equal(range, range.AtMost(1m));
    }

    [Theory]
    [InlineData(-0.1, 1, 2, 1, 1, 1, "left")]
    [InlineData(1, 1, 1, -2, 0.5, 1, "right")]
    public void MultiplyIndependent_ANegativeBound_IsRefusedNamingTheFactor(double l1, double e1, double h1, double l2, double e2, double h2, string parameter)
    {
        var left = new ValueRange((decimal)l1, (decimal)e1, (decimal)h1);
        var right = new ValueRange((decimal)l2, (decimal)e2, (decimal)h2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.MultiplyIndependent(left, right));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("must not be negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiplyIndependent_ByAFactorComputedOnce_RefusesANegativeLeftBound_InWords()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.MultiplyIndependent(new ValueRange(-0.1m, 1m, 2m), new IndependentFactor(new ValueRange(1m, 2m, 3m))));

        Assert.Equal("left", error.ParamName);
        Assert.StartsWith("An independent factor must not be negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiplyIndependent_WithOneExactFactor_IsThePointByPointProduct()
    {
        // An observed quantity times an uncertain rate keeps hand-checkable arithmetic.
        var rate = new ValueRange(0.01m, 0.02m, 0.05m);

        Assert.Equal(ValueRange.Multiply(ValueRange.Exactly(1_234m), rate), ValueRange.MultiplyIndependent(ValueRange.Exactly(1_234m), rate));
        Assert.Equal(ValueRange.Multiply(rate, ValueRange.Exactly(3m)), ValueRange.MultiplyIndependent(rate, ValueRange.Exactly(3m)));
    }

    private static void AssertTwelveDigitsOf(double exact, decimal actual)
    {
        var text = actual.ToString(CultureInfo.InvariantCulture);
        var digits = (text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0') : text).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        Assert.True(digits.Length <= 12, $"{actual} has {digits.Length} significant digits; the factor keeps 12.");
        Assert.True(Math.Abs(((double)actual / exact) - 1d) < 1e-11, $"{actual} is not {exact} to 12 significant digits.");
    }
}
