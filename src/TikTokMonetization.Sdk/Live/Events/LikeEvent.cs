namespace TikTokMonetization.Live;

/// <summary>One like message: the likes a viewer sent in it, and the room's running total when the library gives it.</summary>
/// <remarks>
/// TikTok caps the count of one message (15 in TikTokLiveSharp's documentation) and stops sending per-viewer like messages
/// on busy streams while the room total keeps rising, so the sum of messages can fall behind; the ledger flags both.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct LikeEvent
{
    /// <summary>Gets the sender's numeric user id.</summary>
    /// <value>The id, or 0 when unknown.</value>
    public long SenderId { get; init; }

    /// <summary>Gets the sender's display name or handle.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? SenderName { get; init; }

    /// <summary>Gets the likes in this message (<c>likeCount</c>, <c>count</c>, <c>Count</c>, <c>likes</c>).</summary>
    /// <value>Zero or greater.</value>
    public int Count { get; init; }

    /// <summary>Gets the room's total likes so far (<c>totalLikeCount</c>, <c>total</c>, <c>Total</c>, <c>totalLikes</c>), which covers the whole LIVE, not only the time since connecting.</summary>
    /// <value>Zero or greater, or <see langword="null"/> when not given.</value>
    public long? RoomTotal { get; init; }

    /// <summary>Gets when TikTok created the message.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }
}
