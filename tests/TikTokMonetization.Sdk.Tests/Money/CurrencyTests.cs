namespace TikTokMonetization.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("uSD")]
    public void FromCode_IsCaseInsensitive(string code) =>
        Assert.Equal(Currency.Usd, Currency.FromCode(code));

    [Theory]
    [InlineData("USD", 2, "0.01")]
    [InlineData("EUR", 2, "0.01")]
    [InlineData("JPY", 0, "1")]
    [InlineData("KRW", 0, "1")]
    [InlineData("BHD", 3, "0.001")]
    [InlineData("KWD", 3, "0.001")]
    public void FromCode_KnowsTheIsoMinorUnit(string code, int minorUnits, string minorUnit)
    {
        var currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(code, currency.ToString());
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(decimal.Parse(minorUnit, System.Globalization.CultureInfo.InvariantCulture), currency.MinorUnit);
    }

    [Fact]
    public void NamedCurrencies_MatchTheirCodes()
    {
        Assert.Equal(Currency.FromCode("EUR"), Currency.Eur);
        Assert.Equal(Currency.FromCode("GBP"), Currency.Gbp);
        Assert.Equal(Currency.FromCode("JPY"), Currency.Jpy);
        Assert.Equal(0, Currency.Jpy.MinorUnits);
    }

    [Fact]
    public void FromCode_UnknownCode_ThrowsListingTheKnownCodes()
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("'ABC'", ex.Message, StringComparison.Ordinal);
        foreach (var known in new[] { "BHD", "EUR", "JPY", "USD" })
        {
            Assert.Contains(known, ex.Message, StringComparison.Ordinal);
        }

        Assert.Contains("Currency.Create", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCode_UnknownCode_ListsTheKnownCodesInAlphabeticalOrder()
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));
        Assert.Contains("(AED, ARS, AUD, BGN, BHD, BRL, CAD, CHF, CLP, CNY, COP, CZK, DKK, EGP, EUR, GBP, HKD, HUF, IDR, ILS, INR, ISK, JPY, KRW, KWD, MXN, MYR, NGN, NOK, NZD, PEN, PHP, PLN, RON, SAR, SEK, SGD, THB, TRY, TWD, USD, VND, XXX, ZAR)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("GBP", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("BRL", 2)]
    [InlineData("MXN", 2)]
    [InlineData("CAD", 2)]
    [InlineData("AUD", 2)]
    [InlineData("NZD", 2)]
    [InlineData("CHF", 2)]
    [InlineData("SEK", 2)]
    [InlineData("NOK", 2)]
    [InlineData("DKK", 2)]
    [InlineData("PLN", 2)]
    [InlineData("CZK", 2)]
    [InlineData("HUF", 2)]
    [InlineData("RON", 2)]
    [InlineData("TRY", 2)]
    [InlineData("INR", 2)]
    [InlineData("IDR", 2)]
    [InlineData("MYR", 2)]
    [InlineData("PHP", 2)]
    [InlineData("SGD", 2)]
    [InlineData("THB", 2)]
    [InlineData("VND", 0)]
    [InlineData("CNY", 2)]
    [InlineData("HKD", 2)]
    [InlineData("TWD", 2)]
    [InlineData("ZAR", 2)]
    [InlineData("NGN", 2)]
    [InlineData("EGP", 2)]
    [InlineData("SAR", 2)]
    [InlineData("AED", 2)]
    [InlineData("ILS", 2)]
    [InlineData("ARS", 2)]
    [InlineData("CLP", 0)]
    [InlineData("COP", 2)]
    [InlineData("PEN", 2)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("BGN", 2)]
    [InlineData("ISK", 0)]
    [InlineData("XXX", 0)]
    public void FromCode_KnowsEveryListedCurrency_WithItsIso4217MinorUnits(string code, int minorUnits)
    {
        var currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("US1")]
    public void FromCode_MalformedCode_ThrowsArgumentException(string code) =>
        Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

    [Theory]
    [InlineData("USD")]
    [InlineData("bhd")]
    [InlineData("XXX")]
    public void TryFromCode_KnownCode_Succeeds(string code)
    {
        Assert.True(Currency.TryFromCode(code, out var currency));
        Assert.Equal(code.ToUpperInvariant(), currency.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData(" USD")]
    public void TryFromCode_UnknownCode_ReturnsFalseAndNone(string? code)
    {
        Assert.False(Currency.TryFromCode(code, out var currency));
        Assert.Equal(Currency.None, currency);
    }

    [Theory]
    [InlineData("abc", 2)]
    [InlineData("ABC", 0)]
    [InlineData("Zzz", 8)]
    public void Create_ValidCodeAndMinorUnits_StoresThemUpperCased(string code, int minorUnits)
    {
        var currency = Currency.Create(code, minorUnits);
        Assert.Equal(code.ToUpperInvariant(), currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(1m / (decimal)Math.Pow(10, minorUnits), currency.MinorUnit);
    }

    [Fact]
    public void Create_AKnownCodeWithItsIsoMinorUnits_EqualsTheBuiltIn() =>
        Assert.Equal(Currency.Usd, Currency.Create("usd", 2));

    [Theory]
    [InlineData("")]
    [InlineData("AB")]
    [InlineData("ABCD")]
    [InlineData("A1C")]
    [InlineData("A C")]
    [InlineData("ÄBC")]
    public void Create_CodeThatIsNotThreeAsciiLetters_Throws(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.Create(code, 2));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("three ASCII letters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullCode_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Currency.Create(null!, 2));

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void Create_MinorUnitsOutsideZeroToEight_Throws(int minorUnits)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Create("ABC", minorUnits));
        Assert.Equal("minorUnits", ex.ParamName);
        Assert.Contains($"minorUnits is {minorUnits}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsNoCurrency()
    {
        var currency = default(Currency);
        Assert.Equal("XXX", currency.Code);
        Assert.Equal(0, currency.MinorUnits);
        Assert.Equal(1m, currency.MinorUnit);
        Assert.Equal(Currency.None, currency);
        Assert.Equal(Currency.FromCode("XXX"), currency);
        Assert.Equal(Currency.Create("xxx", 0), currency);
        Assert.NotEqual(Currency.Usd, currency);
    }

    [Fact]
    public void Equality_KeepsTheValueTypeContract()
    {
        ValueTypeContract.AssertEquality(Currency.Usd, Currency.FromCode("usd"), Currency.Eur);
        ValueTypeContract.AssertEquality(default, Currency.FromCode("XXX"), Currency.Jpy);

        // A currency is its code and its minor units: the same code with other minor units is another currency.
        ValueTypeContract.AssertEquality(Currency.Jpy, Currency.Create("JPY", 0), Currency.Create("JPY", 2));
    }

    [Fact]
    public void Equality_OfCurrenciesCreatedSeparately_IsByCodeAndMinorUnits_NotByInstance()
    {
        // A listed code comes back as the shared instance; an unlisted one is made anew each time, and two such are still
        // the same currency, with the same hash and the same minor unit.
        var first = Currency.Create("XAF", 0);
        var second = Currency.Create("xaf", 0);

        ValueTypeContract.AssertEquality(first, second, Currency.Create("XAF", 2));
        Assert.Equal(1m, second.MinorUnit);
        Assert.Equal(0.001m, Currency.Create("XAF", 3).MinorUnit);
        Assert.Equal(1m, default(Currency).MinorUnit);
        Assert.NotEqual(Currency.Usd, Currency.Create("USD", 3));
    }
}
