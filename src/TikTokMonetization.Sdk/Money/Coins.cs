using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

// The one source of both unit types, Coins and Diamonds: the other is generated from this file at build time by the
// GenerateUnitTypes target in TikTokMonetization.Sdk.csproj, which swaps the two names in every spelling, so they
// can never drift apart. Each type's own description is in Coins.Docs.cs and Diamonds.Docs.cs.
public readonly partial struct Coins : IEquatable<Coins>, IComparable<Coins>, IComparable, IFormattable
{
    /// <summary>Initializes a new instance of the <see cref="Coins"/> struct.</summary>
    /// <param name="value">The number of coins.</param>
    public Coins(decimal value) => Value = value;

    /// <summary>Gets zero coins.</summary>
    public static Coins Zero => default;

    /// <summary>Gets the number of coins.</summary>
    public decimal Value { get; }

    /// <summary>Adds two quantities.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Coins operator +(Coins left, Coins right) => Add(left, right);

    /// <summary>Subtracts two quantities.</summary>
    /// <param name="left">The quantity to subtract from.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Coins operator -(Coins left, Coins right) => Subtract(left, right);

    /// <summary>Negates a quantity.</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Coins operator -(Coins value) => Negate(value);

    /// <summary>Multiplies a quantity by a factor.</summary>
    /// <param name="left">The quantity.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Coins operator *(Coins left, decimal right) => Multiply(left, right);

    /// <summary>Multiplies a quantity by a factor.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The quantity.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Coins operator *(decimal left, Coins right) => Multiply(right, left);

    /// <summary>Divides a quantity by a divisor.</summary>
    /// <param name="left">The quantity.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Coins operator /(Coins left, decimal right) => Divide(left, right);

    /// <summary>Returns whether two quantities are equal.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Coins left, Coins right) => left.Equals(right);

    /// <summary>Returns whether two quantities differ.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Coins left, Coins right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Coins left, Coins right) => left.Value < right.Value;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Coins left, Coins right) => left.Value > right.Value;

    /// <summary>Returns whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Coins left, Coins right) => left.Value <= right.Value;

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Coins left, Coins right) => left.Value >= right.Value;

    /// <summary>Adds two quantities (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Coins Add(Coins left, Coins right) => new(left.Value + right.Value);

    /// <summary>Subtracts two quantities (the named twin of <c>-</c>).</summary>
    /// <param name="left">The quantity to subtract from.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Coins Subtract(Coins left, Coins right) => new(left.Value - right.Value);

    /// <summary>Multiplies a quantity by a factor (the named twin of <c>*</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Coins Multiply(Coins value, decimal factor) => new(value.Value * factor);

    /// <summary>Divides a quantity by a divisor (the named twin of <c>/</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Coins Divide(Coins value, decimal divisor) => new(value.Value / divisor);

    /// <summary>Negates a quantity (the named twin of unary <c>-</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Coins Negate(Coins value) => new(-value.Value);

    /// <summary>Parses text such as <c>1000 coins</c> or <c>1000</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a number, optionally followed by <c>coins</c>.</exception>
    public static Coins Parse(string text) => TryParse(text, out var value)
        ? value
        : throw new FormatException($"'{text}' is not a number of coins; expected an invariant-culture number such as '1000 coins'.");

    /// <summary>Parses text such as <c>1000 coins</c> or <c>1000</c> (invariant culture) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed quantity, or zero.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Coins value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith(Unit, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - Unit.Length).TrimEnd();
        }

        if (!DecimalMath.TryParseInvariant(trimmed, out var number))
        {
            return false;
        }

        value = new Coins(number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Coins other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Coins other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Coins other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Coins other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Coins with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Formats as <c>1000 coins</c> in the invariant culture, with no digit lost.</summary>
    /// <returns>The text; <see cref="TryParse"/> reads it back to an equal value.</returns>
    public override string ToString() => DecimalMath.FormatInvariant(Value, 0) + " " + Unit;

    /// <summary>Formats the number with a numeric <paramref name="format"/> and appends the unit.</summary>
    /// <param name="format">A numeric format, such as <c>N0</c>; <see langword="null"/> for the default.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture, never the current one.</param>
    /// <returns>The text, for example <c>1,000 coins</c>.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => string.IsNullOrEmpty(format)
        ? ToString()
        : Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + Unit;

    private const string Unit = "coins";
}
