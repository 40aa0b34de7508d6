using System.Globalization;

namespace TikTokMonetization.Projections;

/// <summary>The percentiles of a simulated amount over every path, and its mean.</summary>
/// <remarks>
/// Percentiles are nearest-rank: the P-th percentile of N sorted values is the value at rank ⌈P/100 × N⌉ (the smallest
/// for P = 0), so every reported amount is one that a path produced. Immutable and thread-safe.
/// </remarks>
public sealed class MoneyPercentiles
{
    private readonly decimal[] _percentiles;
    private readonly Money[] _values;

    internal MoneyPercentiles(decimal[] percentiles, Money[] values, Money mean)
    {
        _percentiles = percentiles;
        _values = values;
        Mean = mean;
    }

    /// <summary>Gets the percentiles, in the order the settings gave them.</summary>
    public IReadOnlyList<decimal> Percentiles => _percentiles;

    /// <summary>Gets the amount at each percentile, in the same order.</summary>
    public IReadOnlyList<Money> Values => _values;

    /// <summary>Gets the mean over every path, rounded to the currency's minor unit.</summary>
    public Money Mean { get; }

    /// <summary>Gets the amount at one of the settings' percentiles.</summary>
    /// <param name="percentile">A percentile the simulation was asked for, such as 50.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The simulation did not compute that percentile.</exception>
    public Money this[decimal percentile]
    {
        get
        {
            var i = Array.IndexOf(_percentiles, percentile);
            return i >= 0
                ? _values[i]
                : throw new ArgumentOutOfRangeException(nameof(percentile), percentile, $"Not computed; the simulation has {string.Join(", ", _percentiles.Select(p => p.ToString(CultureInfo.InvariantCulture)))}.");
        }
    }

    /// <summary>Computes the percentiles of <paramref name="sorted"/>.</summary>
    internal static MoneyPercentiles Of(decimal[] percentiles, ReadOnlySpan<decimal> sorted, Currency currency)
    {
        var values = new Money[percentiles.Length];
        for (var i = 0; i < percentiles.Length; i++)
        {
            values[i] = new Money(sorted[RankIndex(percentiles[i], sorted.Length)], currency);
        }

        var sum = 0m;
        foreach (var value in sorted)
        {
            sum += value;
        }

        return FromSum(percentiles, values, sum, sorted.Length, currency);
    }

    /// <summary>
    /// The zero-based index of the nearest-rank <paramref name="percentile"/> among <paramref name="count"/> sorted amounts:
    /// rank ⌈P/100 × N⌉, and the first amount for P = 0.
    /// </summary>
    internal static int RankIndex(decimal percentile, int count) =>
        Math.Max(0, (int)Math.Ceiling(percentile / 100m * count) - 1);

    /// <summary>The percentiles already found, with the mean of <paramref name="count"/> amounts that add up to <paramref name="sum"/>.</summary>
    internal static MoneyPercentiles FromSum(decimal[] percentiles, Money[] values, decimal sum, int count, Currency currency) =>
        new(percentiles, values, new Money(decimal.Round(sum / count, currency.MinorUnits, MidpointRounding.ToEven), currency));
}
