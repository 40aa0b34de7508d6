using Orleans.Runtime;
using Orleans.TestingHost;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.Orleans.Rosters;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>The roster grain on a real cluster with Redis storage: totals across rooms under fail-over, restart, roll-up and bad input.</summary>
public sealed class LiveRosterGrainTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static DateTimeOffset RecentStart => DateTimeOffset.UtcNow.AddMinutes(-20);

    [Fact]
    public async Task RoomsFedConcurrently_SiloKilled_CallsRepeated_RosterEqualsInProcessLedgersFedOnce()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-failover-" + Guid.NewGuid().ToString("N"), checkpointEveryEvents: 150);
        try
        {
            // The roster itself lives on the silo that dies, when placement allows: its unwritten contributions go with it.
            var rosterId = await PlacedOnAsync(cluster, cluster.SecondarySilos[0].SiloAddress, "agency-", id => cluster.Client.GetGrain<ILiveRosterGrain>(id).GetSummaryAsync());
            const int Rooms = 8;
            var start = RecentStart;
            var sessions = Enumerable.Range(1, Rooms).Select(r => Sessions.Generate(500 + r, 600, start)).ToArray();
            var options = new LiveRoomFeederOptions { BatchSize = 40, RetryDelay = TimeSpan.FromMilliseconds(300) };

            // Half the rooms sit behind a connection that delivers calls twice and loses answers (the feeder then sends again).
            var plan = new Dictionary<int, CallFault> { [3] = CallFault.DeliveredTwice, [5] = CallFault.AnswerLost, [8] = CallFault.DeliveredTwice, [12] = CallFault.AnswerLost, [13] = CallFault.DeliveredTwice };
            var feeders = Enumerable.Range(1, Rooms).Select(r =>
            {
                var room = cluster.Client.GetGrain<ILiveRoomGrain>($"room-{r}");
                return r % 2 == 0 ? new LiveRoomFeeder(new FlakyRoom(room, plan), $"room-{r}", options) : new LiveRoomFeeder(room, $"room-{r}", options);
            }).ToArray();
            await Task.WhenAll(feeders.Select(f => f.JoinRosterAsync(rosterId)));

            var third = new TaskCompletionSource();
            var feeding = Enumerable.Range(0, Rooms).Select(r => Feeding.FeedAsync(feeders[r], sessions[r], r == 0 ? third : null)).ToArray();
            await third.Task;
            var roster = cluster.Client.GetGrain<ILiveRosterGrain>(rosterId);
            var during = await roster.GetSummaryAsync();
            await cluster.KillSiloAsync(cluster.SecondarySilos[0]);
            await Task.WhenAll(feeding);
            await Task.WhenAll(feeders.Select(f => f.EndLiveAsync()));

            var summary = await roster.GetSummaryAsync();
            var expected = RosterReference.Of(sessions);
            foreach (var window in new[] { summary.Today, summary.ThisWeek, summary.AllTime })
            {
                Assert.True(expected.Matches(window), expected.Describe(window));
            }

            Assert.Equal(0, summary.ThisLive.Rooms);
            Assert.Empty(summary.LiveRooms);
            Assert.Equal(Rooms, summary.Rooms.Count);
            Assert.Empty(summary.Warnings);
            Assert.True(during.ThisLive.Rooms > 0, "rooms were live while being fed");
            Assert.Contains(feeders, f => f.Retries > 0); // the faults and the kill were felt, and absorbed
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task WholeClusterRestarted_RosterResumesFromRedis()
    {
        var service = "roster-restart-" + Guid.NewGuid().ToString("N");
        var start = RecentStart;
        var sessions = Enumerable.Range(1, 4).Select(r => Sessions.Generate(900 + r, 300, start)).ToArray();
        LiveRosterSummary before;
        var first = await RoomCluster.StartAsync(redis, service);
        try
        {
            for (var r = 0; r < 3; r++)
            {
                var feeder = new LiveRoomFeeder(first.Client, $"room-{r}");
                await feeder.JoinRosterAsync("agency");
                await Feeding.FeedAsync(feeder, sessions[r]);
                if (r < 2)
                {
                    await feeder.EndLiveAsync();
                }
                else
                {
                    await feeder.ConfirmAsync(); // still live when the cluster stops
                }
            }

            before = await first.Client.GetGrain<ILiveRosterGrain>("agency").GetSummaryAsync();
            Assert.Equal(1, before.ThisLive.Rooms);
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var second = await RoomCluster.StartAsync(redis, service);
        try
        {
            var roster = second.Client.GetGrain<ILiveRosterGrain>("agency");
            var after = await roster.GetSummaryAsync();
            Assert.Equal(before.Rooms, after.Rooms);
            Assert.True(RosterReference.Of(sessions.Take(3)).Matches(after.AllTime) || Same(before.AllTime, after.AllTime), "all-time totals survive the restart");
            Assert.True(Same(before.AllTime, after.AllTime), $"before {before.AllTime.Coins} coins, after {after.AllTime.Coins}");
            Assert.True(Same(before.ThisLive, after.ThisLive));

            // The room still live resumes on the new cluster; a new room joins; both end.
            var resumed = new LiveRoomFeeder(second.Client, "room-2");
            await resumed.EndLiveAsync();
            var fourth = new LiveRoomFeeder(second.Client, "room-3");
            await fourth.JoinRosterAsync("agency");
            await Feeding.FeedAsync(fourth, sessions[3]);
            await fourth.EndLiveAsync();

            var final = await roster.GetSummaryAsync();
            var expected = RosterReference.Of(sessions);
            Assert.True(expected.Matches(final.AllTime), expected.Describe(final.AllTime));
            Assert.Equal(0, final.ThisLive.Rooms);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task FinishedLive_OutlivesItsRoomGrain_AndReadingTheRosterActivatesNoRoom()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-outlive-" + Guid.NewGuid().ToString("N"), silos: 1);
        try
        {
            var sessions = Enumerable.Range(1, 2).Select(r => Sessions.Generate(70 + r, 400, RecentStart)).ToArray();
            for (var r = 0; r < 2; r++)
            {
                var feeder = new LiveRoomFeeder(cluster.Client, $"room-{r}");
                await feeder.JoinRosterAsync("agency");
                await Feeding.FeedAsync(feeder, sessions[r]);
                await feeder.EndLiveAsync();
            }

            var management = cluster.Client.GetGrain<IManagementGrain>(0);
            await management.ForceActivationCollection(TimeSpan.Zero);
            Assert.Equal(0, await RoomActivationsAsync(management));

            var summary = await cluster.Client.GetGrain<ILiveRosterGrain>("agency").GetSummaryAsync();
            var expected = RosterReference.Of(sessions);
            foreach (var window in new[] { summary.Today, summary.ThisWeek, summary.AllTime })
            {
                Assert.True(expected.Matches(window), expected.Describe(window));
            }

            Assert.Equal(0, await RoomActivationsAsync(management));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task LiveOfAPastWeek_IsRolledUp_AndEventsAfterItsEndAreNotCountedTwice()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-rollup-" + Guid.NewGuid().ToString("N"), silos: 1);
        try
        {
            var old = Sessions.Generate(11, 400, DateTimeOffset.UtcNow.AddDays(-10));
            var recent = Sessions.Generate(12, 400, RecentStart);
            var oldFeeder = new LiveRoomFeeder(cluster.Client, "room-old");
            await oldFeeder.JoinRosterAsync("agency");
            await Feeding.FeedAsync(oldFeeder, old.Take(300));
            await oldFeeder.EndLiveAsync();
            var recentFeeder = new LiveRoomFeeder(cluster.Client, "room-recent");
            await recentFeeder.JoinRosterAsync("agency");
            await Feeding.FeedAsync(recentFeeder, recent);
            await recentFeeder.EndLiveAsync();

            var roster = cluster.Client.GetGrain<ILiveRosterGrain>("agency");
            var summary = await roster.GetSummaryAsync();
            Assert.Equal(["room-recent"], summary.Rooms.Select(r => r.RoomId));
            var thisWeek = RosterReference.Of([recent]);
            Assert.True(thisWeek.Matches(summary.Today), thisWeek.Describe(summary.Today));
            Assert.True(thisWeek.Matches(summary.ThisWeek), thisWeek.Describe(summary.ThisWeek));
            var all = RosterReference.Of([old.Take(300), recent]);
            Assert.True(all.Matches(summary.AllTime), all.Describe(summary.AllTime));
            Assert.Empty(summary.Warnings);

            // The rolled-up room takes more events after its end: the roster cannot replace a rolled-up LIVE, so it
            // counts nothing more and says so, rather than add the room a second time.
            await Feeding.FeedAsync(oldFeeder, old.Skip(300));
            await oldFeeder.EndLiveAsync();
            var after = await roster.GetSummaryAsync();
            Assert.True(all.Matches(after.AllTime), all.Describe(after.AllTime));
            Assert.Contains(after.Warnings, w => w.Contains("after their LIVE had been rolled up", StringComparison.Ordinal));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Contributions_ReplaceNeverAdd_AndBadInputChangesNothing()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-input-" + Guid.NewGuid().ToString("N"), silos: 1);
        try
        {
            var roster = cluster.Client.GetGrain<ILiveRosterGrain>("agency");
            var at = RecentStart;
            await roster.ContributeAsync(Contribution("r1", 2, 100m, at), persist: false);
            var receipt = await roster.ContributeAsync(Contribution("r1", 3, 120m, at), persist: true);
            Assert.Equal(new LiveRosterReceipt(3, 3), receipt);
            Assert.Equal(new LiveRosterReceipt(3, 3), await roster.ContributeAsync(Contribution("r1", 1, 50m, at), persist: false)); // late: ignored
            await roster.ContributeAsync(Contribution("r1", 2, 100m, at), persist: false); // repeated late: ignored
            await roster.ContributeAsync(Contribution("r1", 3, 120m, at), persist: false); // repeated: counted once
            await roster.ContributeAsync(Contribution("r2", 1, 30m, at), persist: false);
            var summary = await roster.GetSummaryAsync();
            Assert.Equal(new Coins(150m), summary.AllTime.Coins);
            Assert.Equal(new Coins(150m), summary.Today.Coins);
            Assert.Equal(2, summary.ThisLive.Rooms);
            Assert.Equal([(7L, 120m + 30m)], summary.AllTime.TopGifters.Select(g => (g.SenderId, g.Coins.Value)));

            var noRoom = await Assert.ThrowsAsync<ArgumentException>(() => roster.ContributeAsync(Contribution(" ", 4, 1m, at), false));
            Assert.Contains("a contribution has no room id", noRoom.Message, StringComparison.Ordinal);
            var negative = await Assert.ThrowsAsync<ArgumentException>(() => roster.ContributeAsync(Contribution("r1", 9, -5m, at), false));
            Assert.Contains("room 'r1' sent a negative total (coins -5", negative.Message, StringComparison.Ordinal);
            var euro = Contribution("r1", 9, 500m, at);
            euro.Currency = "EUR";
            var currency = await Assert.ThrowsAsync<ArgumentException>(() => roster.ContributeAsync(euro, false));
            Assert.Contains("room 'r1' counts cash in EUR; the roster counts in USD", currency.Message, StringComparison.Ordinal);

            var badGoal = await Assert.ThrowsAsync<ArgumentException>(() => roster.SetGoalsAsync([new LiveRosterGoal { Name = "day", Target = 0m }]));
            Assert.Contains("goal 'day' has target 0; it must be greater than zero", badGoal.Message, StringComparison.Ordinal);
            await roster.SetGoalsAsync([new LiveRosterGoal { Name = "day", Window = LiveRosterWindowKind.Today, Unit = LiveGoalUnit.Diamonds, Target = 100m }]);

            var unchanged = await roster.GetSummaryAsync();
            Assert.Equal(new Coins(150m), unchanged.AllTime.Coins);
            var goal = Assert.Single(unchanged.Goals);
            Assert.Equal(75m, goal.Achieved); // 150 coins are 75 diamonds at the default card
            Assert.False(goal.IsReached);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task RoomResumedFromAnOlderCheckpoint_FedAgainInFewerBatches_OutranksWhatItSentBefore()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-resume-" + Guid.NewGuid().ToString("N"), checkpointEveryEvents: 100_000);
        try
        {
            var session = Sessions.Generate(31, 600, RecentStart);
            var roomId = await PlacedOnAsync(cluster, cluster.SecondarySilos[0].SiloAddress, "room-resume-", id => cluster.Client.GetGrain<ILiveRoomGrain>(id).GetTotalsAsync());
            var first = new LiveRoomFeeder(cluster.Client, roomId, new LiveRoomFeederOptions { BatchSize = 20, MaxUnconfirmedBatches = 1_000 });
            await first.JoinRosterAsync("agency");
            await Feeding.FeedAsync(first, session.Take(200));

            // The room's silo dies before any checkpoint after the join, and its connector with it: a new connection
            // replays the whole session in three large batches. The resumed room has made fewer changes than it had
            // sent before; its sends must still replace the old ones, or the roster keeps 200 events of a LIVE "still
            // running" for ever.
            await cluster.KillSiloAsync(cluster.SecondarySilos[0]);
            var second = new LiveRoomFeeder(cluster.Client, roomId, new LiveRoomFeederOptions { BatchSize = 200 });
            await Feeding.FeedAsync(second, session);
            await second.EndLiveAsync();

            var summary = await cluster.Client.GetGrain<ILiveRosterGrain>("agency").GetSummaryAsync();
            var expected = RosterReference.Of([session]);
            Assert.True(expected.Matches(summary.AllTime), expected.Describe(summary.AllTime));
            Assert.Equal(0, summary.ThisLive.Rooms);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task BatchesHeldBackByTheSendInterval_ReachTheRosterWhenTheIntervalIsOver()
    {
        var cluster = await RoomCluster.StartAsync(redis, "roster-held-" + Guid.NewGuid().ToString("N"), silos: 1, rosterSendInterval: TimeSpan.FromSeconds(1));
        try
        {
            // Two batches right after the join: both fall inside the send interval. Nothing else happens (the room's
            // timer runs every 10 minutes in these tests), yet the roster must have them once the second is over.
            var session = Sessions.Generate(5, 100, RecentStart);
            var feeder = new LiveRoomFeeder(cluster.Client, "room-held", new LiveRoomFeederOptions { BatchSize = 50 });
            await feeder.JoinRosterAsync("agency");
            await Feeding.FeedAsync(feeder, session);
            var roster = cluster.Client.GetGrain<ILiveRosterGrain>("agency");
            var last = session.Max(e => e.Timestamp);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            LiveRosterRoom? room;
            while ((room = await roster.GetRoomAsync("room-held"))?.LastEventAt != last && watch.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50);
            }

            Assert.Equal(last, room?.LastEventAt);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"the held-back batches took {watch.Elapsed} to reach the roster");
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static LiveRoomContribution Contribution(string room, long version, decimal coins, DateTimeOffset at) => new()
    {
        RoomId = room,
        Version = version,
        StartedAt = at,
        LastEventAt = at.AddMinutes(5),
        Coins = coins,
        SettledCoins = coins,
        Diamonds = coins / 2,
        Cash = coins / 2 * 0.005m,
        Currency = "USD",
        CurrencyMinorUnits = 2,
        Gifts = 1,
        EventsRecorded = 1,
        Gifters = [new LiveRosterGifterEntry { SenderId = 7, SenderName = "ana", Coins = coins, Gifts = 1 }],
    };

    private static bool Same(LiveRosterWindow a, LiveRosterWindow b) =>
        a.Rooms == b.Rooms && a.Coins == b.Coins && a.SettledCoins == b.SettledCoins && a.Cash == b.Cash && a.Gifts == b.Gifts &&
        a.EventsRecorded == b.EventsRecorded && a.TopGifters.SequenceEqual(b.TopGifters);

    private static async Task<int> RoomActivationsAsync(IManagementGrain management)
    {
        var stats = await management.GetSimpleGrainStatistics();
        return stats.Where(s => s.GrainType.Contains("LiveRoomGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    // Activates grains until one lands on the given silo (placement is random); falls back to the last one tried.
    private static async Task<string> PlacedOnAsync(TestCluster cluster, SiloAddress silo, string prefix, Func<string, Task> activate)
    {
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var id = string.Empty;
        for (var i = 0; i < 16; i++)
        {
            id = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await activate(id);
            var placed = await management.GetDetailedGrainStatistics(hostsIds: [silo]);
            if (placed.Any(s => s.GrainId.Key.ToString() == id))
            {
                return id;
            }
        }

        return id;
    }
}
