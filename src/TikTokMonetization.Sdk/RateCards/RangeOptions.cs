using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.RateCards;

/// <summary>A configurable low, expected and high value, as bound from configuration: <c>{ "Low": 10, "Expected": 50, "High": 150 }</c>.</summary>
/// <remarks>Validated when the app starts: each value is zero or greater, and <c>Low &lt;= Expected &lt;= High</c>. Not thread-safe while being configured.</remarks>
public sealed class RangeOptions
{
    /// <summary>Initializes a new instance of the <see cref="RangeOptions"/> class with all three values zero.</summary>
    public RangeOptions()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RangeOptions"/> class.</summary>
    /// <param name="low">The low value.</param>
    /// <param name="expected">The expected value.</param>
    /// <param name="high">The high value.</param>
    public RangeOptions(decimal low, decimal expected, decimal high)
    {
        Low = low;
        Expected = expected;
        High = high;
    }

    /// <summary>Gets or sets the low value.</summary>
    /// <value>Zero or greater, at most <see cref="Expected"/>.</value>
    [Range(0d, double.MaxValue)]
    public decimal Low { get; set; }

    /// <summary>Gets or sets the expected value.</summary>
    /// <value>From <see cref="Low"/> to <see cref="High"/>.</value>
    [Range(0d, double.MaxValue)]
    public decimal Expected { get; set; }

    /// <summary>Gets or sets the high value.</summary>
    /// <value>At least <see cref="Expected"/>.</value>
    [Range(0d, double.MaxValue)]
    public decimal High { get; set; }

    /// <summary>Returns the three values as a validated <see cref="ValueRange"/>.</summary>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">The values are out of order.</exception>
    public ValueRange ToValueRange() => new(Low, Expected, High);

    /// <summary>Returns whether this range holds exactly the given values.</summary>
    /// <param name="low">The low value.</param>
    /// <param name="expected">The expected value.</param>
    /// <param name="high">The high value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Is(decimal low, decimal expected, decimal high) => Low == low && Expected == expected && High == high;

    /// <summary>Adds a failure for each ordering problem, naming the option path.</summary>
    /// <param name="path">The option path of this range, for example <c>LiveGifts:CoinsPerViewerHour</c>.</param>
    /// <param name="builder">Collects the failures.</param>
    /// <param name="maximum">An inclusive upper bound for every value (for shares, 1), or <see langword="null"/>.</param>
    internal void Validate(string path, ValidateOptionsResultBuilder builder, decimal? maximum = null)
    {
        if (Low > Expected || Expected > High)
        {
            builder.AddError(FormattableString.Invariant($"{path} is Low {Low}, Expected {Expected}, High {High}; it must satisfy Low <= Expected <= High."));
        }

        if (maximum is { } max && High > max)
        {
            builder.AddError(FormattableString.Invariant($"{path}:High is {High}; it must be at most {max}."));
        }
    }
}
