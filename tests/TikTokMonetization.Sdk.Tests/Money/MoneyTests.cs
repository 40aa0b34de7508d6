using System.Globalization;

namespace TikTokMonetization.Tests;

public sealed class MoneyTests
{
    private static readonly Currency Bhd = Currency.FromCode("BHD");

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

    [Fact]
    public void Arithmetic_GivesTheHandComputedResults()
    {
        Assert.Equal(Money.Usd(-1.25m), Money.Usd(2.00m) - Money.Usd(3.25m));
        Assert.Equal(Money.Usd(-2.50m), -Money.Usd(2.50m));
        Assert.Equal(Money.Usd(7.50m), Money.Usd(2.50m) * 3m);
        Assert.Equal(Money.Usd(7.50m), 3m * Money.Usd(2.50m));
        Assert.Equal(Money.Usd(0.625m), Money.Usd(2.50m) / 4m);
        Assert.Equal(new Money(150m, Currency.Jpy), new Money(100m, Currency.Jpy) * 1.5m);
    }

    [Fact]
    public void NamedTwins_AgreeWithOperators()
    {
        var a = Money.Usd(12.34m);
        var b = Money.Usd(0.66m);
        Assert.Equal(a + b, Money.Add(a, b));
        Assert.Equal(a - b, Money.Subtract(a, b));
        Assert.Equal(a * 2.5m, Money.Multiply(a, 2.5m));
        Assert.Equal(a / 2.5m, Money.Divide(a, 2.5m));
        Assert.Equal(-a, Money.Negate(a));
        Assert.Equal(Money.Usd(13.00m), Money.Add(a, b));
    }

    [Fact]
    public void Multiply_And_Divide_DoNotRound()
    {
        Assert.Equal(0.3333333333333333333333333333m, (Money.Usd(1m) / 3m).Amount);
        Assert.Equal(0.0001m, (Money.Usd(0.01m) * 0.01m).Amount);
    }

    [Fact]
    public void Operations_KeepTheCurrency()
    {
        var yen = new Money(100m, Currency.Jpy);
        Assert.Equal(Currency.Jpy, (yen + yen).Currency);
        Assert.Equal(Currency.Jpy, (yen - yen).Currency);
        Assert.Equal(Currency.Jpy, (-yen).Currency);
        Assert.Equal(Currency.Jpy, (yen * 3m).Currency);
        Assert.Equal(Currency.Jpy, (yen / 3m).Currency);
        Assert.Equal(Currency.Jpy, (yen / 3m).Round().Currency);
        Assert.All(yen.Split(3), part => Assert.Equal(Currency.Jpy, part.Currency));
    }

    [Fact]
    public void CurrencyMismatch_ThrowsOnEveryCombiningOrComparingOperation()
    {
        var usd = Money.Usd(1m);
        var eur = new Money(1m, Currency.Eur);

        AssertMismatch("add", () => usd + eur);
        AssertMismatch("add", () => Money.Add(usd, eur));
        AssertMismatch("subtract", () => usd - eur);
        AssertMismatch("subtract", () => Money.Subtract(usd, eur));
        AssertMismatch("compare", () => usd < eur);
        AssertMismatch("compare", () => usd <= eur);
        AssertMismatch("compare", () => usd > eur);
        AssertMismatch("compare", () => usd >= eur);
        AssertMismatch("compare", () => usd.CompareTo(eur));
        AssertMismatch("compare", () => ((IComparable)usd).CompareTo(eur));
        AssertMismatch("compare", () => Money.Max(usd, eur));
        AssertMismatch("compare", () => Money.Min(usd, eur));
        AssertMismatch("add", () => Money.Sum([usd, eur], Currency.Usd));
    }

