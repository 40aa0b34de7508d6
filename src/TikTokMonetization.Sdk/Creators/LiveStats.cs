namespace TikTokMonetization.Creators;

/// <summary>LIVE activity over the snapshot's period.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record LiveStats
{
    /// <summary>Gets the number of LIVE sessions in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public int Sessions { get; init; }

    /// <summary>Gets the total LIVE hours in the period.</summary>
    /// <value>A finite number from 0 to 24 hours per day of the period; greater than 0 only when <see cref="Sessions"/> is.</value>
    public double Hours { get; init; }

    /// <summary>Gets the average number of concurrent viewers across the period's LIVE sessions.</summary>
    /// <value>A finite number, zero or greater. The default value is 0.</value>
    public double AverageConcurrentViewers { get; init; }

    /// <summary>Gets the likes (screen taps) received on LIVE in the period. Likes earn no diamonds.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Likes { get; init; }

    /// <summary>Gets the coins viewers spent on gifts to this creator in the period, when observed (for example from a LIVE ledger).</summary>
    /// <value>Zero or greater, or <see langword="null"/> when not observed; models then estimate it from hours and viewers.</value>
    public Coins? CoinsGifted { get; init; }

    /// <summary>Gets the followers gained during LIVE sessions in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long NewFollowers { get; init; }
}
