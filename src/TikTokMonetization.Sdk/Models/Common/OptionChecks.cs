using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Common;

/// <summary>Cross-field option checks the models share; each failure names the option path, the value and what is allowed.</summary>
internal static class OptionChecks
{
    public static void Range(ValidateOptionsResultBuilder builder, string path, RangeOptions? range, decimal? maximum = null)
    {
        if (range is null)
        {
            builder.AddError($"{path} is null; it must be a range with Low, Expected and High.");
            return;
        }

        if (range.Low < 0m)
        {
            // The attribute validator reports this too, but without the option's full path or its value.
            builder.AddError(FormattableString.Invariant($"{path}:Low is {range.Low}; it must be zero or greater."));
        }

        // Without a tighter bound of its own, a price, rate or multiplier is at most 10^9: with snapshot counts of at most
        // 10^12 no model's product can then overflow decimal (see InputLimits and docs/input-limits.md).
        range.Validate(path, builder, maximum ?? InputLimits.MaxOptionValue);
    }

    public static void Currency(ValidateOptionsResultBuilder builder, string path, string? code)
    {
        if (!TikTokMonetization.Currency.TryFromCode(code, out _))
        {
            builder.AddError($"{path} is '{code}'; it must be an ISO 4217 code the SDK knows, such as 'USD'.");
        }
    }

    public static void RegionAges(ValidateOptionsResultBuilder builder, string path, Dictionary<string, int>? ages)
    {
        foreach (var pair in ages ?? [])
        {
            if (!RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{path}:{pair.Key} is not a region code; a key must be {RegionCodes.Allowed(pair.Key)}.");
            }

            if (pair.Value is < 0 or > 130)
            {
                builder.AddError($"{path}:{pair.Key} is {pair.Value}; it must be between 0 and 130.");
            }
        }
    }

    public static void Regions(ValidateOptionsResultBuilder builder, string path, IReadOnlyList<string>? regions)
    {
        var list = regions ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (!RegionCodes.IsValid(list[i]))
            {
                builder.AddError($"{path}:{i} is '{list[i]}'; it must be {RegionCodes.Allowed(list[i])}.");
            }
        }
    }
}
