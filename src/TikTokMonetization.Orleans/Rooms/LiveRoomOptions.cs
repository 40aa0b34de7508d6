namespace TikTokMonetization.Orleans.Rooms;

/// <summary>How LIVE room grains persist their checkpoints, drive the ledger's clock and bound their input.</summary>
/// <remarks>
/// Bound from the <c>TikTokMonetization:LiveRooms</c> section and validated at the silo's start, every problem listed.
/// An options class: not thread-safe while it is being changed; once set up, any number of threads may read it.
/// </remarks>
public sealed class LiveRoomOptions
{
    /// <summary>The configuration path the validator names in its messages.</summary>
    internal const string Path = "TikTokMonetization:LiveRooms";

    /// <summary>The name of the grain storage provider that holds room checkpoints: register one by this name on the silo.</summary>
    public const string StorageName = "tiktok-live";

    /// <summary>Gets or sets after how many events a room writes its checkpoint.</summary>
    /// <value>1 to 1,000,000. The default value is 1,000 (a busy room writes every few seconds; a quiet one on the timer).</value>
    public int CheckpointEveryEvents { get; set; } = 1_000;

    /// <summary>Gets or sets the longest time a room with unwritten events waits before writing its checkpoint.</summary>
    /// <value>1 second to 1 hour. The default value is 10 seconds.</value>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how often a room's timer runs: it drives the ledger's <c>Tick</c> (closing quiet streaks) and the interval write.</summary>
    /// <value>1 second to 10 minutes. The default value is 5 seconds.</value>
    public TimeSpan TimerPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the most events one batch may hold.</summary>
    /// <value>1 to 100,000. The default value is 5,000.</value>
    public int MaxBatchSize { get; set; } = 5_000;

    /// <summary>Gets or sets how many of its top gifters a room sends its rosters; a roster's leaderboard is exact for every gifter all of whose rooms listed them (or listed everyone).</summary>
    /// <value>1 to 10,000. The default value is 100: ten times the rosters' default leaderboard.</value>
    public int RosterGifters { get; set; } = 100;

    /// <summary>
    /// Gets or sets the shortest time between two sends of a room's totals to its rosters after batches: a batch that
    /// comes sooner is sent with the next one, at the latest when the interval is over. The end of the LIVE and a
    /// feeder's confirmation send at once.
    /// </summary>
    /// <value>0 to 1 minute. The default value is 1 second; 0 sends after every batch.</value>
    public TimeSpan RosterSendInterval { get; set; } = TimeSpan.FromSeconds(1);
}
