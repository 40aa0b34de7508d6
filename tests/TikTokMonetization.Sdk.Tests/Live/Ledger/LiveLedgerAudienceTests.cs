using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>Likes, viewer counts, follows, shares and subscriptions: what each one counts and what is refused.</summary>
public sealed class LiveLedgerAudienceTests
{
    public static TheoryData<LiveEvent> EventsWithANegativeCount => new()
    {
        new LikeEvent { Count = -1, RoomTotal = 100, Timestamp = T0 },
        new LikeEvent { Count = 5, RoomTotal = -1, Timestamp = T0 },
        new ViewerCountEvent { Viewers = -1, Timestamp = T0 },
        new SubscriptionEvent { SenderId = 1, Months = -1, Timestamp = T0 },
    };

    public static TheoryData<LiveEvent> EventsWithoutATimestamp => new()
    {
        new LikeEvent { Count = 1 },
        new ViewerCountEvent { Viewers = 1 },
        new FollowEvent { SenderId = 1 },
        new ShareEvent { SenderId = 1 },
        new SubscriptionEvent { SenderId = 1, Months = 1 },
    };

    [Theory]
    [MemberData(nameof(EventsWithANegativeCount))]
    public void AnAudienceEventWithANegativeCount_IsRejected_AndCountsNothing(LiveEvent bad)
    {
        var ledger = NewLedger();

        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(in bad));

        var summary = ledger.GetSummary();
        Assert.Equal(1, summary.DataQuality.RejectedByReason[LiveEventRejection.NegativeCount]);
        Assert.Equal((0L, 0L, 0L, 0L), (summary.Likes.Messages, summary.Viewers.Updates, summary.Subscriptions, summary.EventsRecorded - 1));
        Assert.Null(summary.ObservedFrom);
    }

    [Theory]
    [MemberData(nameof(EventsWithoutATimestamp))]
    public void AnAudienceEventWithoutATimestamp_IsRejected_AndCountsNothing(LiveEvent bad)
    {
        var ledger = NewLedger();

        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(in bad));

        var summary = ledger.GetSummary();
        Assert.Equal(1, summary.DataQuality.RejectedByReason[LiveEventRejection.MissingTimestamp]);
        Assert.Equal((0L, 0L, 0L, 0L, 0L), (summary.Likes.Messages, summary.Viewers.Updates, summary.NewFollowers, summary.Shares, summary.Subscriptions));
    }

    [Fact]
    public void ZeroCounts_AreValid()
    {
        var ledger = NewLedger();

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new LikeEvent { Count = 0, RoomTotal = 0, Timestamp = T0 }));
        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new ViewerCountEvent { Viewers = 0, Timestamp = T0 }));
        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new SubscriptionEvent { SenderId = 1, Months = 0, Timestamp = T0 }));
    }

    [Fact]
    public void MessageLikes_MayReachLongMaxValueExactly_ButNotPassIt()
    {
        var checkpoint = NewLedger().SaveCheckpoint().Replace("\"messageLikes\":0", "\"messageLikes\":" + (long.MaxValue - 15), StringComparison.Ordinal);
        var ledger = LiveLedger.Restore(checkpoint, Card);

        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new LikeEvent { Count = 15, Timestamp = T0 }));
        Assert.Equal(LiveRecordResult.Rejected, ledger.Record(new LikeEvent { Count = 1, Timestamp = T0 }));
        Assert.Equal(long.MaxValue, ledger.GetSummary().Likes.MessageLikes);
    }

    [Fact]
    public void RoomTotalsOutOfOrder_TheLowestTotalAndItsMessage_GiveTheLikesSinceConnected()
    {
        // The message that carried the lowest room total says the room had 1,015 - 15 = 1,000 likes before it.
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { Count = 8, RoomTotal = 1_300, Timestamp = T0.AddSeconds(60) });
        ledger.Record(new LikeEvent { Count = 15, RoomTotal = 1_015, Timestamp = T0 });
        ledger.Record(new LikeEvent { Count = 2, RoomTotal = 1_200, Timestamp = T0.AddSeconds(30) });

        var likes = ledger.GetSummary().Likes;
        Assert.Equal((1_300L, 300L, 25L), (likes.RoomTotal!.Value, likes.RoomLikesSinceConnected!.Value, likes.MessageLikes));
    }

    [Fact]
    public void AMessageBelowTheLikeCap_IsNotCountedAsCapped()
    {
        var ledger = NewLedger(new LiveLedgerOptions { LikeCapPerMessage = 10 });
        ledger.Record(new LikeEvent { Count = 9, Timestamp = T0 });
        ledger.Record(new LikeEvent { Count = 10, Timestamp = T0 });

        Assert.Equal(1, ledger.GetSummary().Likes.CappedMessages);
    }

    [Fact]
    public void FollowsWithoutASender_AreEachCounted_AndNeverRemembered()
    {
        var ledger = NewLedger(new LiveLedgerOptions { MaxFollowers = 1 });
        ledger.Record(new FollowEvent { Timestamp = T0 });
        ledger.Record(new FollowEvent { Timestamp = T0 });
        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new FollowEvent { SenderId = 7, Timestamp = T0 }));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(new FollowEvent { SenderId = 7, Timestamp = T0 }));

        var summary = ledger.GetSummary();
        Assert.Equal((3L, 0L), (summary.NewFollowers, summary.DataQuality.FollowsUntracked));
    }

    [Fact]
    public void SharesSubscriptionsAndLikeMessages_CountEveryEvent()
    {
        var ledger = NewLedger();
        for (var i = 0; i < 3; i++)
        {
            ledger.Record(new ShareEvent { SenderId = 1, Timestamp = T0 });
            ledger.Record(new SubscriptionEvent { SenderId = 1, Months = 1, Timestamp = T0 });
        }

        ledger.Record(new LikeEvent { Count = 2, Timestamp = T0 });
        ledger.Record(new LikeEvent { Count = 5, Timestamp = T0 });

        var summary = ledger.GetSummary();
        Assert.Equal((3L, 3L, 8L), (summary.Shares, summary.Subscriptions, summary.EventsRecorded));
        Assert.Equal((2L, 7L), (summary.Likes.Messages, summary.Likes.MessageLikes));
    }
}
