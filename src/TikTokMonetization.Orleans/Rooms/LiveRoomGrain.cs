using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rosters;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// The room grain: a ledger restored from the persisted checkpoint on activation, batches applied once per feeder
/// sequence, the checkpoint written every N events, every T seconds on the timer, on request and on deactivation; its
/// cumulative totals sent with its version to the rosters it belongs to after batches, on the timer and at the end.
/// </summary>
internal sealed class LiveRoomGrain : Grain, ILiveRoomGrain
{
    // A roster not yet answered since activation: every version, 0 included, is news to it.
    private static readonly LiveRosterReceipt Unsent = new(-1, -1);

    private readonly IPersistentState<LiveRoomState> _state;
    private readonly ILiveLedgerFactory _ledgers;
    private readonly LiveRoomOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveRoomGrain> _logger;
    private readonly Dictionary<Guid, long> _applied = [];

    // What each roster has answered: the room's version it holds and the version it has persisted.
    private readonly Dictionary<string, LiveRosterReceipt> _rosters = new(StringComparer.Ordinal);
    private LiveLedger _ledger = null!;
    private int _unwritten;
    private long _changes;
    private bool _generationClaimed;
    private DateTimeOffset _lastWrite;
    private DateTimeOffset _lastRosterSend = DateTimeOffset.MinValue;
    private IGrainTimer? _heldBack;

    public LiveRoomGrain(
        [PersistentState("room", LiveRoomOptions.StorageName)] IPersistentState<LiveRoomState> state,
        ILiveLedgerFactory ledgers,
        IOptions<LiveRoomOptions> options,
        TimeProvider time,
        ILogger<LiveRoomGrain> logger)
    {
        _state = state;
        _ledgers = ledgers;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ledger = _state.State.Checkpoint is { } checkpoint ? _ledgers.Restore(checkpoint) : _ledgers.Create();
        foreach (var (feeder, sequence) in _state.State.Feeders)
        {
            _applied[feeder] = sequence;
        }

        foreach (var roster in _state.State.Rosters)
        {
            _rosters[roster] = Unsent;
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

        // The rosters must hold the room's latest totals durably before it goes: nothing may need it again.
        await SendToRostersAsync(persist: true, throttle: false, throwOnFailure: false).ConfigureAwait(true);
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
        _changes++;
        _unwritten += Math.Max(1, batch.Events.Count);
        if (_unwritten >= _options.CheckpointEveryEvents)
        {
            await WriteAsync().ConfigureAwait(true);
        }

        await SendToRostersAsync(persist: false, throttle: true, throwOnFailure: false).ConfigureAwait(true);
        return Ack(batch.FeederId, gap: false, duplicate: false);
    }

    public async Task<LiveRoomAck> CheckpointAsync(Guid feederId)
    {
        await WriteAsync().ConfigureAwait(true);

        // A feeder confirming is a pause worth showing: the rosters get what the throttle held back.
        await SendToRostersAsync(persist: false, throttle: false, throwOnFailure: false).ConfigureAwait(true);
        return Ack(feederId, gap: false, duplicate: false);
    }

    public Task<LiveRoomTotals> GetTotalsAsync() => Task.FromResult(LiveRoomTotals.From(this.GetPrimaryKeyString(), _ledger.GetSummary()));

    public async Task<LiveRoomTotals> EndLiveAsync()
    {
        if (_ledger.Flush() > 0 || !_state.State.Ended)
        {
            _changes++;
        }

        _state.State.Ended = true;
        await WriteAsync().ConfigureAwait(true);

        // The final totals reach every roster durably before the LIVE counts as ended; a failure is thrown, and the
        // caller's retry sends them again (same version, so counted once).
        await SendToRostersAsync(persist: true, throttle: false, throwOnFailure: true).ConfigureAwait(true);
        return LiveRoomTotals.From(this.GetPrimaryKeyString(), _ledger.GetSummary());
    }

    private async Task OnTimerAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_ledger.Tick(now) > 0)
        {
            _unwritten++;
            _changes++;
        }

        if (_unwritten > 0 && now - _lastWrite >= _options.CheckpointInterval)
        {
            await WriteAsync().ConfigureAwait(true);
        }

