using Microsoft.Extensions.Options;
using TikTokMonetization.Live;

namespace TikTokMonetization.Models.LiveGifts;

/// <summary>
/// The LIVE gifts model's card as the LIVE ledger's default (<see cref="LiveLedgerOptions.RateCard"/> <see langword="null"/>),
/// read from the current options on every ledger created, so a reload of <see cref="LiveGiftsOptions.RateCard"/> applies to
/// the next ledger. Registered by <c>AddLiveGifts</c>; thread-safe (it only reads the options monitor).
/// </summary>
internal sealed class LiveGiftsLedgerRateCard : ILiveLedgerDefaultRateCard
{
    private readonly IOptionsMonitor<LiveGiftsOptions> _options;

    public LiveGiftsLedgerRateCard(IOptionsMonitor<LiveGiftsOptions> options) => _options = options;

    public string RateCardName => _options.CurrentValue.RateCard;
}
