using System.Globalization;

namespace TikTokMonetization.Tests;

// Coins + Money and Coins + Diamonds do not compile: Coins declares arithmetic only with Coins and decimal factors,
// and there is no conversion between the units and money. That is a compile-time guarantee, so no runtime test can
// show it; converting coins to anything else goes through a rate card.
public sealed class CoinsTests
{
    [Fact]
    public void Arithmetic_GivesTheHandComputedResults()
    {
        Assert.Equal(new Coins(1_500m), new Coins(1_000m) + new Coins(500m));
        Assert.Equal(new Coins(-500m), new Coins(500m) - new Coins(1_000m));
        Assert.Equal(new Coins(-99m), -new Coins(99m));
        Assert.Equal(new Coins(2_970m), new Coins(99m) * 30m);
        Assert.Equal(new Coins(2_970m), 30m * new Coins(99m));
        Assert.Equal(new Coins(33.3m), new Coins(99.9m) / 3m);
    }

    [Fact]
    public void NamedTwins_AgreeWithOperators()
    {
        var a = new Coins(29_999m);
        var b = new Coins(0.5m);
        Assert.Equal(a + b, Coins.Add(a, b));
        Assert.Equal(a - b, Coins.Subtract(a, b));
        Assert.Equal(a * 1.5m, Coins.Multiply(a, 1.5m));
        Assert.Equal(a / 4m, Coins.Divide(a, 4m));
        Assert.Equal(-a, Coins.Negate(a));
    }

    [Fact]
    public void Overflow_And_DivisionByZero_Throw()
    {
        Assert.Throws<OverflowException>(() => new Coins(decimal.MaxValue) + new Coins(1m));
        Assert.Throws<OverflowException>(() => new Coins(decimal.MinValue) - new Coins(1m));
        Assert.Throws<OverflowException>(() => new Coins(decimal.MaxValue) * 2m);
        Assert.Throws<DivideByZeroException>(() => new Coins(1m) / 0m);
    }

    [Fact]
    public void Zero_IsTheDefault()
    {
        Assert.Equal(default, Coins.Zero);
        Assert.Equal(0m, Coins.Zero.Value);
    }

    [Fact]
    public void EqualityAndOrdering_KeepTheValueTypeContract()
    {
        ValueTypeContract.AssertOrdering(new Coins(-1m), Coins.Zero, new Coins(1_000m));
        ValueTypeContract.AssertOrdering(new Coins(0.1m), new Coins(0.11m), new Coins(1m));
        ValueTypeContract.AssertEqualValues(new Coins(1.0m), new Coins(1.00m));
        ValueTypeContract.AssertEquality(new Coins(5m), new Coins(5.000m), new Coins(5.001m));
    }

    [Theory]
    [InlineData("1000", "1000 coins")]
    [InlineData("12345.6", "12345.6 coins")]
    [InlineData("-3", "-3 coins")]
    [InlineData("0.0001", "0.0001 coins")]
    [InlineData("12.50", "12.5 coins")]
    [InlineData("1000.000", "1000 coins")]
    public void ToString_IsInvariant_EvenUnderAnotherCulture(string value, string expected) =>
        MoneyTests.WithCulture("de-DE", () =>
        {
            var coins = new Coins(decimal.Parse(value, CultureInfo.InvariantCulture));
            Assert.Equal(expected, coins.ToString());
            Assert.Equal(expected, $"{coins}");
        });

    [Fact]
    public void ToString_WithAFormat_UsesTheGivenCultureOrElseInvariant() =>
        MoneyTests.WithCulture("de-DE", () =>
        {
            Assert.Equal("1,000 coins", new Coins(1_000m).ToString("N0", null));
            Assert.Equal("1.000 coins", new Coins(1_000m).ToString("N0", CultureInfo.GetCultureInfo("de-DE")));
        });

    [Theory]
    [InlineData("1000 coins", "1000")]
    [InlineData("1000", "1000")]
    [InlineData("  12.5 COINS ", "12.5")]
    [InlineData("-7 coins", "-7")]
    public void TryParse_AcceptsANumberWithOrWithoutTheUnit(string text, string expected)
    {
        Assert.True(Coins.TryParse(text, out var coins));
        Assert.Equal(new Coins(decimal.Parse(expected, CultureInfo.InvariantCulture)), coins);
        Assert.Equal(coins, Coins.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("coins")]
    [InlineData("many coins")]
    [InlineData("1000 diamonds")]
    [InlineData("1000 USD")]
    [InlineData("1e3 coins")]
    public void TryParse_RejectsWhatIsNotCoins_WithoutThrowing(string? text)
    {
        Assert.False(Coins.TryParse(text, out var coins));
        Assert.Equal(Coins.Zero, coins);
    }

    [Fact]
    public void Parse_Garbage_ThrowsFormatExceptionQuotingTheTextAndTheExpectedForm()
    {
        var ex = Assert.Throws<FormatException>(() => Coins.Parse("lots"));
        Assert.Contains("'lots'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'1000 coins'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_AnotherType_ThrowsNamingBothTypes()
    {
        var ex = Assert.Throws<ArgumentException>(() => ((IComparable)new Coins(1m)).CompareTo(new Diamonds(1m)));
        Assert.Equal("obj", ex.ParamName);
        Assert.Contains("Coins", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Diamonds", ex.Message, StringComparison.Ordinal);
    }
}
