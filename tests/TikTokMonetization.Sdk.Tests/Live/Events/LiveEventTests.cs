using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// <see cref="LiveEvent"/> gives back exactly what it wraps, with the wrapped event's time, and refuses to be read as
/// another kind with a message that names both kinds; <see cref="GiftEvent"/> describes itself for logs.
/// </summary>
public sealed class LiveEventTests
{
    public static TheoryData<LiveEventKind> Kinds() =>
    [
        LiveEventKind.Gift, LiveEventKind.Like, LiveEventKind.ViewerCount, LiveEventKind.Follow, LiveEventKind.Share, LiveEventKind.Subscription,
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_IsGivenBackAsWrapped_WithItsOwnTime(LiveEventKind kind)
    {
        var at = T0.AddSeconds(7);
        var wrapped = Wrap(kind, at);

        Assert.Equal(kind, wrapped.Kind);
        Assert.Equal(at, wrapped.Timestamp);
        object back = kind switch
        {
            LiveEventKind.Gift => wrapped.AsGift(),
            LiveEventKind.Like => wrapped.AsLike(),
            LiveEventKind.ViewerCount => wrapped.AsViewerCount(),
            LiveEventKind.Follow => wrapped.AsFollow(),
            LiveEventKind.Share => wrapped.AsShare(),
            _ => wrapped.AsSubscription(),
        };
        Assert.Equal(Original(kind, at), back);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_RefusesToBeReadAsAnother_NamingBothKinds(LiveEventKind kind)
    {
        var wrapped = Wrap(kind, T0);
        var readers = new (LiveEventKind Kind, Action Read)[]
        {
            (LiveEventKind.Gift, () => wrapped.AsGift()),
            (LiveEventKind.Like, () => wrapped.AsLike()),
            (LiveEventKind.ViewerCount, () => wrapped.AsViewerCount()),
            (LiveEventKind.Follow, () => wrapped.AsFollow()),
            (LiveEventKind.Share, () => wrapped.AsShare()),
            (LiveEventKind.Subscription, () => wrapped.AsSubscription()),
        };

        foreach (var (other, read) in readers.Where(r => r.Kind != kind))
        {
            var error = Assert.Throws<InvalidOperationException>(read);
            Assert.Equal($"This LIVE event is a {kind} event, not a {other} event; check Kind first.", error.Message);
        }
    }

    [Fact]
    public void TheDefaultEvent_IsOfNoKind_AndCannotBeReadAsAny()
    {
        LiveEvent none = default;

        Assert.Equal(LiveEventKind.None, none.Kind);
        Assert.Equal("This LIVE event is a None event, not a Gift event; check Kind first.", Assert.Throws<InvalidOperationException>(() => none.AsGift()).Message);
    }

    [Fact]
    public void ToString_GivesTheKindAndTheTime() =>
        Assert.Equal("Like at 2025-03-01T20:00:01.2500000+00:00", Wrap(LiveEventKind.Like, T0.AddSeconds(1.25)).ToString());

    [Theory]
    [InlineData(false, "gift 5655 x3 from 1 to host, group 4, at 2025-03-01T20:00:02.0000000+00:00")]
    [InlineData(true, "gift 5655 x3 (end) from 1 to host, group 4, at 2025-03-01T20:00:02.0000000+00:00")]
    public void GiftEvent_DescribesAFrameToTheHost_SayingWhetherItEndsTheStreak(bool end, string expected) =>
        Assert.Equal(expected, Rose(1, 3, end, atSeconds: 2, group: 4).ToString());

    private static LiveEvent Wrap(LiveEventKind kind, DateTimeOffset at) => kind switch
    {
        LiveEventKind.Gift => LiveEvent.FromGift((GiftEvent)Original(kind, at)),
        LiveEventKind.Like => LiveEvent.FromLike((LikeEvent)Original(kind, at)),
        LiveEventKind.ViewerCount => LiveEvent.FromViewerCount((ViewerCountEvent)Original(kind, at)),
        LiveEventKind.Follow => LiveEvent.FromFollow((FollowEvent)Original(kind, at)),
        LiveEventKind.Share => LiveEvent.FromShare((ShareEvent)Original(kind, at)),
        _ => LiveEvent.FromSubscription((SubscriptionEvent)Original(kind, at)),
    };

    /// <summary>An event of the kind with every field set to something other than its default.</summary>
    private static object Original(LiveEventKind kind, DateTimeOffset at) => kind switch
    {
        LiveEventKind.Gift => Rose(3, 2, end: true, group: 5, receiver: 7002) with { Timestamp = at },
        LiveEventKind.Like => new LikeEvent { SenderId = 4, SenderName = "four", Count = 15, RoomTotal = 1_000, Timestamp = at },
        LiveEventKind.ViewerCount => new ViewerCountEvent { Viewers = 321, Timestamp = at },
        LiveEventKind.Follow => new FollowEvent { SenderId = 5, SenderName = "five", Timestamp = at },
        LiveEventKind.Share => new ShareEvent { SenderId = 6, SenderName = "six", Timestamp = at },
        _ => new SubscriptionEvent { SenderId = 7, SenderName = "seven", Months = 3, Timestamp = at },
    };
}
