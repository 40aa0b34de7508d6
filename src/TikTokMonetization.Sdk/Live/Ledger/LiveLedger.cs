using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>
/// Turns the raw events of one LIVE session into gifts counted exactly once, and keeps running totals: coins, diamonds
/// and cash (through the rate card), per gifter, per gift, per minute, goals, likes, viewers and data-quality flags.
/// </summary>
/// <remarks>
/// <para>
/// Streak rules (see <c>docs/live-ledger.md</c>): frames are grouped into streaks by receiver, sender, gift and combo
/// group; the highest repeat count seen is the streak's gift count, so duplicates and out-of-order frames add nothing;
/// a gift that is not streakable counts at once; a streak closes at its repeat-end frame, or after
/// <see cref="LiveLedgerOptions.QuietPeriod"/> of event time without a frame ("closed by timeout"), or at
/// <see cref="Flush"/>; a closed streak that receives a higher count is reopened and counted once. Gifts to a co-host
/// are kept apart from the host's.
/// </para>
/// <para>
/// Thread-safety: every member is thread-safe. Several producers may feed one ledger at once; each call takes one lock
/// for a short critical section (a few dictionary look-ups and additions, no allocation once senders and gifts are
/// known), and because a streak's count is the maximum of its frames, the totals after the streaks close do not depend
/// on how the producers interleave. Summaries and checkpoints copy the state under the lock and do the rest outside it.
/// </para>
/// </remarks>
public sealed partial class LiveLedger
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif

    /// <summary>Initializes a new instance of the <see cref="LiveLedger"/> class, for use without dependency injection.</summary>
    /// <param name="rateCard">The rate card that turns coins into diamonds and cash; use the LIVE gifts model's card so that both agree.</param>
    /// <param name="catalog">Prices gifts that arrive without a price; <see langword="null"/> for <see cref="GiftCatalog.BuiltIn"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for the documented defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> breaks a rule; the message lists every problem.</exception>
    public LiveLedger(RateCard rateCard, GiftCatalog? catalog = null, LiveLedgerOptions? options = null)
    {
        RateCard = Guard.NotNull(rateCard, nameof(rateCard));
        Catalog = catalog ?? GiftCatalog.BuiltIn;
        options ??= new LiveLedgerOptions();
        var errors = LiveLedgerOptionsChecks.Collect(options, attributeRules: true);
        if (errors.Count > 0)
        {
            throw new ArgumentException("The LIVE ledger options are invalid: " + string.Join(" ", errors), nameof(options));
        }

        _quietTicks = options.QuietPeriod.Ticks;
        _retentionTicks = options.ClosedStreakRetention.Ticks;
        _maxJumpTicks = Math.Min(options.MaxClockJump.Ticks, _retentionTicks);
        _sweepIntervalTicks = Math.Max(_quietTicks / 4, TimeSpan.TicksPerMillisecond);
        _hostUserId = options.HostUserId;
        _connectedAtLiveStart = options.ConnectedAtLiveStart;
        _likeCap = options.LikeCapPerMessage;
        _leaderboardSize = options.LeaderboardSize;
        _goals = (options.Goals ?? []).Select(g => new LiveGoal { Name = g.Name, Unit = g.Unit, Target = g.Target }).ToArray();
        _limits = new LedgerLimits(options);
        _receivers.Add(new ReceiverSlot { ReceiverId = 0 });
    }

    /// <summary>Gets the rate card the ledger converts through.</summary>
    public RateCard RateCard { get; }

    /// <summary>Gets the gift catalog that prices frames without a price.</summary>
    public GiftCatalog Catalog { get; }

    /// <summary>Records one gift frame. Pass every frame as it arrives, duplicates and out-of-order frames included.</summary>
    /// <param name="gift">The frame, by reference: nothing is copied or allocated once the sender and gift are known.</param>
    /// <returns>What the frame did: <see cref="LiveRecordResult.Counted"/> when it added gifts.</returns>
    public LiveRecordResult Record(in GiftEvent gift)
    {
        var rejection = LiveEventChecks.Check(in gift);
        lock (_gate)
        {
            _counters.Events++;
            return rejection == LiveEventChecks.Valid ? RecordGift(in gift) : Reject(rejection);
        }
    }

    /// <summary>Records a batch of gift frames under one lock acquisition: the fastest way to feed many frames from one producer.</summary>
    /// <param name="gifts">The frames, in arrival order.</param>
    /// <returns>The number of frames that added gifts.</returns>
    public int Record(ReadOnlySpan<GiftEvent> gifts)
    {
        var counted = 0;
        lock (_gate)
        {
            for (var i = 0; i < gifts.Length; i++)
            {
                ref readonly var gift = ref gifts[i];
                var rejection = LiveEventChecks.Check(in gift);
                _counters.Events++;
                var result = rejection == LiveEventChecks.Valid ? RecordGift(in gift) : Reject(rejection);
                if (result == LiveRecordResult.Counted)
                {
                    counted++;
                }
            }
        }

        return counted;
    }

    /// <summary>Records one like message.</summary>
    /// <param name="like">The message.</param>
    /// <returns><see cref="LiveRecordResult.Counted"/>, or <see cref="LiveRecordResult.Rejected"/> for a negative count or a missing timestamp.</returns>
    public LiveRecordResult Record(in LikeEvent like)
    {
        var rejection = LiveEventChecks.Check(like.Timestamp, Math.Min(like.Count, like.RoomTotal ?? 0));
        lock (_gate)
        {
            _counters.Events++;
            return rejection == LiveEventChecks.Valid ? RecordLike(in like) : Reject(rejection);
        }
    }

    /// <summary>Records one viewer count update.</summary>
    /// <param name="viewers">The update.</param>
    /// <returns><see cref="LiveRecordResult.Counted"/>, or <see cref="LiveRecordResult.Rejected"/> for a negative count or a missing timestamp.</returns>
    public LiveRecordResult Record(in ViewerCountEvent viewers) => RecordAudience(LiveEventKind.ViewerCount, viewers.Timestamp, 0, viewers.Viewers);

    /// <summary>Records one follow. A follower already counted (by user id) is ignored.</summary>
    /// <param name="follow">The follow.</param>
    /// <returns><see cref="LiveRecordResult.Counted"/> for a new follower, <see cref="LiveRecordResult.Ignored"/> for one already counted.</returns>
    public LiveRecordResult Record(in FollowEvent follow) => RecordAudience(LiveEventKind.Follow, follow.Timestamp, follow.SenderId, 0);

    /// <summary>Records one share.</summary>
    /// <param name="share">The share.</param>
    /// <returns><see cref="LiveRecordResult.Counted"/>, or <see cref="LiveRecordResult.Rejected"/> for a missing timestamp.</returns>
    public LiveRecordResult Record(in ShareEvent share) => RecordAudience(LiveEventKind.Share, share.Timestamp, share.SenderId, 0);

    /// <summary>Records one subscription.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns><see cref="LiveRecordResult.Counted"/>, or <see cref="LiveRecordResult.Rejected"/> for negative months or a missing timestamp.</returns>
    public LiveRecordResult Record(in SubscriptionEvent subscription) => RecordAudience(LiveEventKind.Subscription, subscription.Timestamp, subscription.SenderId, subscription.Months);

    /// <summary>Records any LIVE event by its kind.</summary>
    /// <param name="liveEvent">The event.</param>
    /// <returns>What the event did; <see cref="LiveRecordResult.Rejected"/> for <see cref="LiveEventKind.None"/>.</returns>
    public LiveRecordResult Record(in LiveEvent liveEvent)
    {
        switch (liveEvent.Kind)
        {
            case LiveEventKind.Gift:
                var gift = liveEvent.GiftUnchecked;
                return Record(in gift);
            case LiveEventKind.Like:
                return Record(liveEvent.AsLike());
            case LiveEventKind.ViewerCount:
                return Record(liveEvent.AsViewerCount());
            case LiveEventKind.Follow:
                return Record(liveEvent.AsFollow());
            case LiveEventKind.Share:
                return Record(liveEvent.AsShare());
            case LiveEventKind.Subscription:
                return Record(liveEvent.AsSubscription());
            default:
                lock (_gate)
                {
                    _counters.Events++;
                    return Reject((int)LiveEventRejection.UnknownKind);
                }
        }
    }

    /// <summary>Records every event of an asynchronous stream (a client library's event feed, or a recorded session) until it ends.</summary>
    /// <param name="events">The events.</param>
    /// <param name="cancellationToken">Stops the ingestion; the events recorded so far stay recorded.</param>
    /// <returns>The number of events recorded.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<long> IngestAsync(IAsyncEnumerable<LiveEvent> events, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(events, nameof(events));
        long count = 0;
        await foreach (var liveEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Record(in liveEvent);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Closes the streaks that have been quiet for the quiet period as of <paramref name="now"/>. Streaks also close as
    /// later events arrive; call this from a timer (with <c>TimeProvider.GetUtcNow()</c> or <see cref="DateTimeOffset.UtcNow"/>)
    /// so that a streak closes even when no further event comes.
    /// </summary>
    /// <remarks>
    /// A tick is not an event: it moves neither the observed time span (<see cref="LiveLedgerSummary.ObservedTo"/>) nor
    /// the event-time clock that decides when closed streaks are forgotten, so a timer can never stretch the LIVE's
    /// hours or make a repeated frame count again. Closing a streak is reversible (a higher count reopens it), so a tick
    /// changes when gifts move from pending to settled, never how many there are.
    /// </remarks>
    /// <param name="now">The current time, on the same clock as the events' timestamps. A time more than <see cref="LiveLedgerOptions.MaxClockJump"/> after the latest event is ignored and counted in <see cref="LiveDataQuality.TicksIgnored"/>.</param>
    /// <returns>The number of streaks closed by timeout.</returns>
    public int Tick(DateTimeOffset now)
    {
        lock (_gate)
        {
            var ticks = now.UtcTicks;
            if (_firstTicks == long.MaxValue)
            {
                return 0;
            }

            if (ticks - _watermark > _maxJumpTicks)
            {
                // Not the events' clock (a wall-clock timer while a recording is replayed), or a LIVE silent for longer
                // than the window: closing would only be guessing, and pending gifts are counted either way.
                _counters.IgnoredTicks++;
                return 0;
            }

            var before = _counters.ClosedByTimeout;
            CloseQuiet(ticks);
            return (int)(_counters.ClosedByTimeout - before);
        }
    }

    /// <summary>Closes every open streak, for example when the LIVE ends or the client disconnects. Frames that arrive later still count once.</summary>
    /// <returns>The number of streaks closed.</returns>
    public int Flush()
    {
        lock (_gate)
        {
            var closed = _openCount;
            while (_openCount > 0)
            {
                var index = _open[_openCount - 1];
                Close(ref _streaks[index], index, StreakState.ClosedAtFlush);
            }

            return closed;
        }
    }

    /// <summary>Returns the totals at this moment, with the default leaderboard size (<see cref="LiveLedgerOptions.LeaderboardSize"/>).</summary>
    /// <returns>The summary; open streaks are included as pending.</returns>
    public LiveLedgerSummary GetSummary() => GetSummary(_leaderboardSize);

    /// <summary>Returns the totals at this moment.</summary>
    /// <param name="top">How many gifters the leaderboard lists; 1 or greater.</param>
    /// <returns>The summary; open streaks are included as pending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public LiveLedgerSummary GetSummary(int top)
    {
        if (top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"top is {top}; the leaderboard needs at least 1 row.");
        }

        LedgerState state;
        lock (_gate)
        {
            state = Capture(includeStreaks: false);
        }

        return LiveLedgerSummaryBuilder.Build(state, RateCard, Catalog, _goals, _connectedAtLiveStart, _likeCap, top);
    }

    /// <summary>Viewer counts, follows, shares and subscriptions: one check, one lock, one counter each.</summary>
    private LiveRecordResult RecordAudience(LiveEventKind kind, DateTimeOffset timestamp, long senderId, long value)
    {
        var rejection = LiveEventChecks.Check(timestamp, value);
        lock (_gate)
        {
            _counters.Events++;
            if (rejection != LiveEventChecks.Valid)
            {
                return Reject(rejection);
            }

            var ticks = Advance(timestamp.UtcTicks);
            if (ticks == Replayed)
            {
                return IgnoreReplayed(timestamp.UtcTicks);
            }

            switch (kind)
            {
                case LiveEventKind.ViewerCount:
                    if (_viewers.Count >= _limits.ViewerSamples)
                    {
                        ThinViewers();
                    }

                    _viewers.Add(new ViewerSample { Ticks = ticks, Viewers = value });
                    return LiveRecordResult.Counted;
                case LiveEventKind.Follow when senderId == 0:
                    _anonymousFollows++;
                    return LiveRecordResult.Counted;
                case LiveEventKind.Follow when _followers.Count >= _limits.Followers && !_followers.Contains(senderId):
                    // Beyond the limit a follower cannot be remembered: counted, without the once-per-follower check.
                    _counters.FollowsUntracked++;
                    _anonymousFollows++;
                    return LiveRecordResult.Counted;
                case LiveEventKind.Follow:
                    return _followers.Add(senderId) ? LiveRecordResult.Counted : LiveRecordResult.Ignored;
                case LiveEventKind.Share:
                    _shares++;
                    return LiveRecordResult.Counted;
                default:
                    _subscriptions++;
                    return LiveRecordResult.Counted;
            }
        }
    }

    /// <summary>Drops every other viewer sample in time order, keeping the first, the last and the peak, so the samples still span the LIVE and the peak and latest counts stay exact.</summary>
    private void ThinViewers()
    {
        var ordered = _viewers.Select((s, i) => (Sample: s, Arrival: i)).OrderBy(s => s.Sample.Ticks).ThenBy(s => s.Arrival).Select(s => s.Sample).ToArray();
        var peak = 0;
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Viewers > ordered[peak].Viewers)
            {
                peak = i;
            }
        }

        _viewers.Clear();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (i % 2 == 0 || i == ordered.Length - 1 || i == peak)
            {
                _viewers.Add(ordered[i]);
            }
        }

        _counters.ViewerSamplesDropped += ordered.Length - _viewers.Count;
    }

    private LiveRecordResult Reject(int rejection)
    {
        _rejections[rejection]++;
        return LiveRecordResult.Rejected;
    }

    private LiveRecordResult RecordLike(in LikeEvent like)
    {
        if (like.Count > long.MaxValue - _likes.MessageLikes)
        {
            return Reject((int)LiveEventRejection.TotalOutOfRange);
        }

        if (Advance(like.Timestamp.UtcTicks) == Replayed)
        {
            return IgnoreReplayed(like.Timestamp.UtcTicks);
        }

        _likes.Messages++;
        _likes.MessageLikes += like.Count;
        if (like.Count >= _likeCap)
        {
            _likes.CappedMessages++;
        }

        if (like.RoomTotal is { } total)
        {
            if (_likes.LowestRoomTotal < 0 || total < _likes.LowestRoomTotal)
            {
                _likes.LowestRoomTotal = total;
                _likes.LowestRoomTotalMessage = like.Count;
            }

            if (total > _likes.HighestRoomTotal)
            {
                _likes.HighestRoomTotal = total;
            }
        }

        return LiveRecordResult.Counted;
    }
}
