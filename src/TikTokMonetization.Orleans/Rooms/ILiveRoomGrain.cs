namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// One LIVE room, keyed by its room id: a <see cref="Live.LiveLedger"/> whose checkpoint lives in Orleans grain storage,
/// so that the room resumes on another silo after a failure without losing or double-counting a gift.
/// </summary>
/// <remarks>
/// Feed it through a <see cref="LiveRoomFeeder"/>, which numbers batches and resends what the room has not made
/// durable. Orleans runs one call at a time per room; any number of callers may use one grain reference.
/// </remarks>
public interface ILiveRoomGrain : IGrainWithStringKey
{
    /// <summary>Applies one batch exactly once: a batch already applied is ignored, a batch after a gap is refused with <see cref="LiveRoomAck.Gap"/>.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>What the room has applied and made durable for the batch's feeder.</returns>
    /// <exception cref="ArgumentException">The batch is empty of events where it must not be, too large, or holds an event of no known kind or without a time; the room's state is unchanged.</exception>
    Task<LiveRoomAck> RecordAsync(LiveEventBatch batch);

    /// <summary>Writes the room's checkpoint now, whatever the policy says, and sends its rosters its latest totals.</summary>
    /// <param name="feederId">The feeder asking, whose sequences the answer reports.</param>
    /// <returns>The feeder's applied and durable sequences after the write.</returns>
    Task<LiveRoomAck> CheckpointAsync(Guid feederId);

    /// <summary>Gets the room's totals.</summary>
    /// <returns>The totals, with open streaks counted at their highest frame.</returns>
    Task<LiveRoomTotals> GetTotalsAsync();

    /// <summary>Ends the LIVE: closes every open streak, writes the checkpoint and returns the final totals.</summary>
    /// <returns>The final totals.</returns>
    Task<LiveRoomTotals> EndLiveAsync();

    /// <summary>
    /// Makes the room a member of a roster, persists the membership and sends the roster the room's totals; from then
    /// on the room sends them after batches (at most every <see cref="LiveRoomOptions.RosterSendInterval"/>), on its
    /// timer and at the end of the LIVE. Joining twice changes nothing.
    /// </summary>
    /// <param name="rosterId">The roster's id.</param>
    /// <returns>A task that completes when the membership is persisted and the roster has the room's totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="rosterId"/> is empty.</exception>
    Task JoinRosterAsync(string rosterId);
}
