using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Common;

/// <summary>
/// Says where a configured number came from: the documented default's source when the value is still the default,
/// otherwise "configured by the application". A breakdown line never attributes a changed value to our source.
/// </summary>
internal static class Provenance
{
    public const string Configured = "configured by the application";

    public static string Of(RangeOptions value, decimal defaultLow, decimal defaultExpected, decimal defaultHigh, string defaultSource) =>
        value.Is(defaultLow, defaultExpected, defaultHigh) ? defaultSource : Configured;

    public static string Of(decimal value, decimal defaultValue, string defaultSource) =>
        value == defaultValue ? defaultSource : Configured;
}
