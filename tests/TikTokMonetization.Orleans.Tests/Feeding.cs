using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>Feeds a session through a feeder as a connector would, one event at a time.</summary>
internal static class Feeding
{
    /// <summary>Adds every event, then sends what is pending; signals <paramref name="third"/> a third of the way in.</summary>
    public static async Task FeedAsync(LiveRoomFeeder feeder, IEnumerable<LiveEvent> events, TaskCompletionSource? third = null)
    {
        var list = events.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            await feeder.AddAsync(list[i]);
            if (i == list.Count / 3)
            {
                third?.TrySetResult();
                await Task.Yield();
            }
        }

        await feeder.SendAsync();
    }
}
