namespace TikTokMonetization.Orleans.Rosters;

/// <summary>The four windows a roster keeps totals and a leaderboard over.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum LiveRosterWindowKind
{
    /// <summary>The LIVEs still running: rooms whose LIVE has not ended.</summary>
    ThisLive = 0,

    /// <summary>The LIVEs that started today (from midnight at <see cref="LiveRosterOptions.UtcOffset"/>), ended or not.</summary>
    Today = 1,

    /// <summary>The LIVEs that started this week (from midnight of <see cref="LiveRosterOptions.FirstDayOfWeek"/> at the offset), ended or not.</summary>
    ThisWeek = 2,

    /// <summary>Every LIVE the roster has counted.</summary>
    AllTime = 3,
}

/// <summary>A roster's totals and leaderboard over one window, read at one moment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-window.v1")]
public sealed class LiveRosterWindow
{
    /// <summary>Gets the window.</summary>
    [Id(0)] public required LiveRosterWindowKind Kind { get; init; }

    /// <summary>Gets when the window starts, or <see langword="null"/> for <see cref="LiveRosterWindowKind.ThisLive"/> and <see cref="LiveRosterWindowKind.AllTime"/>.</summary>
    [Id(1)] public DateTimeOffset? From { get; init; }

    /// <summary>Gets the number of LIVEs counted.</summary>
    [Id(2)] public required int Rooms { get; init; }

    /// <summary>Gets the hosts' coins, settled and pending.</summary>
    [Id(3)] public required Coins Coins { get; init; }

    /// <summary>Gets the hosts' coins from streaks that have closed.</summary>
    [Id(4)] public required Coins SettledCoins { get; init; }

    /// <summary>Gets the hosts' diamonds.</summary>
    [Id(5)] public required Diamonds Diamonds { get; init; }

    /// <summary>Gets the hosts' cash at the rate card's expected rate, unrounded.</summary>
    [Id(6)] public required Money Cash { get; init; }

    /// <summary>Gets the number of priced gifts.</summary>
    [Id(7)] public required long Gifts { get; init; }

    /// <summary>Gets the number of gifts without a price: counted, but not in the coins.</summary>
    [Id(8)] public required long UnpricedGifts { get; init; }

    /// <summary>Gets the number of events the rooms' ledgers recorded.</summary>
    [Id(9)] public required long EventsRecorded { get; init; }

    /// <summary>Gets the cross-room leaderboard: the top gifters by coins over every LIVE in the window, ties by sender id.</summary>
    [Id(10)] public required IReadOnlyList<LiveRosterGifter> TopGifters { get; init; }

    /// <summary>
    /// Gets the most coins a gifter can have sent in the window's rooms without being seen: the sum of what the rooms
    /// that sent only their top gifters (and the rolled-up totals, which keep only theirs) may have left out. Zero when
    /// every list was complete: then the leaderboard is exactly the window's top gifters, every row exact.
    /// </summary>
    [Id(11)] public required Coins UnlistedMaxCoins { get; init; }
}

/// <summary>One row of a roster's cross-room leaderboard.</summary>
/// <param name="Rank">The rank, from 1: most coins first, ties by sender id.</param>
/// <param name="SenderId">The gifter's user id.</param>
/// <param name="SenderName">The gifter's name, as the events gave it.</param>
/// <param name="Coins">The coins counted for the gifter across the window's rooms.</param>
/// <param name="Gifts">The priced gifts counted for the gifter.</param>
/// <param name="MaxMissingCoins">
/// The most coins the gifter can have sent beyond <paramref name="Coins"/> in rooms whose lists stopped before them
/// (see <see cref="Rooms.LiveRoomOptions.RosterGifters"/>): 0 when <paramref name="Coins"/> is exact.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-gifter.v1")]
public sealed record LiveRosterGifter(
    [property: Id(0)] int Rank,
    [property: Id(1)] long SenderId,
    [property: Id(2)] string? SenderName,
    [property: Id(3)] Coins Coins,
    [property: Id(4)] long Gifts,
    [property: Id(5)] Coins MaxMissingCoins)
{
    /// <summary>Gets a value indicating whether <see cref="Coins"/> is exact: no room that may hold more of this gifter's coins left them off its list.</summary>
    public bool IsExact => MaxMissingCoins.Value == 0m;
}

/// <summary>One room a roster holds the contribution of (a LIVE of the current week, or one still running).</summary>
/// <param name="RoomId">The room's id.</param>
/// <param name="IsLive">Whether its LIVE is still running.</param>
/// <param name="StartedAt">Its first event's time, or <see langword="null"/> before any.</param>
/// <param name="LastEventAt">Its latest event's time, or <see langword="null"/> before any.</param>
/// <param name="Coins">Its host's coins.</param>
/// <param name="Version">The room's version the roster holds.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-room.v1")]
public sealed record LiveRosterRoom(
    [property: Id(0)] string RoomId,
    [property: Id(1)] bool IsLive,
    [property: Id(2)] DateTimeOffset? StartedAt,
    [property: Id(3)] DateTimeOffset? LastEventAt,
    [property: Id(4)] Coins Coins,
    [property: Id(5)] long Version);

/// <summary>A roster read at one moment: its rooms, its four windows, its goals and what the figures cannot know.</summary>
/// <remarks>A snapshot; immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-summary.v1")]
public sealed class LiveRosterSummary
{
    /// <summary>Gets the roster's id.</summary>
    [Id(0)] public required string RosterId { get; init; }

    /// <summary>Gets the moment the windows were computed for, on the silo's clock.</summary>
    [Id(1)] public required DateTimeOffset AsOf { get; init; }

    /// <summary>Gets the rooms whose contributions the roster holds one by one, live ones first, then by id.</summary>
    [Id(2)] public required IReadOnlyList<LiveRosterRoom> Rooms { get; init; }

    /// <summary>Gets the LIVEs still running.</summary>
    [Id(3)] public required LiveRosterWindow ThisLive { get; init; }

    /// <summary>Gets the LIVEs that started today.</summary>
    [Id(4)] public required LiveRosterWindow Today { get; init; }

    /// <summary>Gets the LIVEs that started this week.</summary>
    [Id(5)] public required LiveRosterWindow ThisWeek { get; init; }

    /// <summary>Gets every LIVE the roster has counted.</summary>
    [Id(6)] public required LiveRosterWindow AllTime { get; init; }

    /// <summary>Gets the progress towards each goal.</summary>
    [Id(7)] public required IReadOnlyList<LiveRosterGoalProgress> Goals { get; init; }

    /// <summary>Gets what the figures cannot know: contributions refused after a roll-up, leaderboards that may be incomplete.</summary>
    [Id(8)] public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Gets the rooms whose LIVE is running.</summary>
    public IEnumerable<LiveRosterRoom> LiveRooms => Rooms.Where(r => r.IsLive);

    /// <summary>Gets one of the four windows.</summary>
    /// <param name="kind">The window.</param>
    /// <returns>Its totals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the four windows.</exception>
    public LiveRosterWindow Window(LiveRosterWindowKind kind) => kind switch
    {
        LiveRosterWindowKind.ThisLive => ThisLive,
        LiveRosterWindowKind.Today => Today,
        LiveRosterWindowKind.ThisWeek => ThisWeek,
        LiveRosterWindowKind.AllTime => AllTime,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The window must be ThisLive, Today, ThisWeek or AllTime."),
    };
}
