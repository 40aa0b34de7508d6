using System.Globalization;

namespace TikTokMonetization.Tests;

// Diamonds + Money and Diamonds + Coins do not compile: Diamonds declares arithmetic only with Diamonds and decimal
// factors, and there is no conversion between the units and money. That is a compile-time guarantee, so no runtime
// test can show it; turning diamonds into money goes through a rate card.
public sealed class DiamondsTests
{
    [Fact]
    public void Arithmetic_GivesTheHandComputedResults()
    {
        Assert.Equal(new Diamonds(7_500m), new Diamonds(5_000m) + new Diamonds(2_500m));
        Assert.Equal(new Diamonds(-0.5m), new Diamonds(2m) - new Diamonds(2.5m));
        Assert.Equal(new Diamonds(-1m), -new Diamonds(1m));
        Assert.Equal(new Diamonds(2_500m), new Diamonds(5_000m) * 0.5m);
        Assert.Equal(new Diamonds(2_500m), 0.5m * new Diamonds(5_000m));
        Assert.Equal(new Diamonds(1_666.5m), new Diamonds(3_333m) / 2m);
    }

    [Fact]
    public void NamedTwins_AgreeWithOperators()
    {
        var a = new Diamonds(44_999.5m);
        var b = new Diamonds(12m);
        Assert.Equal(a + b, Diamonds.Add(a, b));
        Assert.Equal(a - b, Diamonds.Subtract(a, b));
        Assert.Equal(a * 0.05m, Diamonds.Multiply(a, 0.05m));
        Assert.Equal(a / 3m, Diamonds.Divide(a, 3m));
        Assert.Equal(-a, Diamonds.Negate(a));
    }

    [Fact]
    public void Overflow_And_DivisionByZero_Throw()
    {
        Assert.Throws<OverflowException>(() => new Diamonds(decimal.MaxValue) + new Diamonds(1m));
        Assert.Throws<OverflowException>(() => new Diamonds(decimal.MinValue) - new Diamonds(1m));
        Assert.Throws<OverflowException>(() => 2m * new Diamonds(decimal.MinValue));
        Assert.Throws<DivideByZeroException>(() => new Diamonds(1m) / 0m);
    }

    [Fact]
    public void Zero_IsTheDefault()
    {
        Assert.Equal(default, Diamonds.Zero);
        Assert.Equal(0m, Diamonds.Zero.Value);
    }

    [Fact]
    public void EqualityAndOrdering_KeepTheValueTypeContract()
    {
        ValueTypeContract.AssertOrdering(new Diamonds(-0.01m), Diamonds.Zero, new Diamonds(0.01m));
        ValueTypeContract.AssertEqualValues(new Diamonds(100m), new Diamonds(100.000m));
        ValueTypeContract.AssertEqualValues(Diamonds.Zero, -Diamonds.Zero);
        ValueTypeContract.AssertEquality(new Diamonds(2.5m), new Diamonds(2.50m), new Diamonds(-2.5m));
    }

    [Theory]
    [InlineData("1000", "1000 diamonds")]
    [InlineData("0.5", "0.5 diamonds")]
    [InlineData("-42.125", "-42.125 diamonds")]
    [InlineData("1000000", "1000000 diamonds")]
    [InlineData("0.50", "0.5 diamonds")]
    [InlineData("7.000", "7 diamonds")]
    public void ToString_IsInvariant_EvenUnderAnotherCulture(string value, string expected) =>
        MoneyTests.WithCulture("fr-FR", () =>
        {
            var diamonds = new Diamonds(decimal.Parse(value, CultureInfo.InvariantCulture));
            Assert.Equal(expected, diamonds.ToString());
            Assert.Equal(expected, $"{diamonds}");
        });

    [Fact]
    public void ToString_WithAFormat_AppendsTheUnit() =>
        Assert.Equal("1,234.5 diamonds", new Diamonds(1_234.5m).ToString("#,0.0", CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_WithAFormat_UsesTheGivenCultureOrElseInvariant() =>
        MoneyTests.WithCulture("de-DE", () =>
        {
            Assert.Equal("1,234.5 diamonds", new Diamonds(1_234.5m).ToString("N1", null));
            Assert.Equal("1.234,5 diamonds", new Diamonds(1_234.5m).ToString("N1", CultureInfo.GetCultureInfo("de-DE")));
        });

    [Theory]
    [InlineData("1000 diamonds", "1000")]
    [InlineData("1000", "1000")]
    [InlineData("0.25 Diamonds", "0.25")]
    [InlineData("\t-3 diamonds\n", "-3")]
    public void TryParse_AcceptsANumberWithOrWithoutTheUnit(string text, string expected)
    {
        Assert.True(Diamonds.TryParse(text, out var diamonds));
        Assert.Equal(new Diamonds(decimal.Parse(expected, CultureInfo.InvariantCulture)), diamonds);
        Assert.Equal(diamonds, Diamonds.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("diamonds")]
    [InlineData("1000 coins")]
    [InlineData("1000 gems")]
    [InlineData("NaN")]
    public void TryParse_RejectsWhatIsNotDiamonds_WithoutThrowing(string? text)
    {
        Assert.False(Diamonds.TryParse(text, out var diamonds));
        Assert.Equal(Diamonds.Zero, diamonds);
    }

    [Fact]
    public void Parse_Garbage_ThrowsFormatExceptionQuotingTheText()
    {
        var ex = Assert.Throws<FormatException>(() => Diamonds.Parse("shiny"));
        Assert.Contains("shiny", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_AnotherType_ThrowsNamingBothTypes()
    {
        var ex = Assert.Throws<ArgumentException>(() => ((IComparable)new Diamonds(1m)).CompareTo(new Coins(1m)));
        Assert.Equal("obj", ex.ParamName);
        Assert.Contains("Diamonds", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Coins", ex.Message, StringComparison.Ordinal);
    }
}
