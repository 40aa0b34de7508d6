namespace TikTokMonetization.Orleans.Rosters;

/// <summary>
/// An agency's (or any user-defined) group of LIVE rooms, keyed by a roster id: which rooms are live, totals and a
/// cross-room leaderboard over this LIVE, today, this week and all time, and goals. Its rooms push their cumulative
/// totals to it (join a room with <see cref="Rooms.ILiveRoomGrain.JoinRosterAsync"/>); reading it never calls a room.
/// </summary>
/// <remarks>
/// Its state (each current room's latest contribution and the rolled-up totals of past weeks) is persisted in the
/// <see cref="Rooms.LiveRoomOptions.StorageName"/> grain storage, so a finished LIVE's numbers outlive its room grain.
/// Orleans runs one call at a time per roster; any number of callers may use one grain reference.
/// </remarks>
public interface ILiveRosterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes a room's cumulative totals: replaces what the roster holds for the room when the version is higher, ignores
    /// it otherwise, so that a contribution delivered twice, late or from an older checkpoint counts once. Called by the
    /// room grains.
    /// </summary>
    /// <param name="contribution">The room's totals at one version.</param>
    /// <param name="persist">Whether the roster must write its state before answering (a room sends its final totals so).</param>
    /// <returns>The version held and the version persisted for the room.</returns>
    /// <exception cref="ArgumentException">The contribution has no room id, a negative version or amount, or a currency other than the roster's; nothing changes.</exception>
    Task<LiveRosterReceipt> ContributeAsync(LiveRoomContribution contribution, bool persist);

    /// <summary>Reads the roster: its rooms, the four windows at the silo's clock, the goals and the warnings.</summary>
    /// <returns>The summary.</returns>
    Task<LiveRosterSummary> GetSummaryAsync();

    /// <summary>Reads what the roster holds for one room, without computing the windows: a cheap read for a per-room view.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <returns>The room, or <see langword="null"/> when the roster holds nothing for it one by one (never heard of it, or rolled it up).</returns>
    Task<LiveRosterRoom?> GetRoomAsync(string roomId);

    /// <summary>Replaces the roster's goals, and persists them.</summary>
    /// <param name="goals">The goals: each with a unique non-empty name, a window, a unit and a target above zero.</param>
    /// <returns>A task that completes when the goals are persisted.</returns>
    /// <exception cref="ArgumentException">A goal is invalid; the goals are unchanged.</exception>
    Task SetGoalsAsync(IReadOnlyList<LiveRosterGoal> goals);
}
