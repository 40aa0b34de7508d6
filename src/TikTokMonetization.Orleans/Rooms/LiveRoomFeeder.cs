using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// The client side of a room: a connector adds events as its client library raises them; the feeder sends them in
/// numbered batches, retries a failed send with the same batch, and keeps every batch until the room says it is in a
/// persisted checkpoint, so that a room restored on another silo gets back exactly what it lost (at-least-once
/// delivery, exactly-once totals).
/// </summary>
/// <remarks>
/// <para>
/// Back-pressure: <see cref="AddAsync"/> sends when a batch is full, and when <see cref="LiveRoomFeederOptions.MaxUnconfirmedBatches"/>
/// batches await durability it asks the room to write its checkpoint before going on. A connector's event handler
/// awaits it (or hands events to a channel that one task drains into it).
/// </para>
/// <para>Not thread-safe: one feeder per connection, used from one task at a time. Many feeders may feed one room.</para>
/// </remarks>
public sealed class LiveRoomFeeder
{
    private readonly ILiveRoomGrain _room;
    private readonly LiveRoomFeederOptions _options;
    private readonly List<LiveEvent> _pending = [];
    private readonly List<LiveEventBatch> _unconfirmed = [];
    private long _nextSequence = 1;
    private long _applied;

    /// <summary>Initializes a new instance of the <see cref="LiveRoomFeeder"/> class.</summary>
    /// <param name="grains">The cluster client's grain factory.</param>
    /// <param name="roomId">The LIVE room's id.</param>
    /// <param name="options">Batch size, retries and back-pressure; <see langword="null"/> for the defaults.</param>
    public LiveRoomFeeder(IGrainFactory grains, string roomId, LiveRoomFeederOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentException.ThrowIfNullOrWhiteSpace(roomId);
        _options = options ?? new LiveRoomFeederOptions();
        _options.ThrowIfInvalid();
        _room = grains.GetGrain<ILiveRoomGrain>(roomId);
        RoomId = roomId;
    }

    /// <summary>Gets this feeder's id: the room counts its batches apart from every other feeder's.</summary>
    public Guid FeederId { get; } = Guid.NewGuid();

    /// <summary>Gets the room's id.</summary>
    public string RoomId { get; }

    /// <summary>Gets the events added and not yet sent.</summary>
    public int PendingEvents => _pending.Count;

    /// <summary>Gets the batches sent and not yet in the room's persisted checkpoint.</summary>
    public int UnconfirmedBatches => _unconfirmed.Count;

    /// <summary>Gets how many times a send failed and was retried.</summary>
    public long Retries { get; private set; }

    /// <summary>Gets how many times the room had lost applied batches (it came back from an older checkpoint) and the feeder resent them.</summary>
    public long GapsRecovered { get; private set; }

    /// <summary>Adds one event; sends a batch when one is full.</summary>
    /// <param name="liveEvent">The event.</param>
    /// <param name="cancellationToken">Stops waiting for the room.</param>
    /// <returns>A task that completes when the event is buffered (and any full batch sent).</returns>
    public async ValueTask AddAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default)
    {
        _pending.Add(liveEvent);
        if (_pending.Count >= _options.BatchSize)
        {
            await SendAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends every pending event and resends every batch the room has not applied.</summary>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <returns>A task that completes when the room has applied everything added so far.</returns>
    public async Task SendAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count > 0)
        {
            _unconfirmed.Add(new LiveEventBatch(FeederId, _nextSequence++, _pending.ToArray()));
            _pending.Clear();
        }

        var i = 0;
        while (i < _unconfirmed.Count)
        {
            var batch = _unconfirmed[i];
            if (batch.Sequence <= _applied)
            {
                i++;
                continue;
            }

            var ack = await CallAsync(() => _room.RecordAsync(batch), cancellationToken).ConfigureAwait(false);
            Confirm(ack);
            if (ack.Gap)
            {
                // The room lost batches it had applied (it came back from an older checkpoint): resend from there.
                var first = _unconfirmed.Count == 0 ? _nextSequence : _unconfirmed[0].Sequence;
                if (first > ack.AppliedThrough + 1)
                {
                    // It needs a batch this feeder already let go of because the room had called it durable: the
                    // room's storage lost data. Say so rather than resend forever or leave a hole in the totals.
                    throw new InvalidOperationException(
                        $"Room '{RoomId}' has applied this feeder's batches only up to {ack.AppliedThrough}, but batches up to {first - 1} were confirmed durable and are no longer held: the room's storage lost data. Its totals lack those events.");
                }

                GapsRecovered++;
                i = 0;
                continue;
            }

            i++;
        }

        if (_unconfirmed.Count >= _options.MaxUnconfirmedBatches)
        {
            Confirm(await CallAsync(() => _room.CheckpointAsync(FeederId), cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Sends everything, ends the LIVE and returns the room's final totals.</summary>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <returns>The final totals.</returns>
    public async Task<LiveRoomTotals> EndLiveAsync(CancellationToken cancellationToken = default)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        var totals = await CallAsync(_room.EndLiveAsync, cancellationToken).ConfigureAwait(false);
        Confirm(await CallAsync(() => _room.CheckpointAsync(FeederId), cancellationToken).ConfigureAwait(false));
        return totals;
    }

    private void Confirm(LiveRoomAck ack)
    {
        _applied = ack.AppliedThrough;
        _unconfirmed.RemoveAll(b => b.Sequence <= ack.DurableThrough);
    }

    private async Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not ArgumentException && attempt < _options.MaxAttempts)
            {
                // A silo went away, a call timed out: the same batch goes again, and the room ignores it if it got it.
                Retries++;
                await Task.Delay(_options.RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
