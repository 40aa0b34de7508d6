using Microsoft.Extensions.Options;

namespace TikTokMonetization.Likes;

/// <summary>Checks the attribute rules of <see cref="ReachModelOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ReachModelOptionsValidator : IValidateOptions<ReachModelOptions>
{
}
