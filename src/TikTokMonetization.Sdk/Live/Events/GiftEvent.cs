namespace TikTokMonetization.Live;

/// <summary>
/// One gift frame as a LIVE client library delivers it: a normalized shape that the gift events of TikTokLiveSharp,
/// TikTok-Live-Connector, TikTokLive and TikTokLiveJava map onto without loss (see <c>docs/live-ledger.md</c> for the
/// field-by-field tables).
/// </summary>
/// <remarks>
/// <para>
/// A streakable gift (gift type 1) arrives as several frames with a growing <see cref="RepeatCount"/> and a final frame with
/// <see cref="RepeatEnd"/> set; a frame is not a gift. Pass every frame to <see cref="LiveLedger.Record(in GiftEvent)"/>
/// as it arrives, duplicates and out-of-order frames included: the ledger counts each gift exactly once.
/// </para>
/// <para>
/// A value type so that the ledger can take it by reference (<c>in</c>) without allocating. It does no validation of its own;
/// the ledger rejects an invalid frame and counts the rejection (see <see cref="LiveEventRejection"/>).
/// This type is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly struct GiftEvent
{
    /// <summary>Gets the gift's id (<c>giftId</c>, <c>gift_id</c>, <c>Gift.Id</c>). Prices belong to ids, not names.</summary>
    /// <value>Greater than zero.</value>
    public long GiftId { get; init; }

    /// <summary>Gets the gift's name, when the library gives it; used in summaries when the catalog has none.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? GiftName { get; init; }

    /// <summary>Gets TikTok's gift type: 1 is streakable (sent in a streak ending with a repeat-end frame); 2, 4 and others are not.</summary>
    /// <value>The type, or 0 when the library does not give it; the ledger then asks the gift catalog, and treats a gift it cannot classify as streakable.</value>
    public int GiftType { get; init; }

    /// <summary>Gets the gift's unit price in coins, when the frame carries it (the <c>diamond_count</c> field, which is the coin price: a Rose is 1).</summary>
    /// <value>Zero or greater, or <see langword="null"/> when the frame has no price; the ledger then prices the gift from its catalog.</value>
    public int? UnitPriceCoins { get; init; }

    /// <summary>Gets the sender's numeric user id (a <c>ulong</c> id casts unchanged to <see cref="long"/>; TikTok ids fit).</summary>
    /// <value>Not zero.</value>
    public long SenderId { get; init; }

    /// <summary>Gets the sender's display name or handle, shown in the leaderboard.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? SenderName { get; init; }

    /// <summary>Gets the combo group id that TikTok gives every frame of one streak (<c>groupId</c>, <c>group_id</c>).</summary>
    /// <value>The id, or 0 when the library does not give it; the ledger then tells streaks apart by time (see <c>docs/live-ledger.md</c>).</value>
    public long GroupId { get; init; }

    /// <summary>Gets how many gifts the streak has reached with this frame (<c>repeatCount</c>, <c>repeat_count</c>, TikTokLiveSharp's <c>Amount</c>, TikTokLiveJava's <c>combo</c>); for a gift that is not streakable, how many were sent at once.</summary>
    /// <value>1 or greater.</value>
    public int RepeatCount { get; init; }

    /// <summary>Gets a value indicating whether this is the streak's final frame (<c>repeatEnd</c>, <c>repeat_end</c> = 1, <c>StreakEnd</c>).</summary>
    public bool RepeatEnd { get; init; }

    /// <summary>Gets the receiver's user id: 0 for the host (most libraries leave the receiver empty for the host), or a co-host's id.</summary>
    /// <value>0 for the host; the host's own id also counts as the host when <see cref="LiveLedgerOptions.HostUserId"/> is set.</value>
    public long ReceiverId { get; init; }

    /// <summary>Gets when TikTok created the frame (the message's create time), used for streak timeouts and per-minute totals.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Describes the frame for logs.</summary>
    /// <returns>For example <c>gift 5655 x3 (end) from 1001 to host, group 101, at 2025-03-01T20:00:03.0000000+00:00</c>.</returns>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "gift {0} x{1}{2} from {3} to {4}, group {5}, at {6:O}",
        GiftId,
        RepeatCount,
        RepeatEnd ? " (end)" : string.Empty,
        SenderId,
        ReceiverId == 0 ? "host" : ReceiverId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        GroupId,
        Timestamp);
}
