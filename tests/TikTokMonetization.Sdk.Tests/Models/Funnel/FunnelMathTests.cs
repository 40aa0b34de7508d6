using System.Globalization;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class FunnelMathTests
{
    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.1, 10.0)]
    [InlineData(0.01, 100.0)]
    [InlineData(0.001, 1000.0)]
    public void Times_KeepsTwelveSignificantDigitsOfTheSpreadFactor_WhateverItsSize(double low, double high)
    {
        // Two factors with expected value 1 and the same spread: the product's bounds are the spread factors themselves,
        // exp(∓√2 × ln(high)), from about 2.7 (and 0.37) to about 17,000 (and 0.000057).
        var factor = new ValueRange((decimal)low, 1m, (decimal)high);

        var product = FunnelMath.Times(factor, factor);

        var spread = Math.Sqrt(2d) * Math.Log(high);
        AssertTwelveDigitsOf(Math.Exp(spread), product.High);
        AssertTwelveDigitsOf(Math.Exp(-spread), product.Low);
        Assert.Equal(1m, product.Expected);
    }

    [Fact]
    public void TimesExpected_IsTimesExpectedPoint_WithAPlainZero()
    {
        var quantity = new ValueRange(0m, 0.000m, 5m);
        var rate = new ValueRange(0.10m, 0.25m, 0.50m);

        Assert.Equal("0", FunnelMath.TimesExpected(0.000m, 0.25m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(FunnelMath.Times(quantity, rate).Expected.ToString(CultureInfo.InvariantCulture), FunnelMath.TimesExpected(0.000m, 0.25m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(FunnelMath.Times(rate, rate).Expected, FunnelMath.TimesExpected(0.25m, 0.25m));
    }

    private static void AssertTwelveDigitsOf(double exact, decimal actual)
    {
        var text = actual.ToString(CultureInfo.InvariantCulture);
        var digits = (text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0') : text).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        Assert.True(digits.Length <= 12, $"{actual} has {digits.Length} significant digits; the factor keeps 12.");
        Assert.True(Math.Abs(((double)actual / exact) - 1d) < 1e-11, $"{actual} is not {exact} to 12 significant digits.");
    }
}
