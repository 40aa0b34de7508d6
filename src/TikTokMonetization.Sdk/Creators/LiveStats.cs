namespace TikTokMonetization.Creators;

/// <summary>LIVE activity over the snapshot's period.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record LiveStats
{
    // The fields growth changes are written out, so that the simulation can overwrite them on a copy that only it holds
    // (OverwriteGrown); to everyone else the record is as immutable as its init-only properties say.
    private int _sessions;
    private double _hours;
    private double _averageConcurrentViewers;
    private long _likes;
    private Coins? _coinsGifted;
    private long _newFollowers;

    /// <summary>Gets the number of LIVE sessions in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public int Sessions { get => _sessions; init => _sessions = value; }

    /// <summary>Gets the total LIVE hours in the period.</summary>
    /// <value>A finite number from 0 to 24 hours per day of the period; greater than 0 only when <see cref="Sessions"/> is.</value>
    public double Hours { get => _hours; init => _hours = value; }

    /// <summary>Gets the average number of concurrent viewers across the period's LIVE sessions.</summary>
    /// <value>A finite number, zero or greater. The default value is 0.</value>
    public double AverageConcurrentViewers { get => _averageConcurrentViewers; init => _averageConcurrentViewers = value; }

    /// <summary>Gets the likes (screen taps) received on LIVE in the period. Likes earn no diamonds.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Likes { get => _likes; init => _likes = value; }

    /// <summary>Gets the coins viewers spent on gifts to this creator in the period, when observed (for example from a LIVE ledger).</summary>
    /// <value>Zero or greater, or <see langword="null"/> when not observed; models then estimate it from hours and viewers.</value>
    public Coins? CoinsGifted { get => _coinsGifted; init => _coinsGifted = value; }

    /// <summary>Gets the followers gained during LIVE sessions in the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long NewFollowers { get => _newFollowers; init => _newFollowers = value; }

    /// <summary>
    /// Overwrites the values a projection grows. Only for a copy the caller made and holds alone (the simulation's
    /// per-thread scratch snapshot, see <c>SnapshotGrowth.ApplyInto</c>): never call it on an instance anyone else can see.
    /// </summary>
    internal void OverwriteGrown(int sessions, double hours, double averageConcurrentViewers, long likes, Coins? coinsGifted, long newFollowers)
    {
        _sessions = sessions;
        _hours = hours;
        _averageConcurrentViewers = averageConcurrentViewers;
        _likes = likes;
        _coinsGifted = coinsGifted;
        _newFollowers = newFollowers;
    }
}
