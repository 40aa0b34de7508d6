using Microsoft.Extensions.Options;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>Creates ledgers from the current options; reloads of the options or rate cards apply to the next ledger.</summary>
/// <remarks>
/// The card is <see cref="LiveLedgerOptions.RateCard"/> when named, otherwise the default that a model registered
/// (<see cref="ILiveLedgerDefaultRateCard"/>: the LIVE gifts model's card), otherwise <see cref="RateCardNames.Default"/>.
/// </remarks>
internal sealed class LiveLedgerFactory : ILiveLedgerFactory
{
    private readonly IOptionsMonitor<LiveLedgerOptions> _options;
    private readonly ILiveLedgerDefaultRateCard? _defaultRateCard;
    private readonly IRateCardProvider _rateCards;
    private readonly GiftCatalog _catalog;

    public LiveLedgerFactory(IOptionsMonitor<LiveLedgerOptions> options, IEnumerable<ILiveLedgerDefaultRateCard> defaultRateCards, IRateCardProvider rateCards, GiftCatalog catalog)
    {
        _options = options;
        _defaultRateCard = defaultRateCards.LastOrDefault();
        _rateCards = rateCards;
        _catalog = catalog;
    }

    public LiveLedger Create() => new(GetRateCard(), _catalog, _options.CurrentValue);

    public LiveLedger Restore(string checkpoint) => LiveLedger.Restore(checkpoint, GetRateCard(), _catalog, _options.CurrentValue);

    public RateCard GetRateCard() => _rateCards.Get(_options.CurrentValue.RateCard ?? _defaultRateCard?.RateCardName ?? RateCardNames.Default);
}
