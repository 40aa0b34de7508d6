using Microsoft.Extensions.Options;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>Checks the rules of <see cref="LiveLedgerOptions"/> that span fields or other options: periods, goals and the rate card's name.</summary>
internal sealed class LiveLedgerOptionsCrossValidator : IValidateOptions<LiveLedgerOptions>
{
    private readonly RateCardRegistry _rateCards;

    public LiveLedgerOptionsCrossValidator(RateCardRegistry rateCards) => _rateCards = rateCards;

    public ValidateOptionsResult Validate(string? name, LiveLedgerOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        foreach (var error in LiveLedgerOptionsChecks.Collect(options, attributeRules: false))
        {
            builder.AddError(error);
        }

        if (options.RateCard is not null && !_rateCards.Contains(options.RateCard))
        {
            builder.AddError($"{LiveLedgerOptionsChecks.Path}:RateCard is '{options.RateCard}'; it must name a configured rate card ({_rateCards.Describe()}), or be null for the LIVE gifts model's card.");
        }

        return builder.Build();
    }
}
