using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Live;

/// <summary>
/// One receiver's gift totals at a moment: coins, diamonds and cash, split into settled (streaks that have closed) and
/// pending (streaks still open, which may grow), plus the gifts that could not be priced.
/// </summary>
/// <remarks>Diamonds and cash come from the coins through one <see cref="RateCards.RateCard"/>. Instances are immutable and thread-safe.</remarks>
public sealed class LiveGiftTotals
{
    internal LiveGiftTotals(long coins, long settledCoins, long gifts, long unpricedGifts, int openStreaks, RateCard card)
    {
        Coins = new Coins(coins);
        SettledCoins = new Coins(settledCoins);
        PendingCoins = new Coins(coins - settledCoins);
        Diamonds = card.ToDiamonds(Coins);
        SettledDiamonds = card.ToDiamonds(SettledCoins);
        PendingDiamonds = card.ToDiamonds(PendingCoins);
        Cash = card.ToCash(Diamonds);
        SettledCash = card.ToCash(SettledDiamonds);
        PendingCash = card.ToCash(PendingDiamonds);
        CashRange = card.ToCashRange(Diamonds);
        Gifts = gifts;
        UnpricedGifts = unpricedGifts;
        OpenStreaks = openStreaks;
    }

    /// <summary>Gets the coins of every priced gift counted so far: settled plus pending.</summary>
    public Coins Coins { get; }

    /// <summary>Gets the coins of streaks that have closed.</summary>
    public Coins SettledCoins { get; }

    /// <summary>Gets the coins of streaks still open. They are real gifts already sent; the streak may still add more.</summary>
    public Coins PendingCoins { get; }

    /// <summary>Gets the diamonds of <see cref="Coins"/>.</summary>
    public Diamonds Diamonds { get; }

    /// <summary>Gets the diamonds of <see cref="SettledCoins"/>.</summary>
    public Diamonds SettledDiamonds { get; }

    /// <summary>Gets the diamonds of <see cref="PendingCoins"/>.</summary>
    public Diamonds PendingDiamonds { get; }

    /// <summary>Gets the cash of <see cref="Diamonds"/> at the rate card's expected rate, unrounded.</summary>
    public Money Cash { get; }

    /// <summary>Gets the cash of <see cref="SettledDiamonds"/> at the expected rate.</summary>
    public Money SettledCash { get; }

    /// <summary>Gets the cash of <see cref="PendingDiamonds"/> at the expected rate.</summary>
    public Money PendingCash { get; }

    /// <summary>Gets the cash of <see cref="Diamonds"/> at the rate card's low, expected and high rates.</summary>
    public MoneyRange CashRange { get; }

    /// <summary>Gets the number of priced gifts (a streak of 10 Roses is 10 gifts).</summary>
    public long Gifts { get; }

    /// <summary>Gets the number of gifts without a price: counted, but not in the coins. Never priced at zero silently.</summary>
    public long UnpricedGifts { get; }

    /// <summary>Gets the number of streaks still open.</summary>
    public int OpenStreaks { get; }

    /// <summary>
    /// Describes the totals, for example <c>30,525 coins (30,000 settled, 525 pending), 30,525 diamonds, 152.625 USD; 23 priced gift(s), 2 unpriced</c>.
    /// </summary>
    /// <returns>The description, in the invariant culture; cash unrounded, as the ledger keeps it.</returns>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "{0:#,0.##} coins ({1:#,0.##} settled, {2:#,0.##} pending), {3:#,0.##} diamonds, {4}; {5:N0} priced gift(s), {6:N0} unpriced",
        Coins.Value,
        SettledCoins.Value,
        PendingCoins.Value,
        Diamonds.Value,
        Cash,
        Gifts,
        UnpricedGifts);
}
