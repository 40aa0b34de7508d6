using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.LiveGifts;

/// <summary>Checks the attribute rules of <see cref="LiveGiftsOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class LiveGiftsOptionsValidator : IValidateOptions<LiveGiftsOptions>
{
}
