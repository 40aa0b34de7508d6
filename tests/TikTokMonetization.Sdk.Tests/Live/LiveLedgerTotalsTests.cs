using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>Running totals: leaderboard, per gift, per minute, goals, likes, viewers, the other events and the revenue-engine input.</summary>
public sealed class LiveLedgerTotalsTests
{
    [Fact]
    public void Leaderboard_RanksByCoins_ThenBySenderId_AndListsTopN()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(3, 10, end: true, group: 1));
        ledger.Record(Rose(1, 10, end: true, group: 2));
        ledger.Record(Rose(2, 50, end: true, group: 3));
        ledger.Record(Rose(4, 1, end: true, group: 4));

        var summary = ledger.GetSummary(top: 3);

        Assert.Equal(4, summary.GifterCount);
        Assert.Equal([2L, 1L, 3L], summary.TopGifters.Select(g => g.SenderId));
        Assert.Equal([1, 2, 3], summary.TopGifters.Select(g => g.Rank));
        Assert.Equal("user2", summary.TopGifters[0].SenderName);
        Assert.Equal(new Diamonds(50), summary.TopGifters[0].Diamonds);
        Assert.Equal(Money.Usd(0.25m), summary.TopGifters[0].Cash);
    }

    [Fact]
    public void LeaderboardSize_DefaultsToTheOption()
    {
        var ledger = NewLedger(new LiveLedgerOptions { LeaderboardSize = 1 });
        ledger.Record(Rose(1, 1, end: true, group: 1));
        ledger.Record(Rose(2, 2, end: true, group: 2));

        Assert.Single(ledger.GetSummary().TopGifters);
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.GetSummary(0));
    }

    [Fact]
    public void PerGiftAndPerMinute_SplitTheHostsCoins()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, atSeconds: 30));
        ledger.Record(Rose(1, 5, end: true, atSeconds: 70));
        ledger.Record(Lion(2, atSeconds: 75));

        var summary = ledger.GetSummary();
        Assert.Equal([6369L, 5655L], summary.Gifts.Select(g => g.GiftId));
        Assert.Equal(2, summary.Minutes.Count);
        Assert.Equal(T0, summary.Minutes[0].Minute);
        Assert.Equal(new Coins(2), summary.Minutes[0].Coins);
        Assert.Equal(T0.AddMinutes(1), summary.Minutes[1].Minute);
        Assert.Equal(new Coins(3 + 29_999), summary.Minutes[1].Coins);
    }

    [Fact]
    public void Goals_ReportProgressInDiamondsAndCash()
    {
        var options = new LiveLedgerOptions
        {
            Goals =
            [
                new LiveGoal { Name = "lion", Unit = LiveGoalUnit.Diamonds, Target = 29_999m },
                new LiveGoal { Name = "dinner", Unit = LiveGoalUnit.Cash, Target = 300m },
            ],
        };
        var ledger = NewLedger(options);
        ledger.Record(Lion(2));

        var goals = ledger.GetSummary().Goals;
        Assert.True(goals[0].IsReached);
        Assert.Equal(1m, goals[0].Fraction);
        Assert.Null(goals[0].Currency);
        Assert.False(goals[1].IsReached);
        Assert.Equal(149.995m, goals[1].Achieved);
        Assert.Equal(150.005m, goals[1].Remaining);
        Assert.Equal(Currency.Usd, goals[1].Currency);
    }

    [Fact]
    public void OptionsAreCopied_SoChangingThemLaterChangesNothing()
    {
        var options = new LiveLedgerOptions { Goals = [new LiveGoal { Name = "g", Target = 10m }] };
        var ledger = NewLedger(options);
        options.Goals[0].Target = 1_000m;

        Assert.Equal(10m, Assert.Single(ledger.GetSummary().Goals).Target);
    }

    [Fact]
    public void Likes_AreFlaggedWhenCappedOrBehindTheRoomTotal()
    {
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { SenderId = 1, Count = 15, RoomTotal = 1_015, Timestamp = T0 });
        ledger.Record(new LikeEvent { SenderId = 2, Count = 8, RoomTotal = 1_300, Timestamp = T0.AddSeconds(60) });

        var summary = ledger.GetSummary();
        var likes = summary.Likes;
        Assert.Equal(23, likes.MessageLikes);
        Assert.Equal(1, likes.CappedMessages);
        Assert.Equal(1_300, likes.RoomTotal);
        Assert.Equal(300, likes.RoomLikesSinceConnected);
        Assert.True(likes.PerMessageCapped);
        Assert.True(likes.BehindRoomTotal);
        Assert.Equal(1_300, likes.Likes);
        Assert.True(summary.DataQuality.LikesPerMessageCapped);
        Assert.True(summary.DataQuality.LikesBehindRoomTotal);
    }

    [Fact]
    public void Likes_WithoutRoomTotals_AreTheSumOfTheMessages()
    {
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { Count = 3, Timestamp = T0 });
        ledger.Record(new LikeEvent { Count = 4, Timestamp = T0 });

        var likes = ledger.GetSummary().Likes;
        Assert.Equal(7, likes.Likes);
        Assert.Null(likes.RoomTotal);
        Assert.False(likes.BehindRoomTotal);
        Assert.False(likes.PerMessageCapped);
    }

    [Fact]
    public void Viewers_AreAveragedOverTime()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 100, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 400, Timestamp = T0.AddMinutes(1) });
        ledger.Record(new ViewerCountEvent { Viewers = 50, Timestamp = T0.AddMinutes(4) });

        var viewers = ledger.GetSummary().Viewers;
        Assert.Equal(((100 * 1) + (400 * 3)) / 4d, viewers.TimeWeightedAverage, 9);
        Assert.Equal(400, viewers.Peak);
        Assert.Equal(50, viewers.Latest);
        Assert.Equal(3, viewers.Updates);
    }

    [Fact]
    public void FollowsCountEachUserOnce_SharesAndSubscriptionsEachEvent()
    {
        var ledger = NewLedger();
        Assert.Equal(LiveRecordResult.Counted, ledger.Record(new FollowEvent { SenderId = 1, Timestamp = T0 }));
        Assert.Equal(LiveRecordResult.Ignored, ledger.Record(new FollowEvent { SenderId = 1, Timestamp = T0.AddSeconds(5) }));
        ledger.Record(new FollowEvent { Timestamp = T0 });
        ledger.Record(new ShareEvent { SenderId = 1, Timestamp = T0 });
        ledger.Record(new SubscriptionEvent { SenderId = 3, Months = 2, Timestamp = T0 });

        var summary = ledger.GetSummary();
        Assert.Equal(2, summary.NewFollowers);
        Assert.Equal(1, summary.Shares);
        Assert.Equal(1, summary.Subscriptions);
        Assert.False(summary.DataQuality.NoSubscriptionsObserved);
    }

    [Fact]
    public void EverySummary_SaysTheTotalsAreSinceConnecting_UnlessConnectedAtTheStart()
    {
        Assert.True(NewLedger().GetSummary().DataQuality.CountedSinceConnected);
        Assert.StartsWith("Counted since connected", NewLedger().GetSummary().DataQuality.Warnings[0], StringComparison.Ordinal);
        Assert.False(NewLedger(new LiveLedgerOptions { ConnectedAtLiveStart = true }).GetSummary().DataQuality.CountedSinceConnected);
    }

    [Fact]
    public void EmptyLedger_HasZeroTotals_AndNoObservedTime()
    {
        var summary = NewLedger().GetSummary();

        Assert.Equal(Coins.Zero, summary.Host.Coins);
        Assert.Null(summary.ObservedFrom);
        Assert.Equal(TimeSpan.Zero, summary.ObservedDuration);
        Assert.Equal(0, summary.ToLiveStats().Sessions);
        Assert.Equal(0d, summary.Viewers.TimeWeightedAverage);
    }

    [Fact]
    public void FinishedSession_BecomesLiveStatsForTheRevenueEngine()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 120, Timestamp = T0 });
        ledger.Record(Lion(2, atSeconds: 600));
        ledger.Record(new LikeEvent { Count = 15, RoomTotal = 5_000, Timestamp = T0.AddMinutes(20) });
        ledger.Record(new FollowEvent { SenderId = 9, Timestamp = T0.AddMinutes(25) });
        ledger.Record(new ViewerCountEvent { Viewers = 180, Timestamp = T0.AddMinutes(30) });

        var stats = ledger.GetSummary().ToLiveStats();

        Assert.Equal(1, stats.Sessions);
        Assert.Equal(0.5d, stats.Hours, 9);
        Assert.Equal(120d, stats.AverageConcurrentViewers, 9);
        Assert.Equal(5_000, stats.Likes);
        Assert.Equal(new Coins(29_999), stats.CoinsGifted);
        Assert.Equal(1, stats.NewFollowers);
    }

    [Fact]
    public void ObservedSessionAndEstimate_UseOneConversion()
    {
        // The ledger's cash for a session equals what the LIVE gifts model estimates from that session's LiveStats.
        using var provider = TestServices.With(b => b.AddLiveGifts().AddLiveLedger());
        var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
        ledger.Record(Lion(2));
        ledger.Record(Rose(1, 7, end: true, atSeconds: 3600));
        var summary = ledger.GetSummary();

        var snapshot = SampleCreators.MidTierUs with { Live = summary.ToLiveStats() };
        var estimate = provider.Model("live-gifts").Estimate(snapshot);

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(summary.Host.Cash, estimate.Range.Expected);
        Assert.Equal(summary.Host.CashRange, estimate.Range);
    }

    [Fact]
    public void Constructor_ListsEveryInvalidOption()
    {
        var options = new LiveLedgerOptions
        {
            QuietPeriod = TimeSpan.Zero,
            LikeCapPerMessage = 0,
            Goals = [new LiveGoal { Name = " ", Target = -1m }],
        };

        var ex = Assert.Throws<ArgumentException>(() => NewLedger(options));

        Assert.Contains("QuietPeriod", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LikeCapPerMessage", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Goals:0:Name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Goals:0:Target", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveEvent_DispatchesByKind_AndRejectsNone()
    {
        var ledger = NewLedger();
        LiveEvent[] events =
        [
            Rose(1, 2, end: true),
            new LikeEvent { Count = 3, Timestamp = T0 },
            new ViewerCountEvent { Viewers = 10, Timestamp = T0 },
            new FollowEvent { SenderId = 1, Timestamp = T0 },
            new ShareEvent { Timestamp = T0 },
            new SubscriptionEvent { Months = 1, Timestamp = T0 },
            default,
        ];

        var results = events.Select(e => ledger.Record(in e)).ToArray();

        Assert.Equal(LiveRecordResult.Rejected, results[^1]);
        Assert.All(results[..^1], r => Assert.Equal(LiveRecordResult.Counted, r));
        var summary = ledger.GetSummary();
        Assert.Equal(7, summary.EventsRecorded);
        Assert.Equal(1, summary.DataQuality.RejectedByReason[LiveEventRejection.UnknownKind]);
    }

    [Fact]
    public void LiveEvent_GivesBackWhatWasWrapped_AndRefusesTheWrongKind()
    {
        var like = new LikeEvent { SenderId = 5, SenderName = "five", Count = 15, RoomTotal = 99, Timestamp = T0 };
        LiveEvent wrapped = like;

        Assert.Equal(LiveEventKind.Like, wrapped.Kind);
        Assert.Equal(like, wrapped.AsLike());
        Assert.Equal(T0, wrapped.Timestamp);
        Assert.Throws<InvalidOperationException>(() => wrapped.AsGift());
    }
}
