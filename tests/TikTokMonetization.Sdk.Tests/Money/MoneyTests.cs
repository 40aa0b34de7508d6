namespace TikTokMonetization.Tests;



public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_SumsAmounts() =>
        Assert.Equal(Money.Usd(5.25m), Money.Usd(2.00m) + Money.Usd(3.25m));

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Usd(1m) + new Money(1m, Currency.Eur));
        Assert.Contains("USD", ex.Message);
        Assert.Contains("EUR", ex.Message);
    }
}
