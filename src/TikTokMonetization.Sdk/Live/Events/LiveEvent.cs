namespace TikTokMonetization.Live;

/// <summary>
/// Any one LIVE event: a gift frame, a like message, a viewer count, a follow, a share or a subscription. The shape that
/// flows through <see cref="LiveLedger.IngestAsync"/> and the JSON Lines reader.
/// </summary>
/// <remarks>
/// Every event converts implicitly (<c>LiveEvent e = gift;</c>) or through the named <c>From</c> methods; read it back
/// with <see cref="Kind"/> and the matching <c>As…</c> method. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct LiveEvent
{
    private readonly GiftEvent _gift;
    private readonly long _senderId;
    private readonly string? _senderName;
    private readonly long _value;
    private readonly long? _total;
    private readonly DateTimeOffset _timestamp;

    private LiveEvent(LiveEventKind kind, in GiftEvent gift, long senderId, string? senderName, long value, long? total, DateTimeOffset timestamp)
    {
        Kind = kind;
        _gift = gift;
        _senderId = senderId;
        _senderName = senderName;
        _value = value;
        _total = total;
        _timestamp = timestamp;
    }

    /// <summary>Gets which kind of event this is.</summary>
    public LiveEventKind Kind { get; }

    /// <summary>Gets when TikTok created the event.</summary>
    public DateTimeOffset Timestamp => Kind == LiveEventKind.Gift ? _gift.Timestamp : _timestamp;

    /// <summary>Wraps a gift frame.</summary>
    /// <param name="gift">The gift frame.</param>
    public static implicit operator LiveEvent(in GiftEvent gift) => FromGift(gift);

    /// <summary>Wraps a like message.</summary>
    /// <param name="like">The like message.</param>
    public static implicit operator LiveEvent(in LikeEvent like) => FromLike(like);

    /// <summary>Wraps a viewer count update.</summary>
    /// <param name="viewers">The update.</param>
    public static implicit operator LiveEvent(in ViewerCountEvent viewers) => FromViewerCount(viewers);

    /// <summary>Wraps a follow.</summary>
    /// <param name="follow">The follow.</param>
    public static implicit operator LiveEvent(in FollowEvent follow) => FromFollow(follow);

    /// <summary>Wraps a share.</summary>
    /// <param name="share">The share.</param>
    public static implicit operator LiveEvent(in ShareEvent share) => FromShare(share);

    /// <summary>Wraps a subscription.</summary>
    /// <param name="subscription">The subscription.</param>
    public static implicit operator LiveEvent(in SubscriptionEvent subscription) => FromSubscription(subscription);

    /// <summary>Wraps a gift frame (the named twin of the implicit conversion).</summary>
    /// <param name="gift">The gift frame.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromGift(in GiftEvent gift) => new(LiveEventKind.Gift, gift, 0, null, 0, null, default);

    /// <summary>Wraps a like message.</summary>
    /// <param name="like">The like message.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromLike(in LikeEvent like) => new(LiveEventKind.Like, default, like.SenderId, like.SenderName, like.Count, like.RoomTotal, like.Timestamp);

    /// <summary>Wraps a viewer count update.</summary>
    /// <param name="viewers">The update.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromViewerCount(in ViewerCountEvent viewers) => new(LiveEventKind.ViewerCount, default, 0, null, viewers.Viewers, null, viewers.Timestamp);

    /// <summary>Wraps a follow.</summary>
    /// <param name="follow">The follow.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromFollow(in FollowEvent follow) => new(LiveEventKind.Follow, default, follow.SenderId, follow.SenderName, 0, null, follow.Timestamp);

    /// <summary>Wraps a share.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromShare(in ShareEvent share) => new(LiveEventKind.Share, default, share.SenderId, share.SenderName, 0, null, share.Timestamp);

    /// <summary>Wraps a subscription.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>The event.</returns>
    public static LiveEvent FromSubscription(in SubscriptionEvent subscription) => new(LiveEventKind.Subscription, default, subscription.SenderId, subscription.SenderName, subscription.Months, null, subscription.Timestamp);

    /// <summary>Returns the gift frame.</summary>
    /// <returns>The gift frame.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.Gift"/>.</exception>
    public GiftEvent AsGift()
    {
        Expect(LiveEventKind.Gift);
        return _gift;
    }

    /// <summary>Returns the like message.</summary>
    /// <returns>The like message.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.Like"/>.</exception>
    public LikeEvent AsLike()
    {
        Expect(LiveEventKind.Like);
        return new LikeEvent { SenderId = _senderId, SenderName = _senderName, Count = (int)_value, RoomTotal = _total, Timestamp = _timestamp };
    }

    /// <summary>Returns the viewer count update.</summary>
    /// <returns>The update.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.ViewerCount"/>.</exception>
    public ViewerCountEvent AsViewerCount()
    {
        Expect(LiveEventKind.ViewerCount);
        return new ViewerCountEvent { Viewers = _value, Timestamp = _timestamp };
    }

    /// <summary>Returns the follow.</summary>
    /// <returns>The follow.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.Follow"/>.</exception>
    public FollowEvent AsFollow()
    {
        Expect(LiveEventKind.Follow);
        return new FollowEvent { SenderId = _senderId, SenderName = _senderName, Timestamp = _timestamp };
    }

    /// <summary>Returns the share.</summary>
    /// <returns>The share.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.Share"/>.</exception>
    public ShareEvent AsShare()
    {
        Expect(LiveEventKind.Share);
        return new ShareEvent { SenderId = _senderId, SenderName = _senderName, Timestamp = _timestamp };
    }

    /// <summary>Returns the subscription.</summary>
    /// <returns>The subscription.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="LiveEventKind.Subscription"/>.</exception>
    public SubscriptionEvent AsSubscription()
    {
        Expect(LiveEventKind.Subscription);
        return new SubscriptionEvent { SenderId = _senderId, SenderName = _senderName, Months = (int)_value, Timestamp = _timestamp };
    }

    /// <summary>Returns the kind and time, for logs.</summary>
    /// <returns>For example <c>Gift at 2025-03-01T20:00:01.2500000+00:00</c>.</returns>
    public override string ToString() => Kind + " at " + Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The gift frame without the kind check, for the ledger's dispatch.</summary>
    internal GiftEvent GiftUnchecked => _gift;

    private void Expect(LiveEventKind kind)
    {
        if (Kind != kind)
        {
            throw new InvalidOperationException($"This LIVE event is a {Kind} event, not a {kind} event; check Kind first.");
        }
    }
}
