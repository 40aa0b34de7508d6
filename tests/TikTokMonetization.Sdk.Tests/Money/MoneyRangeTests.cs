namespace TikTokMonetization.Tests;

/// <summary>
/// A money range of three amounts holds one currency: the constructor refuses amounts in different currencies and out
/// of order, so the range can keep the currency once without losing anything.
/// </summary>
public sealed class MoneyRangeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Constructor_RefusesAPointInAnotherCurrency(int point)
    {
        var amounts = new[] { Money.Usd(1m), Money.Usd(2m), Money.Usd(3m) };
        amounts[point] = new Money(amounts[point].Amount, Currency.Eur);

        Assert.Throws<CurrencyMismatchException>(() => new MoneyRange(amounts[0], amounts[1], amounts[2]));
    }

    [Fact]
    public void Constructor_RefusesPointsOutOfOrder_NamingThem()
    {
        var error = Assert.Throws<ArgumentException>(() => new MoneyRange(Money.Usd(2m), Money.Usd(1m), Money.Usd(3m)));

        Assert.StartsWith("A money range must satisfy low <= expected <= high; got low 2.00 USD, expected 1.00 USD, high 3.00 USD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_AreTheAmountsGiven_InTheirCurrency_TrailingZerosIncluded()
    {
        var range = new MoneyRange(new Money(1.50m, Currency.Jpy), new Money(2m, Currency.Jpy), new Money(3.000m, Currency.Jpy));

        Assert.Equal((1.50m, 2m, 3.000m), (range.Low.Amount, range.Expected.Amount, range.High.Amount));
        Assert.Equal("3.000", range.High.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Currency.Jpy, range.Currency);
        Assert.Equal(Currency.Jpy, range.Low.Currency);
        Assert.Equal(new ValueRange(1.50m, 2m, 3m), range.Amounts);
    }

    [Fact]
    public void Default_IsZeroInNoCurrency()
    {
        var range = default(MoneyRange);

        Assert.Equal(MoneyRange.Zero(Currency.None), range);
        Assert.Equal(Currency.None, range.High.Currency);
        Assert.Equal(0m, range.High.Amount);
    }
}
