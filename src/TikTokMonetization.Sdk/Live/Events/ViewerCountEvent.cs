namespace TikTokMonetization.Live;

/// <summary>A viewer count update (<c>roomUser.viewerCount</c>, <c>RoomUserSeqEvent.total</c>, <c>RoomUpdate.NumberOfViewers</c>, <c>getViewersCount()</c>).</summary>
/// <remarks>The ledger averages these over time, weighting each count by how long it held. This type is an immutable value type and is thread-safe.</remarks>
public readonly struct ViewerCountEvent
{
    /// <summary>Gets the number of viewers in the room.</summary>
    /// <value>Zero or greater.</value>
    public long Viewers { get; init; }

    /// <summary>Gets when TikTok created the update.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }
}
