using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Common;

/// <summary>Cross-field option checks the models share; each failure names the option path, the value and what is allowed.</summary>
internal static class OptionChecks
{
    /// <summary>
    /// Checks a range: not null, Low zero or greater, ordered, and High at most <paramref name="maximum"/>, the bound that
    /// fits the option's meaning (1 for a share, <see cref="InputLimits.MaxOptionPrice"/> for a price, ...). The bounds
    /// together keep every model's largest product inside decimal's range (see InputLimits and docs/input-limits.md).
    /// </summary>
    public static void Range(ValidateOptionsResultBuilder builder, string path, RangeOptions? range, decimal maximum)
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

        range.Validate(path, builder, maximum);
    }

    /// <summary>Checks an optional share: absent, or from 0 to 1.</summary>
    public static void Share(ValidateOptionsResultBuilder builder, string path, decimal? share)
    {
        if (share is { } value && (value < 0m || value > 1m))
        {
            builder.AddError(FormattableString.Invariant($"{path} is {value}; it must be from 0 to 1, or null to leave it out."));
        }
    }

    /// <summary>Checks an optional amount: absent, or from 0 to <paramref name="maximum"/>.</summary>
    public static void Amount(ValidateOptionsResultBuilder builder, string path, decimal? amount, decimal maximum)
    {
        if (amount is { } value && (value < 0m || value > maximum))
        {
            builder.AddError(FormattableString.Invariant($"{path} is {value}; it must be from 0 to {maximum}, or null to leave it out."));
        }
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
        if (regions is null)
        {
            // Every model reads its region lists on each estimate; a null list would fail them all, long after start-up.
            builder.AddError($"{path} is null; it must be a list of ISO 3166-1 alpha-2 codes (empty for no restriction).");
            return;
        }

        var list = regions;
        for (var i = 0; i < list.Count; i++)
        {
            if (!RegionCodes.IsValid(list[i]))
            {
                builder.AddError($"{path}:{i} is '{list[i]}'; it must be {RegionCodes.Allowed(list[i])}.");
            }
        }
    }
}
