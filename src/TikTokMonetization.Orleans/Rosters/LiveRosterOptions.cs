namespace TikTokMonetization.Orleans.Rosters;

/// <summary>How roster grains draw their day and week lines, size their leaderboards and persist their state.</summary>
/// <remarks>
/// Bound from the <c>TikTokMonetization:LiveRosters</c> section and validated at the silo's start, every problem listed.
/// An options class: not thread-safe while it is being changed; once set up, any number of threads may read it.
/// </remarks>
public sealed class LiveRosterOptions
{
    /// <summary>The configuration path the validator names in its messages.</summary>
    internal const string Path = "TikTokMonetization:LiveRosters";

    /// <summary>Gets or sets how many gifters each window's cross-room leaderboard lists.</summary>
    /// <value>1 to 1,000. The default value is 10, the same as the ledger's own leaderboard.</value>
    public int LeaderboardSize { get; set; } = 10;

    /// <summary>Gets or sets how many gifters the rolled-up all-time totals keep a row for; the rest are bounded by <see cref="LiveRosterWindow.UnlistedMaxCoins"/>.</summary>
    /// <value>1 to 100,000. The default value is 1,000, an assumption of this SDK: a hundred times the leaderboard, so that its rows stay exact for long.</value>
    public int RolledUpGifters { get; set; } = 1_000;

    /// <summary>Gets or sets the offset from UTC at which days and weeks begin (an agency in UTC+8 sets 8 hours).</summary>
    /// <value>-14 to +14 hours, in whole minutes. The default value is zero: days begin at midnight UTC.</value>
    /// <remarks>A fixed offset, not a time zone: where the local clock changes for summer, set the offset the agency reports in.</remarks>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the day a week begins on.</summary>
    /// <value>The default value is <see cref="DayOfWeek.Monday"/> (ISO 8601).</value>
    public DayOfWeek FirstDayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>
    /// Gets or sets after how many accepted contributions a roster writes its state (besides every
    /// <see cref="CheckpointInterval"/>). Safety does not depend on it: a room sends again until the roster has persisted
    /// its latest version, and its final totals are persisted at once. It bounds the Redis load instead: each write is
    /// the whole state, a line per room of the week.
    /// </summary>
    /// <value>1 to 1,000,000. The default value is 1,000: with 50 rooms each sending every second, the 10 second interval sets the pace (measured in docs/scale-out.md).</value>
    public int CheckpointEveryContributions { get; set; } = 1_000;

    /// <summary>Gets or sets how often a roster with unwritten contributions writes its state, and rolls up the LIVEs of past weeks.</summary>
    /// <value>1 second to 1 hour. The default value is 10 seconds, the rooms' own checkpoint interval.</value>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);
}
