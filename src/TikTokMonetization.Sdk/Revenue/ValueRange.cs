using System.Globalization;

namespace TikTokMonetization.Revenue;

/// <summary>A low, expected and high value, with <c>Low &lt;= Expected &lt;= High</c>.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct ValueRange : IEquatable<ValueRange>
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
    public static ValueRange Exactly(decimal value) => new(value, value, value);

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
