using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.Merchandise;

/// <summary>Checks the attribute rules of <see cref="MerchandiseOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class MerchandiseOptionsValidator : IValidateOptions<MerchandiseOptions>
{
}
