using Microsoft.Extensions.Options;
using TikTokMonetization.DependencyInjection;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Models.LiveGifts;

/// <summary>Checks the rules of <see cref="LiveGiftsOptions"/> that span fields or other options.</summary>
internal sealed class LiveGiftsOptionsCrossValidator : IValidateOptions<LiveGiftsOptions>
{
    private const string Path = "TikTokMonetization:LiveGifts";
    private readonly RateCardRegistry _rateCards;

    public LiveGiftsOptionsCrossValidator(RateCardRegistry rateCards) => _rateCards = rateCards;

    public ValidateOptionsResult Validate(string? name, LiveGiftsOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (options.CoinsPerViewerHour is null)
        {
            builder.AddError($"{Path}:CoinsPerViewerHour is null; it must be a range with Low, Expected and High.");
        }
        else
        {
            options.CoinsPerViewerHour.Validate(Path + ":CoinsPerViewerHour", builder);
        }

        if (!_rateCards.Contains(options.RateCard))
        {
            builder.AddError($"{Path}:RateCard is '{options.RateCard}'; it must name a configured rate card: {_rateCards.Describe()}.");
        }

        foreach (var pair in options.MinimumAgeByRegion ?? new Dictionary<string, int>())
        {
            if (!RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{Path}:MinimumAgeByRegion:{pair.Key} is not a region code; keys must be ISO 3166-1 alpha-2 codes such as 'KR'.");
            }

            if (pair.Value is < 0 or > 130)
            {
                builder.AddError($"{Path}:MinimumAgeByRegion:{pair.Key} is {pair.Value}; it must be between 0 and 130.");
            }
        }

        var regions = options.AvailableRegions ?? [];
        for (var i = 0; i < regions.Count; i++)
        {
            if (!RegionCodes.IsValid(regions[i]))
            {
                builder.AddError($"{Path}:AvailableRegions:{i} is '{regions[i]}'; it must be an ISO 3166-1 alpha-2 code such as 'US'.");
            }
        }

        return builder.Build();
    }
}
