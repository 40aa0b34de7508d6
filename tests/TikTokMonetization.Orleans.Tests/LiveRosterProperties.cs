using FsCheck.Xunit;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.Orleans.Rosters;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>
/// The roster's law on a real two-silo cluster with Redis: whatever calls between feeders and rooms are lost, answered
/// into the void, delivered twice or overtaken by an old batch, no gift is lost and none is counted twice.
/// </summary>
public sealed class LiveRosterProperties(SharedRoomCluster shared) : IClassFixture<SharedRoomCluster>
{
    [Property(Arbitrary = [typeof(RosterArbitraries)], MaxTest = 25)]
    public async Task Roster_counts_every_gift_exactly_once_whatever_the_faults(RosterPlan plan)
    {
        var client = shared.Cluster.Client;
        var run = Guid.NewGuid().ToString("N");
        var rosterId = "agency-" + run;
        var start = DateTimeOffset.UtcNow.AddMinutes(-20);
        var sessions = plan.Rooms.Select(r => Sessions.Generate(r.Seed, r.Frames, start)).ToArray();
        var feeders = plan.Rooms.Select((r, i) =>
        {
            var id = $"room-{run}-{i}";
            var room = new FlakyRoom(client.GetGrain<ILiveRoomGrain>(id), r.Faults);
            return new LiveRoomFeeder(room, id, new LiveRoomFeederOptions { BatchSize = r.BatchSize, MaxUnconfirmedBatches = 4, RetryDelay = TimeSpan.Zero });
        }).ToArray();

        await Task.WhenAll(feeders.Select(async (feeder, i) =>
        {
            await feeder.JoinRosterAsync(rosterId);
            await Feeding.FeedAsync(feeder, sessions[i]);
        }));
        var totals = await Task.WhenAll(feeders.Select(f => f.EndLiveAsync()));

        for (var i = 0; i < feeders.Length; i++)
        {
            Assert.Equal(Sessions.InProcess(feeders[i].RoomId, sessions[i]), totals[i]);
        }

        var summary = await client.GetGrain<ILiveRosterGrain>(rosterId).GetSummaryAsync();
        var expected = RosterReference.Of(sessions);
        Assert.True(expected.Matches(summary.AllTime), expected.Describe(summary.AllTime));
        Assert.True(expected.Matches(summary.Today), expected.Describe(summary.Today));
        Assert.Equal(0, summary.ThisLive.Rooms);
    }
}
