using TikTokMonetization.RateCards;

namespace TikTokMonetization.Revenue;

/// <summary>
/// Says where a configured number came from, for a breakdown line's source: the documented default's source when the
/// value is still the default, otherwise <see cref="Configured"/>. A breakdown line never attributes a changed value
/// to the default's source.
/// </summary>
/// <remarks>Thread-safe: the methods keep no state.</remarks>
public static class Provenance
{
    /// <summary>The source text of a value the application changed from the documented default.</summary>
    public const string Configured = "configured by the application";

    /// <summary>Returns <paramref name="defaultSource"/> when <paramref name="value"/> still has the default bounds, else <see cref="Configured"/>.</summary>
    /// <param name="value">The configured range.</param>
    /// <param name="defaultLow">The default low bound.</param>
    /// <param name="defaultExpected">The default expected value.</param>
    /// <param name="defaultHigh">The default high bound.</param>
    /// <param name="defaultSource">The default's source and date.</param>
    /// <returns>The source text.</returns>
    public static string Of(RangeOptions value, decimal defaultLow, decimal defaultExpected, decimal defaultHigh, string defaultSource) =>
        value is not null && value.Is(defaultLow, defaultExpected, defaultHigh) ? defaultSource : Configured;

    /// <summary>Returns <paramref name="defaultSource"/> when <paramref name="value"/> is the default, else <see cref="Configured"/>.</summary>
    /// <param name="value">The configured value.</param>
    /// <param name="defaultValue">The default value.</param>
    /// <param name="defaultSource">The default's source and date.</param>
    /// <returns>The source text.</returns>
    public static string Of(decimal value, decimal defaultValue, string defaultSource) =>
        value == defaultValue ? defaultSource : Configured;
}
