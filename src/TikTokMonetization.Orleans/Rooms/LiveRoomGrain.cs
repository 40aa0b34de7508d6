using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// The room grain: a ledger restored from the persisted checkpoint on activation, batches applied once per feeder
/// sequence, the checkpoint written every N events, every T seconds on the timer, on request and on deactivation.
/// </summary>
internal sealed class LiveRoomGrain : Grain, ILiveRoomGrain
{
    private readonly IPersistentState<LiveRoomState> _state;
    private readonly ILiveLedgerFactory _ledgers;
    private readonly LiveRoomOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<Guid, long> _applied = [];
    private LiveLedger _ledger = null!;
    private int _unwritten;
    private DateTimeOffset _lastWrite;

    public LiveRoomGrain(
        [PersistentState("room", LiveRoomOptions.StorageName)] IPersistentState<LiveRoomState> state,
        ILiveLedgerFactory ledgers,
        IOptions<LiveRoomOptions> options,
        TimeProvider time)
    {
        _state = state;
        _ledgers = ledgers;
        _options = options.Value;
        _time = time;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ledger = _state.State.Checkpoint is { } checkpoint ? _ledgers.Restore(checkpoint) : _ledgers.Create();
        foreach (var (feeder, sequence) in _state.State.Feeders)
        {
            _applied[feeder] = sequence;
        }

        _lastWrite = _time.GetUtcNow();
        this.RegisterGrainTimer(OnTimerAsync, _options.TimerPeriod, _options.TimerPeriod);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten > 0)
        {
            await WriteAsync().ConfigureAwait(true);
        }
    }

    public async Task<LiveRoomAck> RecordAsync(LiveEventBatch batch)
    {
        Check(batch);
        var applied = Applied(batch.FeederId);
        if (batch.Sequence <= applied)
        {
            return Ack(batch.FeederId, gap: false, duplicate: true);
        }

        if (batch.Sequence > applied + 1)
        {
            return Ack(batch.FeederId, gap: true, duplicate: false);
        }

        foreach (var e in batch.Events)
        {
            _ledger.Record(e);
        }

        _applied[batch.FeederId] = batch.Sequence;
        _unwritten += Math.Max(1, batch.Events.Count);
        if (_unwritten >= _options.CheckpointEveryEvents)
        {
            await WriteAsync().ConfigureAwait(true);
        }

        return Ack(batch.FeederId, gap: false, duplicate: false);
    }

    public async Task<LiveRoomAck> CheckpointAsync(Guid feederId)
    {
        await WriteAsync().ConfigureAwait(true);
        return Ack(feederId, gap: false, duplicate: false);
    }

    public Task<LiveRoomTotals> GetTotalsAsync() => Task.FromResult(LiveRoomTotals.From(this.GetPrimaryKeyString(), _ledger.GetSummary()));

    public async Task<LiveRoomTotals> EndLiveAsync()
    {
        _ledger.Flush();
        _state.State.Ended = true;
        await WriteAsync().ConfigureAwait(true);
        return LiveRoomTotals.From(this.GetPrimaryKeyString(), _ledger.GetSummary());
    }

    private async Task OnTimerAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_ledger.Tick(now) > 0)
        {
            _unwritten++;
        }

        if (_unwritten > 0 && now - _lastWrite >= _options.CheckpointInterval)
        {
            await WriteAsync().ConfigureAwait(true);
        }
    }

    private async Task WriteAsync()
    {
        _state.State.Checkpoint = _ledger.SaveCheckpoint();
        _state.State.Feeders = new Dictionary<Guid, long>(_applied);
        await _state.WriteStateAsync().ConfigureAwait(true);
        _unwritten = 0;
        _lastWrite = _time.GetUtcNow();
    }

    private long Applied(Guid feeder) => _applied.TryGetValue(feeder, out var sequence) ? sequence : 0;

    private LiveRoomAck Ack(Guid feeder, bool gap, bool duplicate) =>
        new(Applied(feeder), _state.State.Feeders.TryGetValue(feeder, out var durable) ? durable : 0, gap, duplicate);

    private void Check(LiveEventBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var room = this.GetPrimaryKeyString();
        if (batch.Events is null)
        {
            throw new ArgumentException($"Room '{room}': batch {batch.Sequence} has no event list; send an empty list for none.", nameof(batch));
        }

        if (batch.Sequence < 1)
        {
            throw new ArgumentException($"Room '{room}': batch sequence is {batch.Sequence}; it must be 1 or more (1 for a feeder's first batch).", nameof(batch));
        }

        if (batch.Events.Count > _options.MaxBatchSize)
        {
            throw new ArgumentException($"Room '{room}': batch {batch.Sequence} holds {batch.Events.Count.ToString("N0", CultureInfo.InvariantCulture)} events; it must hold at most {_options.MaxBatchSize.ToString("N0", CultureInfo.InvariantCulture)} ({LiveRoomOptions.Path}:MaxBatchSize). Nothing was recorded.", nameof(batch));
        }

        for (var i = 0; i < batch.Events.Count; i++)
        {
            var e = batch.Events[i];
            if (e.Kind is < LiveEventKind.Gift or > LiveEventKind.Subscription)
            {
                throw new ArgumentException($"Room '{room}': batch {batch.Sequence}, event {i} has kind {e.Kind}; it must be Gift, Like, ViewerCount, Follow, Share or Subscription. Nothing was recorded.", nameof(batch));
            }

            if (e.Timestamp == default)
            {
                throw new ArgumentException($"Room '{room}': batch {batch.Sequence}, event {i} ({e.Kind}) has no time; every event needs the time it happened. Nothing was recorded.", nameof(batch));
            }
        }
    }
}
