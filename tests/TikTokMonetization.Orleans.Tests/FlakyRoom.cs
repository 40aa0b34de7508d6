using TikTokMonetization.Orleans.Rooms;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>What goes wrong with one call between a feeder and its room.</summary>
public enum CallFault
{
    /// <summary>The call fails before it reaches the room.</summary>
    LostOnTheWay,

    /// <summary>The room handles the call, but its answer is lost: the feeder sees a failure and sends again.</summary>
    AnswerLost,

    /// <summary>The network delivers the call twice.</summary>
    DeliveredTwice,

    /// <summary>An old batch, delivered late, arrives just before the call (a reordered delivery).</summary>
    OldBatchFirst,
}

/// <summary>A faulty connection to a room: the calls whose number is in the plan fail or repeat as it says.</summary>
internal sealed class FlakyRoom(ILiveRoomGrain room, IReadOnlyDictionary<int, CallFault> plan) : ILiveRoomGrain
{
    private readonly List<LiveEventBatch> _delivered = [];
    private int _calls;

    public int FaultsInjected { get; private set; }

    public Task<LiveRoomAck> RecordAsync(LiveEventBatch batch) => CallAsync(() =>
    {
        _delivered.Add(batch);
        return room.RecordAsync(batch);
    });

    public Task<LiveRoomAck> CheckpointAsync(Guid feederId) => CallAsync(() => room.CheckpointAsync(feederId));

    public Task<LiveRoomTotals> GetTotalsAsync() => room.GetTotalsAsync();

    public Task<LiveRoomTotals> EndLiveAsync() => CallAsync(room.EndLiveAsync);

    public Task JoinRosterAsync(string rosterId) => CallAsync(async () =>
    {
        await room.JoinRosterAsync(rosterId);
        return true;
    });

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        var number = Interlocked.Increment(ref _calls);
        if (!plan.TryGetValue(number, out var fault))
        {
            return await call();
        }

        FaultsInjected++;
        switch (fault)
        {
            case CallFault.LostOnTheWay:
                throw new TimeoutException($"call {number} lost on the way (injected)");
            case CallFault.AnswerLost:
                await call();
                throw new TimeoutException($"call {number}'s answer lost (injected)");
            case CallFault.OldBatchFirst:
                if (_delivered.Count > 0)
                {
                    await room.RecordAsync(_delivered[number % _delivered.Count]);
                }

                return await call();
            default:
                await call();
                return await call();
        }
    }
}
