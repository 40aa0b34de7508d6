namespace TikTokMonetization.Live;

/// <summary>
/// One sender's gift to one receiver whose frames, without group ids, came in an order the ledger had to guess at: a
/// frame dated before one already seen, or a second streak overlapping the first. The totals of this sender and gift
/// may depend on the order the frames arrived in (they can be low, never high).
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveOrderDependence
{
    internal LiveOrderDependence(long senderId, long giftId, long receiverId, long frames)
    {
        SenderId = senderId;
        GiftId = giftId;
        ReceiverId = receiverId;
        Frames = frames;
    }

    /// <summary>Gets the sender's user id.</summary>
    public long SenderId { get; }

    /// <summary>Gets the gift id.</summary>
    public long GiftId { get; }

    /// <summary>Gets the receiver: 0 for the host, or a co-host's user id.</summary>
    public long ReceiverId { get; }

    /// <summary>Gets how many of this sender's frames of this gift the ledger had to place without knowing their order.</summary>
    public long Frames { get; }
}
