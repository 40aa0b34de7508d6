namespace TikTokMonetization.Live;

/// <summary>
/// Likes as the like messages report them and as the room total reports them, with flags for the two ways the messages
/// undercount: per-message caps and messages that stop while the room total keeps rising.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveLikeTotals
{
    internal LiveLikeTotals(long messages, long messageLikes, long cappedMessages, long? roomTotal, long? roomLikesSinceConnected)
    {
        Messages = messages;
        MessageLikes = messageLikes;
        CappedMessages = cappedMessages;
        RoomTotal = roomTotal;
        RoomLikesSinceConnected = roomLikesSinceConnected;
    }

    /// <summary>Gets the number of like messages.</summary>
    public long Messages { get; }

    /// <summary>Gets the sum of the messages' counts.</summary>
    public long MessageLikes { get; }

    /// <summary>Gets the number of messages at the per-message cap, which may stand for more likes than they say.</summary>
    public long CappedMessages { get; }

    /// <summary>Gets the highest room total seen: the whole LIVE's likes, including those before connecting; <see langword="null"/> when no message carried it.</summary>
    public long? RoomTotal { get; }

    /// <summary>Gets the likes since connecting by the room total (highest total − (lowest total − that message's own count)); <see langword="null"/> without room totals.</summary>
    public long? RoomLikesSinceConnected { get; }

    /// <summary>Gets a value indicating whether some messages were at the per-message cap.</summary>
    public bool PerMessageCapped => CappedMessages > 0;

    /// <summary>Gets a value indicating whether the messages add up to fewer likes than the room total rose by.</summary>
    public bool BehindRoomTotal => RoomLikesSinceConnected is { } room && MessageLikes < room;

    /// <summary>Gets the best count of the LIVE's likes: the room total when known (it covers the whole LIVE), otherwise the sum of the messages.</summary>
    public long Likes => RoomTotal ?? MessageLikes;
}
