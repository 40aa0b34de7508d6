using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>
/// Creates LIVE ledgers from the application's configuration: the configured rate card (the LIVE gifts model's, unless
/// <see cref="LiveLedgerOptions.RateCard"/> names another), gift catalog and options. Register it with
/// <c>services.AddTikTokMonetization().AddLiveLedger()</c>; a ledger holds one session, so create one per LIVE.
/// </summary>
/// <remarks>Implementations are thread-safe; the ledgers they create are thread-safe too.</remarks>
public interface ILiveLedgerFactory
{
    /// <summary>Creates an empty ledger for a new session, with the current options and rate card.</summary>
    /// <returns>The ledger.</returns>
    LiveLedger Create();

    /// <summary>Restores a ledger from a checkpoint (see <see cref="LiveLedger.SaveCheckpoint()"/>), with the current options and rate card.</summary>
    /// <param name="checkpoint">The checkpoint text.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FormatException">The text is not a valid checkpoint.</exception>
    LiveLedger Restore(string checkpoint);

    /// <summary>Returns the rate card that new ledgers convert through.</summary>
    /// <returns>The card.</returns>
    RateCard GetRateCard();
}
