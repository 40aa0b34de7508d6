using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>Checks the attribute rules of <see cref="BrandDealsOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class BrandDealsOptionsValidator : IValidateOptions<BrandDealsOptions>
{
}
