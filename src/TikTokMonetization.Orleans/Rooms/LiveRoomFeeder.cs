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
        : this(Room(grains, roomId), roomId, options)
    {
    }

    // For tests that put a faulty connection between the feeder and the room.
    internal LiveRoomFeeder(ILiveRoomGrain room, string roomId, LiveRoomFeederOptions? options)
    {
        _options = options ?? new LiveRoomFeederOptions();
        _options.ThrowIfInvalid();
        _room = room;
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
        await SendBatchesAsync(cancellationToken).ConfigureAwait(false);

        if (_unconfirmed.Count >= _options.MaxUnconfirmedBatches)
        {
            await ConfirmAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends everything and has the room write its checkpoint, until the checkpoint holds every batch this feeder sent;
    /// a room that came back from an older checkpoint in the meantime gets the missing batches again first.
    /// </summary>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <returns>A task that completes when everything added so far is durable in the room.</returns>
    public async Task ConfirmAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await SendBatchesAsync(cancellationToken).ConfigureAwait(false);
            var ack = await CallAsync(() => _room.CheckpointAsync(FeederId), cancellationToken).ConfigureAwait(false);
            if (ack.AppliedThrough >= _nextSequence - 1)
            {
                Confirm(ack);
                return;
            }

            // The room restarted from a checkpoint that lacks batches it had acknowledged: send them again.
            Recover(ack);
        }
    }

    /// <summary>Makes everything this feeder sent durable in the room, ends the LIVE and returns the room's final totals.</summary>
    /// <remarks>With several feeders on one room, end the LIVE after every other feeder's <see cref="ConfirmAsync"/>.</remarks>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <returns>The final totals.</returns>
    public async Task<LiveRoomTotals> EndLiveAsync(CancellationToken cancellationToken = default)
    {
        // Everything this feeder sent must be in the room's checkpoint first: a room that came back from an older one
        // would otherwise end the LIVE without the batches it had acknowledged.
        await ConfirmAsync(cancellationToken).ConfigureAwait(false);
        return await CallAsync(_room.EndLiveAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes the room a member of a roster (see <see cref="ILiveRoomGrain.JoinRosterAsync"/>), retrying a failed call.</summary>
    /// <param name="rosterId">The roster's id.</param>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <returns>A task that completes when the room belongs to the roster and the roster has its totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="rosterId"/> is empty.</exception>
    public async Task JoinRosterAsync(string rosterId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rosterId);
        await CallAsync(
            async () =>
            {
                await _room.JoinRosterAsync(rosterId).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static ILiveRoomGrain Room(IGrainFactory grains, string roomId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentException.ThrowIfNullOrWhiteSpace(roomId);
        return grains.GetGrain<ILiveRoomGrain>(roomId);
    }

    private async Task SendBatchesAsync(CancellationToken cancellationToken)
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
            if (ack.Gap)
            {
                Recover(ack);
                i = 0;
                continue;
            }

            Confirm(ack);
            i++;
        }
    }

    // The room lost batches it had applied (it came back from an older checkpoint): send again from there.
    private void Recover(LiveRoomAck ack)
    {
        Confirm(ack);
        var first = _unconfirmed.Count == 0 ? _nextSequence : _unconfirmed[0].Sequence;
        if (first > ack.AppliedThrough + 1)
        {
            // It needs a batch this feeder already let go of because the room had called it durable: the room's
            // storage lost data. Say so rather than resend forever or leave a hole in the totals.
            throw new InvalidOperationException(
                $"Room '{RoomId}' has applied this feeder's batches only up to {ack.AppliedThrough}, but batches up to {first - 1} were confirmed durable and are no longer held: the room's storage lost data. Its totals lack those events.");
        }

        GapsRecovered++;
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
