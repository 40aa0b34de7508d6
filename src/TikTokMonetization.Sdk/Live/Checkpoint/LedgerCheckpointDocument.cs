namespace TikTokMonetization.Live;

/// <summary>
/// The JSON shape of a ledger checkpoint (version 1): every table of the ledger, open and remembered closed streaks
/// included, with times in UTC ticks so that nothing is rounded. Internal: applications store the text, not this type.
/// </summary>
internal sealed class LedgerCheckpointDocument
{
    public const string CurrentFormat = "tiktok-monetization/live-ledger-checkpoint";

    public const int CurrentVersion = 1;

    public string Format { get; set; } = CurrentFormat;

    public int Version { get; set; } = CurrentVersion;

    public long Watermark { get; set; }

    public long FirstTicks { get; set; }

    public long NextSweepTicks { get; set; }

    /// <summary>The last event time dated beyond the clock's window, waiting for the next to confirm it (long.MinValue: none).</summary>
    public long OffLast { get; set; } = long.MinValue;

    /// <summary>Whether events up to the clock are being ignored as a replay.</summary>
    public bool Replaying { get; set; }

    public List<CheckpointReceiver> Receivers { get; set; } = [];

    public List<CheckpointGifter> Gifters { get; set; } = [];

    public List<CheckpointGift> Gifts { get; set; } = [];

    public List<CheckpointStreak> Streaks { get; set; } = [];

    public List<CheckpointMinute> Minutes { get; set; } = [];

    public List<CheckpointViewers> Viewers { get; set; } = [];

    public List<long> Followers { get; set; } = [];

    public long AnonymousFollows { get; set; }

    public long Shares { get; set; }

    public long Subscriptions { get; set; }

    public CheckpointLikes Likes { get; set; } = new();

    public CheckpointCounters Counters { get; set; } = new();

    public List<long> Rejections { get; set; } = [];

    /// <summary>Senders' gifts whose frames were placed without knowing their order (older checkpoints lack it).</summary>
    public List<CheckpointOrderDependence> OrderDependent { get; set; } = [];
}

internal sealed class CheckpointOrderDependence
{
    public long Sender { get; set; }

    public long Gift { get; set; }

    /// <summary>The receiver slot (0 is the host), as in <see cref="CheckpointStreak.Receiver"/>.</summary>
    public int Receiver { get; set; }

    public long Frames { get; set; }
}

internal sealed class CheckpointReceiver
{
    public long ReceiverId { get; set; }

    public long Coins { get; set; }

    public long SettledCoins { get; set; }

    public long Gifts { get; set; }

    public long UnpricedGifts { get; set; }
}

internal sealed class CheckpointGifter
{
    public long SenderId { get; set; }

    public string? Name { get; set; }

    public long Coins { get; set; }

    public long SettledCoins { get; set; }

    public long Gifts { get; set; }

    public long UnpricedGifts { get; set; }
}

internal sealed class CheckpointGift
{
    public long GiftId { get; set; }

    public string? Name { get; set; }

    public long UnitCoins { get; set; }

    public GiftPriceSource PriceSource { get; set; }

    public int GiftType { get; set; }

    public long CatalogCoins { get; set; }

    public bool PriceDiffersFromCatalog { get; set; }

    public bool PricesConflict { get; set; }

    public long Coins { get; set; }

    public long Gifts { get; set; }

    public long UnpricedGifts { get; set; }

    public long CoHostUnpricedGifts { get; set; }
}

internal sealed class CheckpointStreak
{
    public long Sender { get; set; }

    public long Gift { get; set; }

    public long Group { get; set; }

    public int Receiver { get; set; }

    public long Count { get; set; }

    public long SettledCount { get; set; }

    public long UnitCoins { get; set; }

    public long FirstTicks { get; set; }

    public long LastTicks { get; set; }

    public long ClosedAtTicks { get; set; }

    /// <summary>Without a group id, the previous streak's count (-1: none; older checkpoints lack it) and time span.</summary>
    public long PreviousCount { get; set; } = -1;

    public long PreviousFirstTicks { get; set; }

    public long PreviousLastTicks { get; set; }

    public int Gifter { get; set; }

    public int GiftSlot { get; set; }

    public string State { get; set; } = string.Empty;

    public bool Streakable { get; set; }
}

internal sealed class CheckpointMinute
{
    public long Minute { get; set; }

    public long Coins { get; set; }

    public long Gifts { get; set; }
}

internal sealed class CheckpointViewers
{
    public long Ticks { get; set; }

    public long Viewers { get; set; }
}

internal sealed class CheckpointLikes
{
    public long Messages { get; set; }

    public long MessageLikes { get; set; }

    public long CappedMessages { get; set; }

    public long LowestRoomTotal { get; set; } = -1;

    public long LowestRoomTotalMessage { get; set; }

    public long HighestRoomTotal { get; set; } = -1;
}

internal sealed class CheckpointCounters
{
    public long Events { get; set; }

    public long Streaks { get; set; }

    public long Duplicates { get; set; }

    public long OutOfOrder { get; set; }

    public long Resumed { get; set; }

    public long LateAfterEnd { get; set; }

    public long ClosedByTimeout { get; set; }

    public long ClosedAtFlush { get; set; }

    public long OffClock { get; set; }

    public long ClockJumps { get; set; }

    public long Replayed { get; set; }

    public long ReplayedFrom { get; set; }

    public long ReplayedTo { get; set; }

    public long IgnoredTicks { get; set; }

    public long OrderDependent { get; set; }

    public long GifterStreaksFolded { get; set; }

    public long GiftStreaksFolded { get; set; }

    public long CoHostFramesDropped { get; set; }

    public long FollowsUntracked { get; set; }

    public long ViewerSamplesDropped { get; set; }
}
