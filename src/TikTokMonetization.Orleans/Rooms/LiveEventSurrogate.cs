using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>How a <see cref="LiveEvent"/> (a core SDK type, which knows nothing of Orleans) crosses the wire.</summary>
[GenerateSerializer]
[Alias("tiktok.live-event.v1")]
internal struct LiveEventSurrogate
{
    [Id(0)] public LiveEventKind Kind;
    [Id(1)] public DateTimeOffset Timestamp;
    [Id(2)] public long SenderId;
    [Id(3)] public string? SenderName;
    [Id(4)] public long Value;
    [Id(5)] public long? Total;
    [Id(6)] public long GiftId;
    [Id(7)] public string? GiftName;
    [Id(8)] public int GiftType;
    [Id(9)] public int? UnitPriceCoins;
    [Id(10)] public long GroupId;
    [Id(11)] public int RepeatCount;
    [Id(12)] public bool RepeatEnd;
    [Id(13)] public long ReceiverId;
}

/// <summary>Converts <see cref="LiveEvent"/> to and from its surrogate, through the event's own public factories.</summary>
[RegisterConverter]
internal sealed class LiveEventSurrogateConverter : IConverter<LiveEvent, LiveEventSurrogate>
{
    public LiveEvent ConvertFromSurrogate(in LiveEventSurrogate s) => s.Kind switch
    {
        LiveEventKind.Gift => LiveEvent.FromGift(new GiftEvent
        {
            GiftId = s.GiftId,
            GiftName = s.GiftName,
            GiftType = s.GiftType,
            UnitPriceCoins = s.UnitPriceCoins,
            SenderId = s.SenderId,
            SenderName = s.SenderName,
            GroupId = s.GroupId,
            RepeatCount = s.RepeatCount,
            RepeatEnd = s.RepeatEnd,
            ReceiverId = s.ReceiverId,
            Timestamp = s.Timestamp,
        }),
        LiveEventKind.Like => LiveEvent.FromLike(new LikeEvent { SenderId = s.SenderId, SenderName = s.SenderName, Count = checked((int)s.Value), RoomTotal = s.Total, Timestamp = s.Timestamp }),
        LiveEventKind.ViewerCount => LiveEvent.FromViewerCount(new ViewerCountEvent { Viewers = s.Value, Timestamp = s.Timestamp }),
        LiveEventKind.Follow => LiveEvent.FromFollow(new FollowEvent { SenderId = s.SenderId, SenderName = s.SenderName, Timestamp = s.Timestamp }),
        LiveEventKind.Share => LiveEvent.FromShare(new ShareEvent { SenderId = s.SenderId, SenderName = s.SenderName, Timestamp = s.Timestamp }),
        LiveEventKind.Subscription => LiveEvent.FromSubscription(new SubscriptionEvent { SenderId = s.SenderId, SenderName = s.SenderName, Months = checked((int)s.Value), Timestamp = s.Timestamp }),
        _ => throw new ArgumentOutOfRangeException(nameof(s), s.Kind, "Not a LIVE event kind this version knows."),
    };

    public LiveEventSurrogate ConvertToSurrogate(in LiveEvent value)
    {
        var s = new LiveEventSurrogate { Kind = value.Kind, Timestamp = value.Timestamp };
        switch (value.Kind)
        {
            case LiveEventKind.Gift:
                var g = value.AsGift();
                s.GiftId = g.GiftId;
                s.GiftName = g.GiftName;
                s.GiftType = g.GiftType;
                s.UnitPriceCoins = g.UnitPriceCoins;
                s.SenderId = g.SenderId;
                s.SenderName = g.SenderName;
                s.GroupId = g.GroupId;
                s.RepeatCount = g.RepeatCount;
                s.RepeatEnd = g.RepeatEnd;
                s.ReceiverId = g.ReceiverId;
                break;
            case LiveEventKind.Like:
                var l = value.AsLike();
                (s.SenderId, s.SenderName, s.Value, s.Total) = (l.SenderId, l.SenderName, l.Count, l.RoomTotal);
                break;
            case LiveEventKind.ViewerCount:
                s.Value = value.AsViewerCount().Viewers;
                break;
            case LiveEventKind.Follow:
                var f = value.AsFollow();
                (s.SenderId, s.SenderName) = (f.SenderId, f.SenderName);
                break;
            case LiveEventKind.Share:
                var sh = value.AsShare();
                (s.SenderId, s.SenderName) = (sh.SenderId, sh.SenderName);
                break;
            case LiveEventKind.Subscription:
                var sub = value.AsSubscription();
                (s.SenderId, s.SenderName, s.Value) = (sub.SenderId, sub.SenderName, sub.Months);
                break;
        }

        return s;
    }
}
