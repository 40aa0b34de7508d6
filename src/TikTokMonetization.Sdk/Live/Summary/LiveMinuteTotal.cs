namespace TikTokMonetization.Live;

/// <summary>The host's priced gifts in one minute of event time: each frame's new gifts count in the minute of that frame.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveMinuteTotal
{
    internal LiveMinuteTotal(DateTimeOffset minute, long gifts, Coins coins, Diamonds diamonds, Money cash)
    {
        Minute = minute;
        Gifts = gifts;
        Coins = coins;
        Diamonds = diamonds;
        Cash = cash;
    }

    /// <summary>Gets the start of the minute, in UTC.</summary>
    public DateTimeOffset Minute { get; }

    /// <summary>Gets the number of priced gifts.</summary>
    public long Gifts { get; }

    /// <summary>Gets their coins.</summary>
    public Coins Coins { get; }

    /// <summary>Gets the diamonds of <see cref="Coins"/>.</summary>
    public Diamonds Diamonds { get; }

    /// <summary>Gets the cash of <see cref="Diamonds"/> at the rate card's expected rate.</summary>
    public Money Cash { get; }
}
