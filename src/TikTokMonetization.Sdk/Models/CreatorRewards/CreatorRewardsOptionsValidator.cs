using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>Checks the attribute rules of <see cref="CreatorRewardsOptions"/> and its nested options without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class CreatorRewardsOptionsValidator : IValidateOptions<CreatorRewardsOptions>
{
}
