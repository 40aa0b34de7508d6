namespace TikTokMonetization.Live;

/// <summary>One row of the leaderboard: what one viewer gifted the host.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveGifterTotal
{
    internal LiveGifterTotal(int rank, long senderId, string? senderName, Coins coins, Coins pendingCoins, Diamonds diamonds, Money cash, long gifts, long unpricedGifts)
    {
        Rank = rank;
        SenderId = senderId;
        SenderName = senderName;
        Coins = coins;
        PendingCoins = pendingCoins;
        Diamonds = diamonds;
        Cash = cash;
        Gifts = gifts;
        UnpricedGifts = unpricedGifts;
    }

    /// <summary>Gets the rank, from 1: most coins first, ties by sender id.</summary>
    public int Rank { get; }

    /// <summary>Gets the sender's user id.</summary>
    public long SenderId { get; }

    /// <summary>Gets the sender's display name, when any frame carried one.</summary>
    public string? SenderName { get; }

    /// <summary>Gets the coins gifted, settled and pending.</summary>
    public Coins Coins { get; }

    /// <summary>Gets the part of <see cref="Coins"/> in streaks still open.</summary>
    public Coins PendingCoins { get; }

    /// <summary>Gets the diamonds of <see cref="Coins"/>.</summary>
    public Diamonds Diamonds { get; }

    /// <summary>Gets the cash of <see cref="Diamonds"/> at the rate card's expected rate.</summary>
    public Money Cash { get; }

    /// <summary>Gets the number of priced gifts.</summary>
    public long Gifts { get; }

    /// <summary>Gets the number of gifts without a price.</summary>
    public long UnpricedGifts { get; }

    /// <summary>Describes the row, for example <c>1. ben (42): 30,299 coins, 11 gift(s)</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture, "{0}. {1}: {2:#,0.##} coins, {3:N0} gift(s)", Rank, SenderName is null ? SenderId.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{SenderName} ({SenderId.ToString(System.Globalization.CultureInfo.InvariantCulture)})", Coins.Value, Gifts);
}
