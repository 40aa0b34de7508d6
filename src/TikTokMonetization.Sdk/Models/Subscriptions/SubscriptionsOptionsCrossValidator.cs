using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.Subscriptions;

/// <summary>Checks the rules of <see cref="SubscriptionsOptions"/> that span fields: ordered ranges, shares within 0 to 1, region codes.</summary>
internal sealed class SubscriptionsOptionsCrossValidator : IValidateOptions<SubscriptionsOptions>
{
    private const string Path = "TikTokMonetization:Subscriptions";

    public ValidateOptionsResult Validate(string? name, SubscriptionsOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        OptionChecks.Range(builder, Path + ":MonthlyPrice", options.MonthlyPrice, InputLimits.MaxOptionPrice);
        OptionChecks.Range(builder, Path + ":CreatorShare", options.CreatorShare, 1m);
        OptionChecks.Range(builder, Path + ":FeesBeforeSplit", options.FeesBeforeSplit, 1m);
        OptionChecks.RegionAges(builder, Path + ":MinimumAgeByRegion", options.MinimumAgeByRegion);
        OptionChecks.Regions(builder, Path + ":AvailableRegions", options.AvailableRegions);
        if (options.LiveMinimumFollowers > options.MinimumFollowers)
        {
            builder.AddError($"{Path}:LiveMinimumFollowers is {options.LiveMinimumFollowers}; it must be at most {Path}:MinimumFollowers ({options.MinimumFollowers}), since the LIVE path is the lower bar.");
        }

        return builder.Build();
    }
}
