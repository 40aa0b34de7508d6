using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>Checks the attribute rules of <see cref="AffiliateOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class AffiliateOptionsValidator : IValidateOptions<AffiliateOptions>
{
}
