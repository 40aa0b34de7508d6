using Microsoft.Extensions.Options;

namespace TikTokMonetization.Live;

/// <summary>Checks the attribute rules of <see cref="LiveLedgerOptions"/> without reflection (source-generated).</summary>
[OptionsValidator]
internal sealed partial class LiveLedgerOptionsValidator : IValidateOptions<LiveLedgerOptions>
{
}
