namespace TikTokMonetization.Live;

/// <summary>
/// Names the rate card a ledger converts through when <see cref="LiveLedgerOptions.RateCard"/> is <see langword="null"/>.
/// The LIVE gifts model registers one (its own card), so observed sessions and estimates share one conversion while the
/// ledger itself knows nothing of the model; without one, the ledger uses <see cref="RateCards.RateCardNames.Default"/>.
/// </summary>
/// <remarks>Implementations are singletons read on every <see cref="ILiveLedgerFactory.Create"/> and must be thread-safe.</remarks>
internal interface ILiveLedgerDefaultRateCard
{
    /// <summary>Gets the name of the card, read when a ledger is created, so a reload applies to the next ledger.</summary>
    string RateCardName { get; }
}
