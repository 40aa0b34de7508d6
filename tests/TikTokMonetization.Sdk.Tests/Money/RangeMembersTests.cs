namespace TikTokMonetization.Tests;

/// <summary>
/// The members of <see cref="ValueRange"/> and <see cref="MoneyRange"/> that every breakdown line and report reads: what
/// counts as exact, how a range prints, equality point by point, the named sum, and the refusals' words.
/// </summary>
public sealed class RangeMembersTests
{
    [Theory]
    [InlineData(2, 2, 2, true)]
    [InlineData(1, 2, 2, false)]
    [InlineData(2, 2, 3, false)]
    [InlineData(1, 2, 3, false)]
    public void ValueRange_IsExact_OnlyWhenLowAndHighAreTheSame(int low, int expected, int high, bool exact)
    {
        Assert.Equal(exact, new ValueRange(low, expected, high).IsExact);
    }

    [Fact]
    public void ValueRange_PrintsItsValueAlone_WhenExact_AndItsThreePoints_Otherwise()
    {
        Assert.Equal("2.50", ValueRange.Exactly(2.50m).ToString());
        Assert.Equal("1..3.0 (expected 2)", new ValueRange(1m, 2m, 3.0m).ToString());
    }

    [Fact]
    public void ValueRange_IsEqual_OnlyWhenEveryPointIs()
    {
        var range = new ValueRange(1m, 2m, 3m);

        Assert.True(range == new ValueRange(1.0m, 2.00m, 3m));
        Assert.False(range != new ValueRange(1.0m, 2.00m, 3m));
        Assert.Equal(range.GetHashCode(), new ValueRange(1.0m, 2.00m, 3m).GetHashCode());
        foreach (var other in new[] { new ValueRange(0m, 2m, 3m), new ValueRange(1m, 2.5m, 3m), new ValueRange(1m, 2m, 4m) })
        {
            Assert.False(range == other, other.ToString());
            Assert.True(range != other, other.ToString());
            Assert.False(range.Equals((object)other), other.ToString());
        }
    }

    [Fact]
    public void ValueRange_ScaledByZero_KeepsEachPointsOwnScale()
    {
        // Zero is not negative: the points stay in place, so each keeps the scale of the value it came from.
        var scaled = new ValueRange(1m, 2.5m, 3.75m).Scale(0m);

        Assert.Equal(["0", "0.0", "0.00"], new[] { scaled.Low, scaled.Expected, scaled.High }.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ValueRange_ScaledByOne_IsTheSameDigits_AndByOneWrittenWithDecimals_GainsThem()
    {
        // 1 leaves every point as it is (Scale returns the range itself); 1.00 is the same value written with two
        // decimals, and a product by it carries them, as decimal's multiplication does.
        var range = new ValueRange(1m, 2.5m, 3.75m);

        Assert.Equal(["1", "2.5", "3.75"], Texts(range.Scale(1m)));
        Assert.Equal(["1.00", "2.500", "3.7500"], Texts(range.Scale(1.00m)));
        Assert.Equal(["-3.75", "-2.5", "-1"], Texts(range.Scale(-1m)));
    }

    [Fact]
    public void MoneyRange_FromThreeEqualAmounts_IsExact()
    {
        var range = new MoneyRange(Money.Usd(5m), Money.Usd(5m), Money.Usd(5m));

        Assert.True(range.Amounts.IsExact);
        Assert.Equal(Money.Usd(5m), range.Low);
        Assert.Equal(Money.Usd(5m), range.High);
    }

    [Fact]
    public void MoneyRange_Add_AddsPointByPoint()
    {
        var sum = MoneyRange.Add(Usd(1m, 2m, 3m), Usd(10m, 20m, 30m));

        Assert.Equal([11m, 22m, 33m], new[] { sum.Low.Amount, sum.Expected.Amount, sum.High.Amount });
        Assert.Equal(Currency.Usd, sum.Currency);
    }

    [Fact]
    public void MoneyRange_IsEqual_OnlyWhenEveryPointIs()
    {
        var range = Usd(1m, 2m, 3m);

        Assert.False(range != Usd(1m, 2m, 3m));
        Assert.Equal(range.GetHashCode(), Usd(1.00m, 2m, 3m).GetHashCode());
        foreach (var other in new[] { Usd(0m, 2m, 3m), Usd(1m, 2.5m, 3m), Usd(1m, 2m, 4m) })
        {
            Assert.True(range != other, other.ToString());
            Assert.False(range.Equals(other), other.ToString());
        }
    }

    [Fact]
    public void MoneyRange_Prints_LowToHigh_WithTheExpectedAmount()
    {
        Assert.Equal("1.00 USD to 3.00 USD (expected 2.00 USD)", Usd(1m, 2m, 3m).ToString());
    }

    [Fact]
    public void MoneyRange_RefusesANegativeFactorAndANonPositiveRate_InWords()
    {
        var scale = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(1m, 2m, 3m).Scale(-0.5m));
        var convert = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(1m, 2m, 3m).ConvertTo(Currency.Eur, 0m));

        Assert.StartsWith("factor is -0.5; a money range is scaled by zero or more.", scale.Message, StringComparison.Ordinal);
        Assert.StartsWith("rate is 0; an exchange rate is greater than zero.", convert.Message, StringComparison.Ordinal);
    }

    private static MoneyRange Usd(decimal low, decimal expected, decimal high) => new(new ValueRange(low, expected, high), Currency.Usd);

    private static string[] Texts(ValueRange range) =>
        [.. new[] { range.Low, range.Expected, range.High }.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
