using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>The room grains on a real two-silo cluster with Redis storage: fail-over, restart, duplicates, bad input.</summary>
public sealed class LiveRoomGrainTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task SiloKilledMidStream_EveryRoomsTotals_EqualOneInProcessLedgerFedOnce()
    {
        var cluster = await RoomCluster.StartAsync(redis, "failover-" + Guid.NewGuid().ToString("N"), checkpointEveryEvents: 150);
        try
        {
            const int Rooms = 12;
            var sessions = Enumerable.Range(1, Rooms).Select(r => Sessions.Generate(r, 900)).ToArray();
            var feeders = Enumerable.Range(1, Rooms).Select(r => new LiveRoomFeeder(cluster.Client, $"room-{r}", new LiveRoomFeederOptions { BatchSize = 40, RetryDelay = TimeSpan.FromMilliseconds(300) })).ToArray();

            // Every room is fed at once; a third of the way in, a silo dies without warning. Rooms that lived on it come
            // back on the other silo from their last checkpoint, and their feeders resend what the checkpoint lacks.
            var third = new TaskCompletionSource();
            var feeding = Enumerable.Range(0, Rooms).Select(r => Feeding.FeedAsync(feeders[r], sessions[r], r == 0 ? third : null)).ToArray();
            await third.Task;
            await cluster.KillSiloAsync(cluster.SecondarySilos[0]);
            await Task.WhenAll(feeding);
            var totals = await Task.WhenAll(feeders.Select(f => f.EndLiveAsync()));

            for (var r = 0; r < Rooms; r++)
            {
                var expected = Sessions.InProcess($"room-{r + 1}", sessions[r]);
                Assert.True(
                    expected.Equals(totals[r]),
                    $"room-{r + 1}: expected {expected.Coins} coins from {expected.EventsRecorded} events, got {totals[r].Coins} from {totals[r].EventsRecorded} (retries {feeders[r].Retries}, gaps {feeders[r].GapsRecovered}).\nexpected warnings:\n{string.Join("\n", expected.Warnings)}\nactual warnings:\n{string.Join("\n", totals[r].Warnings)}");
            }

            Assert.Contains(feeders, f => f.Retries + f.GapsRecovered > 0); // the kill was felt, and absorbed
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task WholeClusterRestarted_RoomsResumeFromRedis()
    {
        var service = "restart-" + Guid.NewGuid().ToString("N");
        var session = Sessions.Generate(42, 600);
        var first = await RoomCluster.StartAsync(redis, service);
        try
        {
            var feeder = new LiveRoomFeeder(first.Client, "room-restart");
            await Feeding.FeedAsync(feeder, session.Take(300));
            await first.Client.GetGrain<ILiveRoomGrain>("room-restart").CheckpointAsync(feeder.FeederId);
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var second = await RoomCluster.StartAsync(redis, service);
        try
        {
            var room = second.Client.GetGrain<ILiveRoomGrain>("room-restart");
            Assert.Equal(Sessions.InProcess("room-restart", session.Take(300)) with { OpenStreaks = 0 }, await room.GetTotalsAsync() with { OpenStreaks = 0 }, new CoinsOnly());

            var feeder = new LiveRoomFeeder(second.Client, "room-restart");
            await Feeding.FeedAsync(feeder, session.Skip(300));
            Assert.Equal(Sessions.InProcess("room-restart", session), await feeder.EndLiveAsync());
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task DuplicatedAndReorderedBatches_AreAppliedExactlyOnce()
    {
        var cluster = await RoomCluster.StartAsync(redis, "dup-" + Guid.NewGuid().ToString("N"), silos: 1);
        try
        {
            var session = Sessions.Generate(7, 300);
            var feeder = Guid.NewGuid();
            var batches = session.Chunk(50).Select((events, i) => new LiveEventBatch(feeder, i + 1, events)).ToArray();
            var room = cluster.Client.GetGrain<ILiveRoomGrain>("room-dup");

            Assert.False((await room.RecordAsync(batches[0])).Duplicate);
            Assert.True((await room.RecordAsync(batches[0])).Duplicate);
            var gap = await room.RecordAsync(batches[2]);
            Assert.True(gap.Gap);
            Assert.Equal(1, gap.AppliedThrough);
            foreach (var batch in batches.Skip(1).Concat(batches.Reverse()))
            {
                await room.RecordAsync(batch);
            }

            Assert.Equal(Sessions.InProcess("room-dup", session), await room.EndLiveAsync());
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task BadBatches_GetAClearError_AndLeaveTheRoomUnchanged()
    {
        var cluster = await RoomCluster.StartAsync(redis, "bad-" + Guid.NewGuid().ToString("N"), silos: 1);
        try
        {
            var room = cluster.Client.GetGrain<ILiveRoomGrain>("room-bad");
            var feeder = Guid.NewGuid();
            var session = Sessions.Generate(3, 120);
            await room.RecordAsync(new LiveEventBatch(feeder, 1, session));
            var before = await room.GetTotalsAsync();

            var oversized = new LiveEventBatch(feeder, 2, Enumerable.Repeat(session[0], 5_001).ToArray());
            var tooBig = await Assert.ThrowsAsync<ArgumentException>(() => room.RecordAsync(oversized));
            Assert.Contains("holds 5,001 events; it must hold at most 5,000 (TikTokMonetization:LiveRooms:MaxBatchSize)", tooBig.Message, StringComparison.Ordinal);

            var timeless = new LiveEventBatch(feeder, 2, [session[1], LiveEvent.FromFollow(new FollowEvent { SenderId = 9 })]);
            var noTime = await Assert.ThrowsAsync<ArgumentException>(() => room.RecordAsync(timeless));
            Assert.Contains("event 1 (Follow) has no time", noTime.Message, StringComparison.Ordinal);

            var zero = await Assert.ThrowsAsync<ArgumentException>(() => room.RecordAsync(new LiveEventBatch(feeder, 0, [])));
            Assert.Contains("batch sequence is 0; it must be 1 or more", zero.Message, StringComparison.Ordinal);

            Assert.Equal(before, await room.GetTotalsAsync());
            Assert.Equal(1, (await room.CheckpointAsync(feeder)).AppliedThrough);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Compares the counted totals of a room whose streaks are still open (the warnings then differ by design).</summary>
    private sealed class CoinsOnly : IEqualityComparer<LiveRoomTotals>
    {
        public bool Equals(LiveRoomTotals? x, LiveRoomTotals? y) =>
            x is not null && y is not null && x.Coins == y.Coins && x.Gifts == y.Gifts && x.EventsRecorded == y.EventsRecorded && x.TopGifters.SequenceEqual(y.TopGifters);

        public int GetHashCode(LiveRoomTotals obj) => obj.Coins.GetHashCode();
    }
}
