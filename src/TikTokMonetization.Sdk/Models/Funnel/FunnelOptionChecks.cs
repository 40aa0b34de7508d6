using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Funnel;

/// <summary>The cross-field checks both funnel models run on their options, each failure naming the option path and the value.</summary>
internal static class FunnelOptionChecks
{
    /// <summary>A range that must be present, ordered and, when <paramref name="maximum"/> is given, at most that value.</summary>
    public static void Range(ValidateOptionsResultBuilder builder, string path, RangeOptions? range, decimal? maximum = null)
    {
        if (range is null)
        {
            builder.AddError($"{path} is null; it must be a range with Low, Expected and High.");
            return;
        }

        if (range.Low < 0m)
        {
            // Attributes check this for direct properties; table entries come here only.
            builder.AddError(FormattableString.Invariant($"{path}:Low is {range.Low}; it must be zero or greater."));
        }

        range.Validate(path, builder, maximum);
    }

    public static void Currency(ValidateOptionsResultBuilder builder, string path, string? code)
    {
        if (!TikTokMonetization.Currency.TryFromCode(code, out _))
        {
            builder.AddError($"{path} is '{code}'; it must be an ISO 4217 code the SDK knows, such as 'USD'.");
        }
    }

    public static void Regions(ValidateOptionsResultBuilder builder, string path, IReadOnlyList<string>? regions)
    {
        if (regions is null)
        {
            return;
        }

        for (var i = 0; i < regions.Count; i++)
        {
            if (!RegionCodes.IsValid(regions[i]))
            {
                builder.AddError(string.Format(CultureInfo.InvariantCulture, "{0}:{1} is '{2}'; it must be an ISO 3166-1 alpha-2 code such as 'US'.", path, i, regions[i]));
            }
        }
    }
}
