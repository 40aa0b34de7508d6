namespace TikTokMonetization.Live;

/// <summary>
/// What the totals may be missing or may have had to work around: every summary carries it, so that a number is never
/// shown without its caveats.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveDataQuality
{
    internal LiveDataQuality(
        bool countedSinceConnected,
        long streaksClosedByTimeout,
        long streaksClosedAtFlush,
        long streaksResumed,
        long duplicateFrames,
        long outOfOrderFrames,
        long lateFramesAfterEnd,
        IReadOnlyDictionary<LiveEventRejection, long> rejectedByReason,
        long unpricedGifts,
        IReadOnlyList<long> unpricedGiftIds,
        IReadOnlyList<long> giftsPricedUnlikeCatalog,
        bool likesPerMessageCapped,
        bool likesBehindRoomTotal,
        bool noSubscriptionsObserved,
        LiveClockQuality clock,
        IReadOnlyList<long> giftsPricedAfterCounting,
        IReadOnlyList<long> giftsWithConflictingPrices,
        long orderDependentFrames,
        IReadOnlyList<LiveOrderDependence> orderDependentGifts,
        LiveLimitsQuality limits,
        IReadOnlyList<string> warnings)
    {
        GifterStreaksFolded = limits.GifterStreaksFolded;
        GiftStreaksFolded = limits.GiftStreaksFolded;
        MinuteGiftsFolded = limits.MinuteGiftsFolded;
        CoHostFramesDropped = limits.CoHostFramesDropped;
        FollowsUntracked = limits.FollowsUntracked;
        ViewerSamplesDropped = limits.ViewerSamplesDropped;
        CountedSinceConnected = countedSinceConnected;
        StreaksClosedByTimeout = streaksClosedByTimeout;
        StreaksClosedAtFlush = streaksClosedAtFlush;
        StreaksResumed = streaksResumed;
        DuplicateFrames = duplicateFrames;
        OutOfOrderFrames = outOfOrderFrames;
        LateFramesAfterEnd = lateFramesAfterEnd;
        RejectedByReason = rejectedByReason;
        EventsRejected = rejectedByReason.Values.Sum();
        UnpricedGifts = unpricedGifts;
        UnpricedGiftIds = unpricedGiftIds;
        GiftsPricedUnlikeCatalog = giftsPricedUnlikeCatalog;
        LikesPerMessageCapped = likesPerMessageCapped;
        LikesBehindRoomTotal = likesBehindRoomTotal;
        NoSubscriptionsObserved = noSubscriptionsObserved;
        EventsWithUntrustedTime = clock.OffClock;
        ClockJumps = clock.ClockJumps;
        ReplayedEventsIgnored = clock.Replayed;
        ReplayedFrom = clock.Replayed > 0 ? new DateTimeOffset(clock.ReplayedFrom, TimeSpan.Zero) : null;
        ReplayedTo = clock.Replayed > 0 ? new DateTimeOffset(clock.ReplayedTo, TimeSpan.Zero) : null;
        TicksIgnored = clock.IgnoredTicks;
        GiftsPricedAfterCounting = giftsPricedAfterCounting;
        GiftsWithConflictingPrices = giftsWithConflictingPrices;
        OrderDependentFrames = orderDependentFrames;
        OrderDependentGifts = orderDependentGifts;
        Warnings = warnings;
    }

    /// <summary>Gets a value indicating whether the totals cover only the time since the client connected (TikTok sends no session totals), which is the case unless <see cref="LiveLedgerOptions.ConnectedAtLiveStart"/> says otherwise.</summary>
    public bool CountedSinceConnected { get; }

    /// <summary>Gets the number of streaks closed after the quiet period because their repeat-end frame never arrived. Their count is the highest frame seen.</summary>
    public long StreaksClosedByTimeout { get; }

    /// <summary>Gets the number of streaks closed by <see cref="LiveLedger.Flush"/> without their repeat-end frame.</summary>
    public long StreaksClosedAtFlush { get; }

    /// <summary>Gets the number of times a streak closed by timeout or flush received a higher count and was reopened (the quiet period may be too short).</summary>
    public long StreaksResumed { get; }

    /// <summary>Gets the number of gift frames that repeated a count already seen (ignored).</summary>
    public long DuplicateFrames { get; }

    /// <summary>Gets the number of gift frames with a lower count than already seen: they arrived out of order (ignored).</summary>
    public long OutOfOrderFrames { get; }

    /// <summary>Gets the number of frames that raised a streak's count after its own repeat-end frame (counted once, settled at once).</summary>
    public long LateFramesAfterEnd { get; }

    /// <summary>Gets the number of events rejected as invalid.</summary>
    public long EventsRejected { get; }

    /// <summary>Gets the rejected events by reason; reasons with none are left out.</summary>
    public IReadOnlyDictionary<LiveEventRejection, long> RejectedByReason { get; }

    /// <summary>Gets the number of gifts (host and co-hosts) counted without a price, so missing from the coins.</summary>
    public long UnpricedGifts { get; }

    /// <summary>Gets the ids of the host's gifts that have unpriced gifts, in ascending order. Add them to the catalog to price them.</summary>
    public IReadOnlyList<long> UnpricedGiftIds { get; }

    /// <summary>Gets the ids of gifts whose frames carried a price different from the catalog's, in ascending order (the frames' price was used).</summary>
    public IReadOnlyList<long> GiftsPricedUnlikeCatalog { get; }

    /// <summary>
    /// Gets the ids of gifts (to the host or a co-host) that have a price now but still hold unpriced gifts, in ascending
    /// order: those gifts were counted in streaks that closed before any price for the id arrived, so the coins of these
    /// ids depend on the order the frames arrived in. Add the ids to the catalog to make their totals independent of order.
    /// </summary>
    public IReadOnlyList<long> GiftsPricedAfterCounting { get; }

    /// <summary>
    /// Gets the ids of gifts whose frames carried two or more different prices, in ascending order: each streak keeps the
    /// first price its own frames carry and a streak without one takes the latest price seen, so which gifts get which
    /// price (and so these ids' coins) depends on the order the frames arrived in.
    /// </summary>
    public IReadOnlyList<long> GiftsWithConflictingPrices { get; }

    /// <summary>
    /// Gets the number of gift frames without a group id that the ledger had to place without knowing their order: a
    /// frame dated before one already seen of the same sender, gift and receiver (several producers, a shuffled feed),
    /// or a lower count at the same time or later in an open streak, or the same count later without being the end
    /// frame (a second streak of the same gift overlapping the first). The totals of the senders and gifts concerned
    /// (<see cref="OrderDependentGifts"/>) may depend on arrival order and may be low; 0 means every total is
    /// independent of the order the frames arrived in, as far as their grouping into streaks goes. With group ids this
    /// is always 0.
    /// </summary>
    public long OrderDependentFrames { get; }

    /// <summary>
    /// Gets which senders' gifts <see cref="OrderDependentFrames"/> concern: most frames first, then by receiver, sender
    /// and gift id. At most 100 are tracked (the first met), so that a hostile feed cannot grow the list without bound.
    /// </summary>
    public IReadOnlyList<LiveOrderDependence> OrderDependentGifts { get; }

    /// <summary>Gets a value indicating whether like messages hit the per-message cap.</summary>
    public bool LikesPerMessageCapped { get; }

    /// <summary>Gets a value indicating whether like messages add up to fewer likes than the room total rose by.</summary>
    public bool LikesBehindRoomTotal { get; }

    /// <summary>Gets a value indicating whether no subscription event was seen; they reach client libraries only with the streamer's own authentication, so this is not proof of none.</summary>
    public bool NoSubscriptionsObserved { get; }

    /// <summary>
    /// Gets the number of events whose timestamp was not trusted with the clock: dated more than
    /// <see cref="LiveLedgerOptions.MaxClockJump"/> ahead of the latest trusted event, or that far before the first
    /// event, and not confirmed by the event after them. They were counted, at the clock's time, so their per-minute row
    /// and streak timing are approximate, and the observed time may miss the gap before the last of them.
    /// </summary>
    public long EventsWithUntrustedTime { get; }

    /// <summary>Gets the number of times the clock moved by more than <see cref="LiveLedgerOptions.MaxClockJump"/> because two events in a row agreed: forward (a reconnect after a gap, a sparse LIVE, another recording appended), or back to a start that the very first event had misdated.</summary>
    public long ClockJumps { get; }

    /// <summary>
    /// Gets the number of events ignored as a replay: an event dated further back than
    /// <see cref="LiveLedgerOptions.ClosedStreakRetention"/> within the time already observed (the same session recorded
    /// twice, or a recording fed again) starts a replay, and every event up to the latest time already seen is ignored,
    /// so nothing is counted twice. A genuinely new event delayed that long is ignored too, and counted here.
    /// </summary>
    public long ReplayedEventsIgnored { get; }

    /// <summary>Gets the earliest timestamp of the events ignored as a replay, or <see langword="null"/> when none was.</summary>
    public DateTimeOffset? ReplayedFrom { get; }

    /// <summary>Gets the latest timestamp of the events ignored as a replay, or <see langword="null"/> when none was.</summary>
    public DateTimeOffset? ReplayedTo { get; }

    /// <summary>Gets the number of <see cref="LiveLedger.Tick"/> calls ignored because they came more than <see cref="LiveLedgerOptions.MaxClockJump"/> after the latest event (a wall-clock timer while a recording is replayed, or a silent LIVE); open streaks then stay pending until the next event or <see cref="LiveLedger.Flush"/>.</summary>
    public long TicksIgnored { get; }

    /// <summary>Gets the number of host streaks whose sender was beyond <see cref="LiveLedgerOptions.MaxGifters"/>: counted in every total, and folded into <see cref="LiveLedgerSummary.OtherGifters"/> instead of a row of their own.</summary>
    public long GifterStreaksFolded { get; }

    /// <summary>Gets the number of host streaks whose gift id was beyond <see cref="LiveLedgerOptions.MaxGiftIds"/>: counted in every total, priced by their own frames or the catalog, and folded into <see cref="LiveLedgerSummary.OtherGifts"/>.</summary>
    public long GiftStreaksFolded { get; }

    /// <summary>Gets the number of the host's priced gifts counted in minutes beyond <see cref="LiveLedgerOptions.MaxMinuteRows"/>: in the host's totals, in no row of <see cref="LiveLedgerSummary.Minutes"/>.</summary>
    public long MinuteGiftsFolded { get; }

    /// <summary>Gets the number of gift frames to co-hosts beyond <see cref="LiveLedgerOptions.MaxCoHosts"/>: not counted for anyone (the host's totals never hold co-host gifts).</summary>
    public long CoHostFramesDropped { get; }

    /// <summary>Gets the number of follows counted beyond <see cref="LiveLedgerOptions.MaxFollowers"/>, without the once-per-follower check: <see cref="LiveLedgerSummary.NewFollowers"/> may count a repeated follow among them.</summary>
    public long FollowsUntracked { get; }

    /// <summary>Gets the number of viewer counts dropped to stay within <see cref="LiveLedgerOptions.MaxViewerSamples"/> (every other sample in time order): the viewer average is over the samples kept.</summary>
    public long ViewerSamplesDropped { get; }

    /// <summary>Gets one plain-English line per raised flag, for logs and displays.</summary>
    public IReadOnlyList<string> Warnings { get; }
}

