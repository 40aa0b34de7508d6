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
        IReadOnlyList<string> warnings)
    {
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

    /// <summary>Gets a value indicating whether like messages hit the per-message cap.</summary>
    public bool LikesPerMessageCapped { get; }

    /// <summary>Gets a value indicating whether like messages add up to fewer likes than the room total rose by.</summary>
    public bool LikesBehindRoomTotal { get; }

    /// <summary>Gets a value indicating whether no subscription event was seen; they reach client libraries only with the streamer's own authentication, so this is not proof of none.</summary>
    public bool NoSubscriptionsObserved { get; }

    /// <summary>Gets one plain-English line per raised flag, for logs and displays.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
