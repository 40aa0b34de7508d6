using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.Subscriptions;

/// <summary>Checks the attribute rules of <see cref="SubscriptionsOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SubscriptionsOptionsValidator : IValidateOptions<SubscriptionsOptions>
{
}
