using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;
using TikTokMonetization.RateCards;

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
        OptionChecks.Range(builder, Path + ":CoinsPerViewerHour", options.CoinsPerViewerHour, InputLimits.MaxCoinsPerViewerHour);
        if (options.LikesPerViewerHourAtHalfUplift > InputLimits.MaxLikesPerViewerHourAtHalfUplift)
        {
            builder.AddError(FormattableString.Invariant(
                $"{Path}:LikesPerViewerHourAtHalfUplift is {options.LikesPerViewerHourAtHalfUplift}; it must be greater than 0 and at most {InputLimits.MaxLikesPerViewerHourAtHalfUplift:N0} (see docs/input-limits.md)."));
        }

        if (!_rateCards.Contains(options.RateCard))
        {
            builder.AddError($"{Path}:RateCard is '{options.RateCard}'; it must name a configured rate card: {_rateCards.Describe()}.");
        }

        OptionChecks.RegionAges(builder, Path + ":MinimumAgeByRegion", options.MinimumAgeByRegion);
        OptionChecks.Regions(builder, Path + ":AvailableRegions", options.AvailableRegions);
        return builder.Build();
    }
}
