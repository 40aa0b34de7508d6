using Microsoft.Extensions.Options;

namespace TikTokMonetization.RateCards;

/// <summary>Checks the attribute rules of <see cref="RateCardOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class RateCardOptionsValidator : IValidateOptions<RateCardOptions>
{
}
