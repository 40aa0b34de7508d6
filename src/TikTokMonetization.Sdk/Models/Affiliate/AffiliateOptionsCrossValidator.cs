using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>Checks the rules of <see cref="AffiliateOptions"/> that span fields: currency, ordered ranges, shares, the commission table and region codes.</summary>
internal sealed class AffiliateOptionsCrossValidator : IValidateOptions<AffiliateOptions>
{
    private const string Path = AffiliateDefaults.OptionsPath;

    public ValidateOptionsResult Validate(string? name, AffiliateOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        OptionChecks.Currency(builder, Path + ":Currency", options.Currency);
        OptionChecks.Range(builder, Path + ":ShoppableViewShare", options.ShoppableViewShare, 1m);
        OptionChecks.Range(builder, Path + ":ClickThroughRate", options.ClickThroughRate, 1m);
        OptionChecks.Range(builder, Path + ":ConversionRate", options.ConversionRate, 1m);
        OptionChecks.Range(builder, Path + ":AverageItemPrice", options.AverageItemPrice, InputLimits.MaxOptionPrice);
        OptionChecks.Range(builder, Path + ":CommissionRate", options.CommissionRate, AffiliateDefaults.MaximumCommissionRate);
        foreach (var pair in options.CommissionRateByNiche ?? [])
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                builder.AddError($"{Path}:CommissionRateByNiche has an empty key; keys are niche names such as 'beauty'.");
            }

            OptionChecks.Range(builder, Path + ":CommissionRateByNiche:" + pair.Key, pair.Value, AffiliateDefaults.MaximumCommissionRate);
        }

        foreach (var pair in options.MinimumFollowersByRegion ?? [])
        {
            if (!RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{Path}:MinimumFollowersByRegion:{pair.Key} is not a region code; a key must be {RegionCodes.Allowed(pair.Key)}.");
            }

            if (pair.Value < 0)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:MinimumFollowersByRegion:{pair.Key} is {pair.Value}; it must be zero or greater."));
            }
        }

        OptionChecks.Regions(builder, Path + ":AvailableRegions", options.AvailableRegions);
        OptionChecks.Regions(builder, Path + ":PilotProgramRegions", options.PilotProgramRegions ?? []); // the model reads null as none
        return builder.Build();
    }
}