    [Fact]
    public void CurrencyMismatch_NamesBothCurrenciesInOrder()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new Money(5m, Currency.Gbp).CompareTo(new Money(5m, Currency.Jpy)));
        Assert.Equal(Currency.Gbp, ex.Left);
        Assert.Equal(Currency.Jpy, ex.Right);
        Assert.Contains("GBP", ex.Message);
        Assert.Contains("JPY", ex.Message);
        Assert.True(ex.Message.IndexOf("GBP", StringComparison.Ordinal) < ex.Message.IndexOf("JPY", StringComparison.Ordinal));
    }

    [Fact]
    public void CurrencyMismatch_IsAnInvalidOperation() =>
        Assert.IsAssignableFrom<InvalidOperationException>(new CurrencyMismatchException("add", Currency.Usd, Currency.Eur));

    [Fact]
    public void Equality_AcrossCurrencies_IsFalseAndDoesNotThrow()
    {
        var usd = Money.Usd(1m);
        var eur = new Money(1m, Currency.Eur);
        Assert.False(usd == eur);
        Assert.True(usd != eur);
        Assert.False(usd.Equals(eur));
    }

    [Fact]
    public void Overflow_ThrowsInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MaxValue) + Money.Usd(1m));
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MinValue) - Money.Usd(1m));
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MaxValue) * 2m);
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MaxValue) / 0.5m);
        Assert.Throws<OverflowException>(() => Money.Sum([Money.Usd(decimal.MaxValue), Money.Usd(decimal.MaxValue)], Currency.Usd));
    }

    [Fact]
    public void Divide_ByZero_Throws() =>
        Assert.Throws<DivideByZeroException>(() => Money.Usd(1m) / 0m);

    [Fact]
    public void Sum_AddsExactly_AndIsZeroWhenEmpty()
    {
        Assert.Equal(Money.Usd(0.30m), Money.Sum([Money.Usd(0.10m), Money.Usd(0.10m), Money.Usd(0.10m)], Currency.Usd));
        Assert.Equal(Money.Zero(Currency.Jpy), Money.Sum([], Currency.Jpy));
        Assert.Equal(Currency.Jpy, Money.Sum([], Currency.Jpy).Currency);
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!, Currency.Usd));
    }

    [Fact]
    public void Sum_OfAnotherCurrencyThanRequested_Throws() =>
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Money.Usd(1m)], Currency.Eur));

    [Fact]
    public void MaxAndMin_PickByAmount()
    {
        Assert.Equal(Money.Usd(2m), Money.Max(Money.Usd(-3m), Money.Usd(2m)));
        Assert.Equal(Money.Usd(-3m), Money.Min(Money.Usd(-3m), Money.Usd(2m)));
    }

    [Fact]
    public void MaxAndMin_OnATie_ReturnTheFirstArgument()
    {
        // Equal amounts can differ in trailing zeros, which the amount keeps (and JSON writes): the tie goes to the left argument.
        Assert.Equal("12.500", Money.Max(Money.Usd(12.500m), Money.Usd(12.5m)).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("12.5", Money.Max(Money.Usd(12.5m), Money.Usd(12.500m)).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("12.500", Money.Min(Money.Usd(12.500m), Money.Usd(12.5m)).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("12.5", Money.Min(Money.Usd(12.5m), Money.Usd(12.500m)).Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CompareTo_AnotherType_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ((IComparable)Money.Usd(1m)).CompareTo(new Coins(1m)));
        Assert.Equal("obj", ex.ParamName);
        Assert.Contains("Cannot compare Money with Coins.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroAndDefault_AreWhatTheyClaim()
    {
        Assert.True(Money.Zero(Currency.Eur).IsZero);
        Assert.False(Money.Usd(0.01m).IsZero);
        Assert.Equal(Currency.Usd, Money.Usd(1m).Currency);

        // An uninitialised Money is "no currency", so it cannot be mistaken for dollars.
        Assert.Equal(Currency.None, default(Money).Currency);
        Assert.Equal("0 XXX", default(Money).ToString());
        Assert.Throws<CurrencyMismatchException>(() => default(Money) + Money.Usd(1m));
    }

    [Fact]
    public void EqualityAndOrdering_KeepTheValueTypeContract()
    {
        ValueTypeContract.AssertOrdering(Money.Usd(-1m), Money.Usd(0m), Money.Usd(2.50m));
        ValueTypeContract.AssertOrdering(Money.Usd(0.001m), Money.Usd(0.01m), Money.Usd(0.010001m));
        ValueTypeContract.AssertEqualValues(Money.Usd(1.0m), Money.Usd(1.00m));
        ValueTypeContract.AssertEqualValues(Money.Usd(0m), Money.Usd(-0.000m));
        ValueTypeContract.AssertEquality(Money.Usd(1m), Money.Usd(1.000m), new Money(1m, Currency.Eur));
        ValueTypeContract.AssertEquality(new Money(5m, Currency.Jpy), new Money(5m, Currency.Jpy), new Money(5m, Currency.Create("JPY", 2)));
    }

    [Theory]
    [InlineData("2.345", "USD", MidpointRounding.ToEven, "2.34")]
    [InlineData("2.345", "USD", MidpointRounding.AwayFromZero, "2.35")]
    [InlineData("2.355", "USD", MidpointRounding.ToEven, "2.36")]
    [InlineData("-2.345", "USD", MidpointRounding.ToEven, "-2.34")]
    [InlineData("-2.345", "USD", MidpointRounding.AwayFromZero, "-2.35")]
    [InlineData("2.3449", "USD", MidpointRounding.AwayFromZero, "2.34")]
    [InlineData("2.5", "JPY", MidpointRounding.ToEven, "2")]
    [InlineData("3.5", "JPY", MidpointRounding.ToEven, "4")]
    [InlineData("2.5", "JPY", MidpointRounding.AwayFromZero, "3")]
    [InlineData("-2.5", "JPY", MidpointRounding.AwayFromZero, "-3")]
    [InlineData("1.2345", "BHD", MidpointRounding.ToEven, "1.234")]
    [InlineData("1.2345", "BHD", MidpointRounding.AwayFromZero, "1.235")]
    [InlineData("1.2355", "BHD", MidpointRounding.ToEven, "1.236")]
    [InlineData("7.1", "USD", MidpointRounding.ToEven, "7.1")]
    public void Round_UsesTheCurrencysMinorUnitAndTheGivenMidpointRule(string amount, string code, MidpointRounding mode, string expected)
    {
        var currency = Currency.FromCode(code);
        var rounded = new Money(D(amount), currency).Round(mode);
        Assert.Equal(new Money(D(expected), currency), rounded);
    }

    [Fact]
    public void Round_DefaultsToBankersRounding()
    {
        Assert.Equal(Money.Usd(0.12m), Money.Usd(0.125m).Round());
        Assert.Equal(Money.Usd(0.14m), Money.Usd(0.135m).Round());
    }

    [Fact]
    public void Split_HundredDollarsInThree_GivesTheExtraCentToTheFirstPart() =>
        Assert.Equal([Money.Usd(33.34m), Money.Usd(33.33m), Money.Usd(33.33m)], Money.Usd(100.00m).Split(3));

    [Fact]
    public void Split_NegativeAmount_MirrorsThePositiveSplit() =>
        Assert.Equal([Money.Usd(-33.34m), Money.Usd(-33.33m), Money.Usd(-33.33m)], Money.Usd(-100.00m).Split(3));

    [Fact]
    public void Split_UsesEachCurrencysMinorUnit()
    {
        Assert.Equal([Yen(34m), Yen(33m), Yen(33m)], Yen(100m).Split(3));
        Assert.Equal([new Money(0.334m, Bhd), new Money(0.333m, Bhd), new Money(0.333m, Bhd)], new Money(1m, Bhd).Split(3));
    }

    [Fact]
    public void Split_SubMinorAmount_SplitsInItsOwnSmallestDigitAndSumsExactly()
    {
        var parts = Money.Usd(0.005m).Split(2);
        Assert.Equal([Money.Usd(0.003m), Money.Usd(0.002m)], parts);
        Assert.Equal(Money.Usd(0.005m), Money.Sum(parts, Currency.Usd));
    }

    [Fact]
    public void Split_OneCentInThree_NeverInventsCents() =>
        Assert.Equal([Money.Usd(0.01m), Money.Usd(0m), Money.Usd(0m)], Money.Usd(0.01m).Split(3));

    [Fact]
    public void Split_IntoOnePart_ReturnsTheAmount() =>
        Assert.Equal([Money.Usd(12.34m)], Money.Usd(12.34m).Split(1));

    [Fact]
    public void Split_OfZero_GivesZeros() =>
        Assert.Equal([Money.Usd(0m), Money.Usd(0m)], Money.Usd(0m).Split(2));

    [Fact]
    public void Split_WholeCentAmountWithTrailingZeros_SplitsInCents()
    {
        // 35.0000 is what views * a four-digit rate produces; it is a whole number of cents and equal to 35.00,
        // so it must split like 35.00 and not into parts a payout cannot hold.
        var fromRate = Money.Usd(1000m * 0.0350m);
        Assert.Equal(4, decimal.GetBits(fromRate.Amount)[3] >> 16);
        Assert.Equal([Money.Usd(11.67m), Money.Usd(11.67m), Money.Usd(11.66m)], fromRate.Split(3));
        Assert.Equal(Money.Usd(35.00m).Split(3), fromRate.Split(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Split_IntoFewerThanOnePart_Throws(int parts)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Usd(1m).Split(parts));
        Assert.Equal("parts", ex.ParamName);
        Assert.Contains($"parts is {parts}; it must be 1 or greater.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_EqualWeights_MatchesSplit() =>
        Assert.Equal(Money.Usd(100m).Split(3), Money.Usd(100m).Allocate([1m, 1m, 1m]));

    [Fact]
    public void Allocate_ByPercentages_GivesExactShares() =>
        Assert.Equal([Money.Usd(50m), Money.Usd(30m), Money.Usd(20m)], Money.Usd(100m).Allocate([0.5m, 0.3m, 0.2m]));

    [Fact]
    public void Allocate_LeftoverCent_GoesToTheLargestDiscardedFraction()
    {
        // Exact shares in cents: 50.5, 30.3, 20.2. Floors take 100 of 101; the half cent is the largest fraction.
        Assert.Equal([Money.Usd(0.51m), Money.Usd(0.30m), Money.Usd(0.20m)], Money.Usd(1.01m).Allocate([0.5m, 0.3m, 0.2m]));

        // Exact shares in cents: 3.3, 6.7. The 0.7 wins over the earlier 0.3.
        Assert.Equal([Money.Usd(0.03m), Money.Usd(0.07m)], Money.Usd(0.10m).Allocate([1m, 2m]));
    }

    [Fact]
    public void Allocate_AllToOneWeight_GivesTheWholeAmountThere() =>
        Assert.Equal([Money.Usd(0m), Money.Usd(100m)], Money.Usd(100m).Allocate([0m, 1m]));

    [Fact]
    public void Allocate_ZeroWeight_NeverReceivesALeftoverUnit()
    {
        // Exact shares in cents: 1.5, 0, 1.5. The tie between the two halves goes to the earlier part.
        Assert.Equal([Money.Usd(0.02m), Money.Usd(0m), Money.Usd(0.01m)], Money.Usd(0.03m).Allocate([1m, 0m, 1m]));
        Assert.Equal([Money.Usd(0m), Money.Usd(0.01m), Money.Usd(0m)], Money.Usd(0.01m).Allocate([0m, 1m, 1m]));
    }

    [Fact]
    public void Allocate_AtTheDecimalLimit_GivesNothingToAZeroWeight()
    {
        // Near decimal's limit the shares round, and nine units are left over after the floors: they cycle through every
        // part, so the zero weight is reached and must be passed over.
        var third = Money.Usd(26_409_387_504_754_779_197_847_983_445m);
        Assert.Equal([Money.Usd(0m), third, third, third], Money.Usd(decimal.MaxValue).Allocate([0m, 1m, 1m, 1m]));
        Assert.Equal([third, third, third, Money.Usd(0m)], Money.Usd(decimal.MaxValue).Allocate([1m, 1m, 1m, 0m]));
    }

    [Fact]
    public void Allocate_EmptyWeights_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate([]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NegativeWeight_ThrowsNamingItsIndexAndValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate([1m, 2m, -0.5m]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("weights[2]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-0.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_AllZeroWeights_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate([0m, 0m]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("weights sum to 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NullWeights_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Money.Usd(1m).Allocate(null!));

    [Fact]
    public void Allocate_TheLargestAmount_StillSumsExactly()
    {
        // At this size decimal has no room for cents; the parts must still add up to the amount.
        var parts = Money.Usd(decimal.MaxValue).Split(3);
        Assert.Equal(Money.Usd(decimal.MaxValue), Money.Sum(parts, Currency.Usd));
        Assert.Equal(Money.Usd(decimal.MinValue), Money.Sum(Money.Usd(decimal.MinValue).Allocate([1m, 2m]), Currency.Usd));
    }

    [Theory]
    [InlineData("1234.5", "USD", "1234.50 USD")]
    [InlineData("0.005", "USD", "0.005 USD")]
    [InlineData("-12.3", "USD", "-12.30 USD")]
    [InlineData("100", "JPY", "100 JPY")]
    [InlineData("100.25", "JPY", "100.25 JPY")]
    [InlineData("1.5", "BHD", "1.500 BHD")]
    [InlineData("0", "EUR", "0.00 EUR")]
    [InlineData("1000000", "USD", "1000000.00 USD")]
    public void ToString_IsInvariant_KeepsEveryDigit_AndIgnoresTheCurrentCulture(string amount, string code, string expected)
    {
        var money = new Money(D(amount), Currency.FromCode(code));
        WithCulture("de-DE", () =>
        {
            Assert.Equal(expected, money.ToString());
            Assert.Equal(expected, $"{money}");
            Assert.Equal(expected, money.ToString(null, null));
        });
    }

    [Fact]
    public void ToString_WithAFormat_UsesTheGivenCultureOrElseInvariant() =>
        WithCulture("de-DE", () =>
        {
            var money = Money.Usd(1234.5m);
            Assert.Equal("1,234.50 USD", money.ToString("N2", null));
            Assert.Equal("1.234,50 USD", money.ToString("N2", CultureInfo.GetCultureInfo("de-DE")));
        });

    [Theory]
    [InlineData("12.34 USD", "12.34", "USD")]
    [InlineData("USD 12.34", "12.34", "USD")]
    [InlineData("  12.34 usd  ", "12.34", "USD")]
    [InlineData("-5 JPY", "-5", "JPY")]
    [InlineData("0.005 USD", "0.005", "USD")]
    [InlineData("BHD 1.500", "1.5", "BHD")]
    [InlineData("0 XXX", "0", "XXX")]
    public void TryParse_AcceptsAmountAndCodeInEitherOrder(string text, string amount, string code)
    {
        WithCulture("de-DE", () =>
        {
            Assert.True(Money.TryParse(text, out var money));
            Assert.Equal(new Money(D(amount), Currency.FromCode(code)), money);
            Assert.Equal(money, Money.Parse(text));
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12.34")]
    [InlineData("USD")]
    [InlineData("12.34USD")]
    [InlineData("12.34 ABC")]
    [InlineData("12.34 US")]
    [InlineData("12.34 USD EUR")]
    [InlineData("USD USD")]
    [InlineData("twelve USD")]
    [InlineData("1e3 USD")]
    [InlineData("$12.34")]
    public void TryParse_RejectsWhatIsNotMoney_WithoutThrowing(string? text)
    {
        Assert.False(Money.TryParse(text, out var money));
        Assert.Equal(default, money);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("12.34 ABC")]
    public void Parse_Garbage_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    private static Money Yen(decimal amount) => new(amount, Currency.Jpy);

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static void AssertMismatch(string operation, Func<object> action)
    {
        var ex = Assert.Throws<CurrencyMismatchException>(action);
        Assert.Equal(Currency.Usd, ex.Left);
        Assert.Equal(Currency.Eur, ex.Right);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot {operation} ", ex.Message, StringComparison.Ordinal);
    }

    internal static void WithCulture(string name, Action action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
