using System.Diagnostics;
using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>A low, expected and high value, with <c>Low &lt;= Expected &lt;= High</c>.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly partial struct ValueRange : IEquatable<ValueRange>
{
    /// <summary>Initializes a new instance of the <see cref="ValueRange"/> struct.</summary>
    /// <param name="low">The low value.</param>
    /// <param name="expected">The expected value.</param>
    /// <param name="high">The high value.</param>
    /// <exception cref="ArgumentException">The values are not in order <c>low &lt;= expected &lt;= high</c>.</exception>
    public ValueRange(decimal low, decimal expected, decimal high)
    {
        if (low > expected || expected > high)
        {
            throw new ArgumentException(
                $"A range must satisfy low <= expected <= high; got low {low.ToString(CultureInfo.InvariantCulture)}, expected {expected.ToString(CultureInfo.InvariantCulture)}, high {high.ToString(CultureInfo.InvariantCulture)}.");
        }

        Low = low;
        Expected = expected;
        High = high;
    }

    // For results ordered by construction (a check would only repeat what their arithmetic guarantees): equal points,
    // sums of ordered ranges and products by one factor (decimal's rounding never reverses an order), negation.
    private ValueRange(decimal low, decimal expected, decimal high, bool ordered)
    {
        Debug.Assert(ordered && low <= expected && expected <= high, "The caller guarantees the order.");
        Low = low;
        Expected = expected;
        High = high;
    }

    /// <summary>Gets the low value.</summary>
    public decimal Low { get; }

    /// <summary>Gets the expected value.</summary>
    public decimal Expected { get; }

    /// <summary>Gets the high value.</summary>
    public decimal High { get; }

    /// <summary>Gets a value indicating whether low, expected and high are equal.</summary>
    public bool IsExact => Low == High;

    /// <summary>Returns a range whose three values are all <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The range.</returns>
    public static ValueRange Exactly(decimal value) => new(value, value, value, ordered: true);

    /// <summary>Adds two ranges point by point: low to low, expected to expected, high to high.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum, exact in <see cref="decimal"/> (no rounding).</returns>
    /// <exception cref="OverflowException">A sum is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange operator +(ValueRange left, ValueRange right) => Add(left, right);

    /// <summary>Multiplies two ranges point by point: low by low, expected by expected, high by high.</summary>
    /// <remarks>
    /// This is how a quantity range meets a rate range in every built-in model: the low estimate takes the low
    /// quantity at the low rate. For two non-negative ranges the product is ordered again; a product that is not (a
    /// negative bound) is refused rather than reordered, because reordering would pair bounds that were not meant
    /// together. To scale by a single number, negative included, use <see cref="Scale"/>.
    /// </remarks>
    /// <param name="left">The first range (a quantity, for example).</param>
    /// <param name="right">The second range (a rate, for example).</param>
    /// <returns>The product, exact in <see cref="decimal"/> (no rounding).</returns>
    /// <exception cref="ArgumentException">The point-by-point product is not ordered (a bound is negative).</exception>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange operator *(ValueRange left, ValueRange right) => Multiply(left, right);

    /// <summary>Multiplies every point of a range by one number (the operator twin of <see cref="Scale"/>).</summary>
    /// <param name="range">The range.</param>
    /// <param name="factor">The factor; a negative factor swaps low and high so that the result stays ordered.</param>
    /// <returns>The scaled range.</returns>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange operator *(ValueRange range, decimal factor) => range.Scale(factor);

    /// <summary>Negates a range: <c>-high, -expected, -low</c>, so that it stays ordered (a deduction in a breakdown).</summary>
    /// <param name="range">The range.</param>
    /// <returns>The negated range.</returns>
    public static ValueRange operator -(ValueRange range) => range.Negate();

    /// <summary>Adds two ranges point by point (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange Add(ValueRange left, ValueRange right) =>
        new(left.Low + right.Low, left.Expected + right.Expected, left.High + right.High, ordered: true);

    /// <summary>Multiplies two ranges point by point (the named twin of <c>*</c>; see its remarks).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentException">The point-by-point product is not ordered (a bound is negative).</exception>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange Multiply(ValueRange left, ValueRange right) =>
        new(left.Low * right.Low, left.Expected * right.Expected, left.High * right.High);

    /// <summary>Multiplies every point by <paramref name="factor"/>; a negative factor swaps low and high.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled range, exact in <see cref="decimal"/> (no rounding). A factor of 1 returns this range unchanged.</returns>
    /// <exception cref="OverflowException">A product is beyond <see cref="decimal"/>'s range.</exception>
    public ValueRange Scale(decimal factor) =>
        DecimalBits.Same(factor, 1m) ? this // x × 1 is x, digits and scale alike
        : factor >= 0m ? new(Low * factor, Expected * factor, High * factor, ordered: true)
        : new(High * factor, Expected * factor, Low * factor, ordered: true);

    /// <summary>Returns <c>-high, -expected, -low</c> (the named twin of unary <c>-</c>).</summary>
    /// <returns>The negated range.</returns>
    public ValueRange Negate() => new(-High, -Expected, -Low, ordered: true);

    /// <summary>Returns whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValueRange left, ValueRange right) => left.Equals(right);

    /// <summary>Returns whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ValueRange left, ValueRange right) => !left.Equals(right);

    /// <summary>Returns the value at one point of the range.</summary>
    /// <param name="point">Which point.</param>
    /// <returns>The value.</returns>
    public decimal At(RangePoint point) => point switch
    {
        RangePoint.Low => Low,
        RangePoint.High => High,
        _ => Expected,
    };

    /// <inheritdoc />
    public bool Equals(ValueRange other) => Low == other.Low && Expected == other.Expected && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((Low.GetHashCode() * 397) ^ Expected.GetHashCode()) * 397) ^ High.GetHashCode());

    /// <summary>Formats as <c>low..high (expected e)</c>, or just the value when exact, in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsExact
        ? Expected.ToString(CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{Low}..{High} (expected {Expected})");
}
