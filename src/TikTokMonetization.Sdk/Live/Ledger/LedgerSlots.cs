namespace TikTokMonetization.Live;

/// <summary>How a streak stands. A streak is open until its repeat-end frame, its quiet period or a flush closes it.</summary>
internal enum StreakState : byte
{
    Open = 0,
    ClosedByEnd = 1,
    ClosedAtOnce = 2,
    ClosedByTimeout = 3,
    ClosedAtFlush = 4,
    Free = 5,
}

/// <summary>What identifies one streak: who sent which gift to whom, in which combo group.</summary>
internal readonly struct StreakKey : IEquatable<StreakKey>
{
    /// <summary>The process's hash seed, from a cryptographic random source.</summary>
    internal static readonly ulong HashSeed = NewSeed();

    public StreakKey(long sender, long gift, long group, int receiver)
    {
        Sender = sender;
        Gift = gift;
        Group = group;
        Receiver = receiver;
    }

    public long Sender { get; }

    public long Gift { get; }

    public long Group { get; }

    /// <summary>The ledger's receiver slot (0 is the host), not a user id.</summary>
    public int Receiver { get; }

    public bool Equals(StreakKey other) => Sender == other.Sender && Gift == other.Gift && Group == other.Group && Receiver == other.Receiver;

    public override bool Equals(object? obj) => obj is StreakKey other && Equals(other);

    public override int GetHashCode() => Mix(HashSeed);

    /// <summary>
    /// A multiply-xorshift mix of the key and a seed: cheap, and sequential ids or group ids still spread over the
    /// places. The ledger's seed is drawn once per process, so ids from an untrusted event stream cannot be chosen to
    /// collide (a file of colliding streaks would otherwise make every look-up walk all of them).
    /// </summary>
    internal int Mix(ulong seed)
    {
        unchecked
        {
            var h = ((ulong)Sender ^ seed) * 0x9E3779B97F4A7C15UL;
            h = (h ^ (ulong)Gift) * 0xC2B2AE3D27D4EB4FUL;
            h = (h ^ (ulong)Group) * 0x165667B19E3779F9UL;
            h ^= (uint)Receiver;
            h ^= h >> 31;
            return (int)h ^ (int)(h >> 32);
        }
    }

    private static ulong NewSeed()
    {
        var bytes = new byte[8];
        using (var random = System.Security.Cryptography.RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return BitConverter.ToUInt64(bytes, 0);
    }
}

/// <summary>One streak's state; a non-streakable send is a streak that closes at its first frame.</summary>
internal struct Streak
{
    public StreakKey Key;

    /// <summary>The highest repeat count seen: the number of gifts in the streak so far.</summary>
    public long Count;

    /// <summary>The part of <see cref="Count"/> already moved from pending to settled.</summary>
    public long SettledCount;

    /// <summary>The unit price in coins, or -1 while unknown.</summary>
    public long UnitCoins;

    public long FirstTicks;

    public long LastTicks;

    public long ClosedAtTicks;

    /// <summary>
    /// Without a group id, the previous streak of the same sender, gift and receiver: its count (-1 when there is none)
    /// and the time span of its frames, so that a frame dated within it is matched against it, not the current one.
    /// </summary>
    public long PreviousCount;

    public long PreviousFirstTicks;

    public long PreviousLastTicks;

    /// <summary>The gifter slot for host streaks; -1 for co-host streaks.</summary>
    public int Gifter;

    public int Gift;

    /// <summary>The position in the open list while open; -1 otherwise.</summary>
    public int OpenSlot;

    /// <summary>Changes whenever the streak closes or restarts, so that stale retention entries are skipped.</summary>
    public int Generation;

    public int NextFree;

    public StreakState State;

    public bool Streakable;
}

/// <summary>Totals for one receiver: the host (slot 0) or a co-host.</summary>
internal struct ReceiverSlot
{
    public long ReceiverId;
    public long Coins;
    public long SettledCoins;
    public long Gifts;
    public long UnpricedGifts;
}

/// <summary>Totals for one gifter, host gifts only.</summary>
internal struct GifterSlot
{
    public long SenderId;
    public string? Name;
    public long Coins;
    public long SettledCoins;
    public long Gifts;
    public long UnpricedGifts;
}

/// <summary>What the ledger knows about one gift id, and the host's totals for it.</summary>
internal struct GiftSlot
{
    public long GiftId;
    public string? Name;

    /// <summary>The latest known unit price in coins, or -1.</summary>
    public long UnitCoins;
    public GiftPriceSource PriceSource;
    public int GiftType;

    /// <summary>The catalog's price, or -1, to notice frames that disagree with it.</summary>
    public long CatalogCoins;
    public bool PriceDiffersFromCatalog;

    /// <summary>Whether frames carried two different prices for the id.</summary>
    public bool PricesConflict;
    public long Coins;
    public long Gifts;
    public long UnpricedGifts;

    /// <summary>Gifts of this id to co-hosts counted without a price (the other totals above are the host's).</summary>
    public long CoHostUnpricedGifts;
}

/// <summary>The host's priced gifts in one minute of event time.</summary>
internal struct MinuteSlot
{
    /// <summary>Event time in UTC ticks divided by the ticks in a minute.</summary>
    public long Minute;
    public long Coins;
    public long Gifts;
}

/// <summary>One viewer count and when it was reported.</summary>
internal struct ViewerSample
{
    public long Ticks;
    public long Viewers;
}

/// <summary>Like messages and the room's running total.</summary>
internal struct LikeState
{
    public long Messages;
    public long MessageLikes;
    public long CappedMessages;

    /// <summary>The lowest room total seen (-1 when none) and the count of the message that carried it.</summary>
    public long LowestRoomTotal;
    public long LowestRoomTotalMessage;

    /// <summary>The highest room total seen, or -1.</summary>
    public long HighestRoomTotal;
}

/// <summary>Event counters that feed the data-quality section.</summary>
internal struct LedgerCounters
{
    public long Events;
    public long Streaks;
    public long Duplicates;
    public long OutOfOrder;
    public long Resumed;
    public long LateAfterEnd;
    public long ClosedByTimeout;
    public long ClosedAtFlush;

    /// <summary>Events dated beyond the clock's window (ahead of it, or before the first event): counted at the clock's time.</summary>
    public long OffClock;

    /// <summary>Times the clock jumped forward by more than the window because several events in a row agreed.</summary>
    public long ClockJumps;

    /// <summary>Events ignored as part of a replayed stretch, and the earliest and latest of their timestamps (UTC ticks).</summary>
    public long Replayed;
    public long ReplayedFrom;
    public long ReplayedTo;

    /// <summary><see cref="LiveLedger.Tick"/> calls too far from the events' clock to act on.</summary>
    public long IgnoredTicks;

    /// <summary>Gift frames without a group id whose place depended on the order of arrival (see <see cref="LiveDataQuality.OrderDependentFrames"/>).</summary>
    public long OrderDependent;

    /// <summary>Streaks folded into the "other gifters" or "other gifts" row because a limit was reached.</summary>
    public long GifterStreaksFolded;
    public long GiftStreaksFolded;

    /// <summary>Frames to co-hosts beyond the limit (not counted), follows counted without the once-per-follower check, and viewer samples dropped by thinning.</summary>
    public long CoHostFramesDropped;
    public long FollowsUntracked;
    public long ViewerSamplesDropped;
}

/// <summary>The ledger's bounded-memory limits, copied from <see cref="LiveLedgerOptions"/> when the ledger is created.</summary>
internal readonly struct LedgerLimits
{
    public LedgerLimits(LiveLedgerOptions options)
    {
        Gifters = options.MaxGifters;
        GiftIds = options.MaxGiftIds;
        CoHosts = options.MaxCoHosts;
        MinuteRows = options.MaxMinuteRows;
        Followers = options.MaxFollowers;
        ViewerSamples = options.MaxViewerSamples;
    }

    public int Gifters { get; }

    public int GiftIds { get; }

    public int CoHosts { get; }

    public int MinuteRows { get; }

    public int Followers { get; }

    public int ViewerSamples { get; }
}
