using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>
/// A number of TikTok diamonds: what a creator collects when viewers send LIVE gifts.
/// </summary>
/// <remarks>
/// <para>
/// TikTok awards diamonds for gifts received (client libraries expose a gift's <c>diamond_count</c>, equal to its coin price) and pays creators a cash reward per diamond that varies by era and region; see the rate card documentation.
/// </para>
/// <para>
/// A distinct type so that diamonds can never be added to <see cref="Money"/> or to <see cref="Coins"/> by accident: conversion
/// happens only through a <see cref="RateCards.RateCard"/>. The value is a <see cref="decimal"/> because estimates are
/// expected values ("12,345.6 diamonds expected"); observed counts are whole numbers. Arithmetic is checked: overflow
/// throws <see cref="OverflowException"/>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Diamonds : IEquatable<Diamonds>, IComparable<Diamonds>, IComparable, IFormattable
{
    /// <summary>Initializes a new instance of the <see cref="Diamonds"/> struct.</summary>
    /// <param name="value">The number of diamonds.</param>
    public Diamonds(decimal value) => Value = value;

    /// <summary>Gets zero diamonds.</summary>
    public static Diamonds Zero => default;

    /// <summary>Gets the number of diamonds.</summary>
    public decimal Value { get; }

    /// <summary>Adds two quantities.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds operator +(Diamonds left, Diamonds right) => Add(left, right);

    /// <summary>Subtracts two quantities.</summary>
    /// <param name="left">The quantity to subtract from.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds operator -(Diamonds left, Diamonds right) => Subtract(left, right);

    /// <summary>Negates a quantity.</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Diamonds operator -(Diamonds value) => Negate(value);

    /// <summary>Multiplies a quantity by a factor.</summary>
    /// <param name="left">The quantity.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds operator *(Diamonds left, decimal right) => Multiply(left, right);

    /// <summary>Multiplies a quantity by a factor.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The quantity.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds operator *(decimal left, Diamonds right) => Multiply(right, left);

    /// <summary>Divides a quantity by a divisor.</summary>
    /// <param name="left">The quantity.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Diamonds operator /(Diamonds left, decimal right) => Divide(left, right);

    /// <summary>Returns whether two quantities are equal.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Diamonds left, Diamonds right) => left.Equals(right);

    /// <summary>Returns whether two quantities differ.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Diamonds left, Diamonds right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Diamonds left, Diamonds right) => left.Value < right.Value;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Diamonds left, Diamonds right) => left.Value > right.Value;

    /// <summary>Returns whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Diamonds left, Diamonds right) => left.Value <= right.Value;

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Diamonds left, Diamonds right) => left.Value >= right.Value;

    /// <summary>Adds two quantities (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds Add(Diamonds left, Diamonds right) => new(left.Value + right.Value);

    /// <summary>Subtracts two quantities (the named twin of <c>-</c>).</summary>
    /// <param name="left">The quantity to subtract from.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds Subtract(Diamonds left, Diamonds right) => new(left.Value - right.Value);

    /// <summary>Multiplies a quantity by a factor (the named twin of <c>*</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="decimal"/>.</exception>
    public static Diamonds Multiply(Diamonds value, decimal factor) => new(value.Value * factor);

    /// <summary>Divides a quantity by a divisor (the named twin of <c>/</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Diamonds Divide(Diamonds value, decimal divisor) => new(value.Value / divisor);

    /// <summary>Negates a quantity (the named twin of unary <c>-</c>).</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Diamonds Negate(Diamonds value) => new(-value.Value);

    /// <summary>Parses text such as <c>1000 diamonds</c> or <c>1000</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a number, optionally followed by <c>diamonds</c>.</exception>
    public static Diamonds Parse(string text) => TryParse(text, out var value)
        ? value
        : throw new FormatException($"'{text}' is not a number of diamonds; expected an invariant-culture number such as '1000 diamonds'.");

    /// <summary>Parses text such as <c>1000 diamonds</c> or <c>1000</c> (invariant culture) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed quantity, or zero.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Diamonds value)
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

        value = new Diamonds(number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Diamonds other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Diamonds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Diamonds other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Diamonds other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Diamonds with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Formats as <c>1000 diamonds</c> in the invariant culture, with no digit lost.</summary>
    /// <returns>The text; <see cref="TryParse"/> reads it back to an equal value.</returns>
    public override string ToString() => DecimalMath.FormatInvariant(Value, 0) + " " + Unit;

    /// <summary>Formats the number with a numeric <paramref name="format"/> and appends the unit.</summary>
    /// <param name="format">A numeric format, such as <c>N0</c>; <see langword="null"/> for the default.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture, never the current one.</param>
    /// <returns>The text, for example <c>1,000 diamonds</c>.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => string.IsNullOrEmpty(format)
        ? ToString()
        : Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + Unit;

    private const string Unit = "diamonds";
}
