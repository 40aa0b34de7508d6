using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount and its <see cref="TikTokMonetization.Currency"/>.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic is exact decimal arithmetic and is checked: a result too large for <see cref="decimal"/> throws
/// <see cref="OverflowException"/> instead of wrapping. As with any <see cref="decimal"/>, a result that needs more than
/// 28 significant digits (10^17 dollars to the 12th decimal, say) has its last digit rounded. Adding, subtracting or
/// comparing amounts in different currencies throws <see cref="CurrencyMismatchException"/>; there is no implicit
/// conversion from numbers, so a count of <see cref="Coins"/> or <see cref="Diamonds"/> cannot be added to money by accident.
/// </para>
/// <para>
/// Amounts are not rounded implicitly. <see cref="Round(MidpointRounding)"/> rounds to the currency's minor unit;
/// <see cref="Allocate(IReadOnlyList{decimal})"/> and <see cref="Split(int)"/> divide an amount without losing or inventing a cent.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    /// <summary>Initializes a new instance of the <see cref="Money"/> struct.</summary>
    /// <param name="amount">The amount, in units of the currency (dollars, not cents).</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero of that currency.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns an amount of US dollars.</summary>
    /// <param name="amount">The amount in dollars.</param>
    /// <returns>The money.</returns>
    public static Money Usd(decimal amount) => new(amount, Currency.Usd);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right) => Subtract(left, right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => Negate(value);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right) => Multiply(left, right);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => Multiply(right, left);

    /// <summary>Divides an amount by a divisor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient, unrounded.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Money operator /(Money left, decimal right) => Divide(left, right);

    /// <summary>Returns whether two amounts are equal (same currency and same amount).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Returns whether two amounts differ in currency or amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two amounts of the same currency (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right)
    {
        EnsureSameCurrency("add", left, right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts two amounts of the same currency (the named twin of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right)
    {
        EnsureSameCurrency("subtract", left, right);
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Multiplies an amount by a factor (the named twin of <c>*</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Money Multiply(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>Divides an amount by a divisor (the named twin of <c>/</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, unrounded.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money Divide(Money money, decimal divisor) => new(money.Amount / divisor, money.Currency);

    /// <summary>Negates an amount (the named twin of unary <c>-</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money money) => new(-money.Amount, money.Currency);

    /// <summary>Sums amounts that all share <paramref name="currency"/>.</summary>
    /// <param name="values">The amounts.</param>
    /// <param name="currency">The currency of the result (used when <paramref name="values"/> is empty).</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        Guard.NotNull(values, nameof(values));
        var total = Zero(currency);
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }

    /// <summary>Returns the larger of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>Rounds the amount to the currency's minor unit.</summary>
    /// <param name="mode">How to round a value exactly half-way between two minor units.</param>
    /// <returns>The rounded amount.</returns>
    public Money Round(MidpointRounding mode = MidpointRounding.ToEven) => new(decimal.Round(Amount, Currency.MinorUnits, mode), Currency);

    /// <summary>
    /// Divides the amount into parts proportional to <paramref name="weights"/>, so that the parts add up to exactly this amount.
    /// </summary>
    /// <remarks>
    /// Parts are whole multiples of the currency's minor unit (or of the amount's own smallest non-zero digit if it needs
    /// more digits than the minor unit: 0.005 USD is divided in tenths of a cent, 35.0000 USD in cents). Only an amount too
    /// large for <see cref="decimal"/> to count in minor units (above about 7.9 × 10^26 US dollars) is divided in the finest
    /// power of ten that it can count in. The units left after the proportional share are given one each to the parts with
    /// the largest discarded fraction, ties going to the earlier part, so the result is deterministic.
    /// </remarks>
    /// <param name="weights">Non-negative weights with a positive sum.</param>
    /// <returns>One part per weight, in the same order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative entry or sums to zero.</exception>
    public Money[] Allocate(IReadOnlyList<decimal> weights)
    {
        Guard.NotNull(weights, nameof(weights));
        if (weights.Count == 0)
        {
            throw new ArgumentException("weights is empty; at least one weight is required.", nameof(weights));
        }

        var totalWeight = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0m)
            {
                throw new ArgumentException($"weights[{i}] is {Guard.Format(weights[i])}; weights must be zero or greater.", nameof(weights));
            }

            totalWeight += weights[i];
        }

        if (totalWeight == 0m)
        {
            throw new ArgumentException("weights sum to 0; at least one weight must be greater than zero.", nameof(weights));
        }

        // Trailing zeros do not count: 35.0000 USD is a whole number of cents and is split in cents, like 35.00 USD.
        var magnitude = Math.Abs(Amount);
        var digits = Math.Max(Currency.MinorUnits, DecimalMath.SignificantScale(Amount));

        // Near decimal's limits the amount cannot be counted in minor units (there is no room for the cents); count it in
        // the finest power of ten that fits instead. The amount's own significant digits always fit, so this stops there.
        while (magnitude > decimal.MaxValue * Currency.Pow10Inverse(digits))
        {
            digits--;
        }

        var quantum = Currency.Pow10Inverse(digits);
        var sign = Amount < 0m ? -1m : 1m;
        var units = magnitude / quantum;
        var parts = new decimal[weights.Count];
        var fractions = new decimal[weights.Count];

        // Count down from the units rather than summing the parts: near decimal's limits a share rounds up in its 29th
        // digit (half of 79,228,162,514,264,337,593,543,950,335 is not representable), so the parts' sum can exceed
        // decimal.MaxValue even though it exceeds the units by only a few; the difference itself always fits.
        var left = units;
        for (var i = 0; i < weights.Count; i++)
        {
            var share = units * (weights[i] / totalWeight);
            parts[i] = decimal.Floor(share);
            fractions[i] = share - parts[i];
            left -= parts[i];
        }

        var order = Enumerable.Range(0, parts.Length)
            .OrderByDescending(i => fractions[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; left > 0m; k = (k + 1) % order.Length)
        {
            if (weights[order[k]] == 0m)
            {
                continue;
            }

            parts[order[k]] += 1m;
            left -= 1m;
        }

        // Rounding in weights[i] / totalWeight can overshoot by a unit; take it back from the smallest fractions.
        for (var k = order.Length - 1; left < 0m; k = k == 0 ? order.Length - 1 : k - 1)
        {
            if (parts[order[k]] >= 1m)
            {
                parts[order[k]] -= 1m;
                left += 1m;
            }
        }

        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = new Money(sign * parts[i] * quantum, Currency);
        }

        return result;
    }

    /// <summary>Splits the amount into <paramref name="parts"/> near-equal parts that add up to exactly this amount.</summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <returns>The parts; earlier parts receive the leftover minor units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public Money[] Split(int parts)
    {
        if (parts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, $"parts is {parts}; it must be 1 or greater.");
        }

        var weights = new decimal[parts];
        for (var i = 0; i < parts; i++)
        {
            weights[i] = 1m;
        }

        return Allocate(weights);
    }

    /// <summary>Parses text such as <c>12.34 USD</c> or <c>USD 12.34</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException">The text is not an amount and a known ISO 4217 code.</exception>
    public static Money Parse(string text)
    {
        if (TryParse(text, out var money))
        {
            return money;
        }

        throw new FormatException($"'{text}' is not money; expected an invariant-culture amount and a currency code, such as '12.34 USD'.");
    }

    /// <summary>Parses text such as <c>12.34 USD</c> or <c>USD 12.34</c> (invariant culture) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="money">The parsed money, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money money)
    {
        money = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        if (space <= 0 || trimmed.LastIndexOf(' ') != space)
        {
            return false;
        }

        var first = trimmed.Substring(0, space);
        var second = trimmed.Substring(space + 1);
        if (Currency.TryFromCode(second, out var currency) && DecimalMath.TryParseInvariant(first, out var amount))
        {
            money = new Money(amount, currency);
            return true;
        }

        if (Currency.TryFromCode(first, out currency) && DecimalMath.TryParseInvariant(second, out amount))
        {
            money = new Money(amount, currency);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Amount.GetHashCode() * 397) ^ Currency.GetHashCode());

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency("compare", this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Money with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Formats as <c>12.34 USD</c>: invariant culture, at least the currency's minor digits, no digit lost.</summary>
    /// <returns>The text; <see cref="TryParse"/> reads it back to an equal value.</returns>
    public override string ToString() => DecimalMath.FormatInvariant(Amount, Currency.MinorUnits) + " " + Currency.Code;

    /// <summary>Formats the amount with a numeric <paramref name="format"/> and appends the currency code.</summary>
    /// <param name="format">A numeric format for the amount, such as <c>N2</c>; <see langword="null"/> for the default.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture, never the current one.</param>
    /// <returns>The text, for example <c>1,234.50 USD</c>.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format))
        {
            return ToString();
        }

        return Amount.ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + Currency.Code;
    }

    private static void EnsureSameCurrency(string operation, Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new CurrencyMismatchException(operation, left.Currency, right.Currency);
        }
    }
}
