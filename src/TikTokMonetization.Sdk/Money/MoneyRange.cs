namespace TikTokMonetization;

/// <summary>A low, expected and high amount of money in one currency, with <c>Low &lt;= Expected &lt;= High</c>.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct MoneyRange : IEquatable<MoneyRange>
{
    // One currency for the three points (the constructors ensure they share it): 56 bytes where three Money were 96.
    private readonly decimal _low;
    private readonly decimal _expected;
    private readonly decimal _high;
    private readonly Currency _currency;

    /// <summary>Initializes a new instance of the <see cref="MoneyRange"/> struct.</summary>
    /// <param name="low">The low amount.</param>
    /// <param name="expected">The expected amount.</param>
    /// <param name="high">The high amount.</param>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="ArgumentException">The amounts are not in order <c>low &lt;= expected &lt;= high</c>.</exception>
    public MoneyRange(Money low, Money expected, Money high)
    {
        if (low > expected || expected > high)
        {
            throw new ArgumentException($"A money range must satisfy low <= expected <= high; got low {low}, expected {expected}, high {high}.");
        }

        _low = low.Amount;
        _expected = expected.Amount;
        _high = high.Amount;
        _currency = expected.Currency;
    }

    /// <summary>Initializes a new instance of the <see cref="MoneyRange"/> struct from a range of amounts in one currency.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <param name="currency">The currency.</param>
    public MoneyRange(ValueRange amounts, Currency currency)
    {
        _low = amounts.Low;
        _expected = amounts.Expected;
        _high = amounts.High;
        _currency = currency;
    }

    /// <summary>Gets the low amount.</summary>
    public Money Low => new(_low, _currency);

    /// <summary>Gets the expected amount.</summary>
    public Money Expected => new(_expected, _currency);

    /// <summary>Gets the high amount.</summary>
    public Money High => new(_high, _currency);

    /// <summary>Gets the currency of the three amounts.</summary>
    public Currency Currency => _currency;

    /// <summary>Gets the three amounts as a <see cref="ValueRange"/>.</summary>
    public ValueRange Amounts => new(_low, _expected, _high);

    /// <summary>Returns a range of zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The zero range.</returns>
    public static MoneyRange Zero(Currency currency) => new(ValueRange.Exactly(0m), currency);

    /// <summary>Adds two ranges point by point.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static MoneyRange operator +(MoneyRange left, MoneyRange right) => Add(left, right);

    /// <summary>Returns whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MoneyRange left, MoneyRange right) => left.Equals(right);

    /// <summary>Returns whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MoneyRange left, MoneyRange right) => !left.Equals(right);

    /// <summary>Adds two ranges point by point (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static MoneyRange Add(MoneyRange left, MoneyRange right) => new(left.Low + right.Low, left.Expected + right.Expected, left.High + right.High);

    /// <summary>Multiplies the three amounts by one non-negative number, keeping the currency.</summary>
    /// <param name="factor">The factor, zero or greater.</param>
    /// <returns>The scaled range, exact in <see cref="decimal"/> (no rounding).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative (money ranges are never turned around).</exception>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public MoneyRange Scale(decimal factor)
    {
        if (factor < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"factor is {factor.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a money range is scaled by zero or more.");
        }

        return new MoneyRange(Amounts.Scale(factor), Currency);
    }

    /// <summary>
    /// Converts the range into another currency at a given rate: each amount times <paramref name="rate"/>, unrounded.
    /// The engine converts every model's estimate this way before it rounds the report; a model that converts
    /// inside its own arithmetic gets the rate from <c>RevenueModelSettings.ConversionRate</c>.
    /// </summary>
    /// <param name="currency">The target currency.</param>
    /// <param name="rate">Units of <paramref name="currency"/> per one unit of this range's currency, greater than zero.</param>
    /// <returns>The converted range (a rate of 1 keeps every amount as it is).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public MoneyRange ConvertTo(Currency currency, decimal rate)
    {
        if (rate <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"rate is {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}; an exchange rate is greater than zero.");
        }

        return new MoneyRange(new ValueRange(Low.Amount * rate, Expected.Amount * rate, High.Amount * rate), currency);
    }

    /// <summary>Returns the amount at one point of the range.</summary>
    /// <param name="point">Which point.</param>
    /// <returns>The amount.</returns>
    public Money At(RangePoint point) => point switch
    {
        RangePoint.Low => Low,
        RangePoint.High => High,
        _ => Expected,
    };

    /// <summary>Rounds the three amounts to the currency's minor unit (rounding keeps their order).</summary>
    /// <param name="mode">How to round a value exactly half-way between two minor units.</param>
    /// <returns>The rounded range.</returns>
    public MoneyRange Round(MidpointRounding mode) => new(Low.Round(mode), Expected.Round(mode), High.Round(mode));

    /// <inheritdoc />
    public bool Equals(MoneyRange other) => Low == other.Low && Expected == other.Expected && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MoneyRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((Low.GetHashCode() * 397) ^ Expected.GetHashCode()) * 397) ^ High.GetHashCode());

    /// <summary>Formats as <c>low to high (expected e) CUR</c> in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Low} to {High} (expected {Expected})";
}
