using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Funnel;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>Checks the rules of <see cref="AffiliateOptions"/> that span fields: currency, ordered ranges, shares, the commission table and region codes.</summary>
internal sealed class AffiliateOptionsCrossValidator : IValidateOptions<AffiliateOptions>
{
    private const string Path = AffiliateDefaults.OptionsPath;

    public ValidateOptionsResult Validate(string? name, AffiliateOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        FunnelOptionChecks.Currency(builder, Path + ":Currency", options.Currency);
        FunnelOptionChecks.Range(builder, Path + ":ShoppableViewShare", options.ShoppableViewShare, 1m);
        FunnelOptionChecks.Range(builder, Path + ":ClickThroughRate", options.ClickThroughRate, 1m);
        FunnelOptionChecks.Range(builder, Path + ":ConversionRate", options.ConversionRate, 1m);
        FunnelOptionChecks.Range(builder, Path + ":AverageItemPrice", options.AverageItemPrice);
        FunnelOptionChecks.Range(builder, Path + ":CommissionRate", options.CommissionRate, AffiliateDefaults.MaximumCommissionRate);
        foreach (var pair in options.CommissionRateByNiche ?? [])
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                builder.AddError($"{Path}:CommissionRateByNiche has an empty key; keys are niche names such as 'beauty'.");
            }

            FunnelOptionChecks.Range(builder, Path + ":CommissionRateByNiche:" + pair.Key, pair.Value, AffiliateDefaults.MaximumCommissionRate);
        }

        foreach (var pair in options.MinimumFollowersByRegion ?? [])
        {
            if (!RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{Path}:MinimumFollowersByRegion:{pair.Key} is not a region code; keys must be ISO 3166-1 alpha-2 codes such as 'VN'.");
            }

            if (pair.Value < 0)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:MinimumFollowersByRegion:{pair.Key} is {pair.Value}; it must be zero or greater."));
            }
        }

        FunnelOptionChecks.Regions(builder, Path + ":AvailableRegions", options.AvailableRegions);
        FunnelOptionChecks.Regions(builder, Path + ":PilotProgramRegions", options.PilotProgramRegions);
        return builder.Build();
    }
}