        await SendToRostersAsync(persist: false, throttle: false, throwOnFailure: false).ConfigureAwait(true);
    }

    public async Task JoinRosterAsync(string rosterId)
    {
        if (string.IsNullOrWhiteSpace(rosterId))
        {
            throw new ArgumentException($"Room '{this.GetPrimaryKeyString()}': the roster id is empty; it must name the roster to join.", nameof(rosterId));
        }

        if (!_state.State.Rosters.Contains(rosterId, StringComparer.Ordinal))
        {
            _state.State.Rosters.Add(rosterId);
            await WriteAsync().ConfigureAwait(true);
            _rosters[rosterId] = Unsent;
        }

        await SendToRostersAsync(persist: false, throttle: false, throwOnFailure: true).ConfigureAwait(true);
    }

    // Sends the room's cumulative totals to every roster that lacks this version (throttled after batches), and, when
    // not throttled, to every roster that has not yet persisted it. The roster replaces the room's previous totals, so
    // a send repeated or lost and made again counts once.
    private async Task SendToRostersAsync(bool persist, bool throttle, bool throwOnFailure)
    {
        if (_rosters.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (throttle && now - _lastRosterSend < _options.RosterSendInterval)
        {
            // Held back, not dropped: one send goes when the interval is over, with whatever has changed by then.
            _heldBack ??= this.RegisterGrainTimer(SendHeldBackAsync, _lastRosterSend + _options.RosterSendInterval - now, Timeout.InfiniteTimeSpan);
            return;
        }

        if (!_generationClaimed)
        {
            // Sends of this activation must outrank every earlier one's, even if this one resumed from an older
            // checkpoint and has fewer changes: until the feeders resend, the rosters show the room's checkpoint.
            _state.State.Generation++;
            await WriteAsync().ConfigureAwait(true);
            _generationClaimed = true;
        }

        LiveRoomContribution? contribution = null;
        foreach (var (rosterId, receipt) in _rosters.ToArray())
        {
            var behind = receipt.Version < Version;
            var notDurable = receipt.DurableVersion < Version;
            if (!behind && !(notDurable && !throttle))
            {
                continue;
            }

            contribution ??= Contribution();
            try
            {
                _rosters[rosterId] = await GrainFactory.GetGrain<ILiveRosterGrain>(rosterId).ContributeAsync(contribution, persist).ConfigureAwait(true);
            }
            catch (Exception e) when (!throwOnFailure)
            {
                // The roster's silo may be going away: the timer sends again, and the roster counts the room once.
                _logger.LogWarning(e, "Room {RoomId} could not send version {Version} to roster {RosterId}; the room's timer will send it again.", this.GetPrimaryKeyString(), Version, rosterId);
            }
        }

        _lastRosterSend = now;
    }

    private async Task SendHeldBackAsync(CancellationToken cancellationToken)
    {
        _heldBack?.Dispose();
        _heldBack = null;
        await SendToRostersAsync(persist: false, throttle: false, throwOnFailure: false).ConfigureAwait(true);
    }

    private LiveRoomContribution Contribution()
    {
        var summary = _ledger.GetSummary(_options.RosterGifters);
        var listed = summary.TopGifters;

        // What a gifter left off the list can have sent at most: no more than the last one listed, nor than all the
        // gifters the ledger folded into one row.
        var unlisted = listed.Count < summary.GifterCount && listed.Count > 0 ? listed[^1].Coins.Value : 0m;
        if (summary.OtherGifters is { } others)
        {
            unlisted = Math.Max(unlisted, others.Coins.Value);
        }

        return new LiveRoomContribution
        {
            RoomId = this.GetPrimaryKeyString(),
            Version = Version,
            Ended = _state.State.Ended,
            StartedAt = summary.ObservedFrom,
            LastEventAt = summary.ObservedTo,
            Coins = summary.Host.Coins.Value,
            SettledCoins = summary.Host.SettledCoins.Value,
            Diamonds = summary.Host.Diamonds.Value,
            Cash = summary.Host.Cash.Amount,
            Currency = summary.Currency.Code,
            CurrencyMinorUnits = summary.Currency.MinorUnits,
            Gifts = summary.Host.Gifts,
            UnpricedGifts = summary.Host.UnpricedGifts,
            EventsRecorded = summary.EventsRecorded,
            Gifters = listed.Select(g => new LiveRosterGifterEntry { SenderId = g.SenderId, SenderName = g.SenderName, Coins = g.Coins.Value, Gifts = g.Gifts }).ToList(),
            UnlistedMaxCoins = unlisted,
        };
    }

    private async Task WriteAsync()
    {
        _state.State.Checkpoint = _ledger.SaveCheckpoint();
        _state.State.Feeders = new Dictionary<Guid, long>(_applied);
        await _state.WriteStateAsync().ConfigureAwait(true);
        _unwritten = 0;
        _lastWrite = _time.GetUtcNow();
    }

    // The version the rosters compare: the activation's generation, then the changes since the activation (a LIVE
    // makes far fewer than 2^32 changes in one activation).
    private long Version => (_state.State.Generation << 32) + _changes;

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