/// <summary>What the bounded-memory limits folded or dropped, passed to <see cref="LiveDataQuality"/> as one value.</summary>
internal readonly struct LiveLimitsQuality
{
    public LiveLimitsQuality(in LedgerCounters counters, long minuteGiftsFolded)
    {
        GifterStreaksFolded = counters.GifterStreaksFolded;
        GiftStreaksFolded = counters.GiftStreaksFolded;
        MinuteGiftsFolded = minuteGiftsFolded;
        CoHostFramesDropped = counters.CoHostFramesDropped;
        FollowsUntracked = counters.FollowsUntracked;
        ViewerSamplesDropped = counters.ViewerSamplesDropped;
    }

    public long GifterStreaksFolded { get; }

    public long GiftStreaksFolded { get; }

    public long MinuteGiftsFolded { get; }

    public long CoHostFramesDropped { get; }

    public long FollowsUntracked { get; }

    public long ViewerSamplesDropped { get; }
}

/// <summary>The clock's counters, passed to <see cref="LiveDataQuality"/> as one value.</summary>
internal readonly struct LiveClockQuality
{
    public LiveClockQuality(in LedgerCounters counters)
    {
        OffClock = counters.OffClock;
        ClockJumps = counters.ClockJumps;
        Replayed = counters.Replayed;
        ReplayedFrom = counters.ReplayedFrom;
        ReplayedTo = counters.ReplayedTo;
        IgnoredTicks = counters.IgnoredTicks;
    }

    public long OffClock { get; }

    public long ClockJumps { get; }

    public long Replayed { get; }

    public long ReplayedFrom { get; }

    public long ReplayedTo { get; }

    public long IgnoredTicks { get; }
}
