using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>Creates ledgers from the current options; reloads of the options or rate cards apply to the next ledger.</summary>
internal sealed class LiveLedgerFactory : ILiveLedgerFactory
{
    private readonly IOptionsMonitor<LiveLedgerOptions> _options;
    private readonly IOptionsMonitor<LiveGiftsOptions> _liveGifts;
    private readonly IRateCardProvider _rateCards;
    private readonly GiftCatalog _catalog;

    public LiveLedgerFactory(IOptionsMonitor<LiveLedgerOptions> options, IOptionsMonitor<LiveGiftsOptions> liveGifts, IRateCardProvider rateCards, GiftCatalog catalog)
    {
        _options = options;
        _liveGifts = liveGifts;
        _rateCards = rateCards;
        _catalog = catalog;
    }

    public LiveLedger Create() => new(GetRateCard(), _catalog, _options.CurrentValue);

    public LiveLedger Restore(string checkpoint) => LiveLedger.Restore(checkpoint, GetRateCard(), _catalog, _options.CurrentValue);

    public RateCard GetRateCard() => _rateCards.Get(_options.CurrentValue.RateCard ?? _liveGifts.CurrentValue.RateCard);
}
