namespace TikTokMonetization.Live;

/// <summary>Copies of the ledger's tables, taken under the lock so that summaries and checkpoints are built outside it.</summary>
internal sealed class LedgerState
{
    public ReceiverSlot[] Receivers { get; init; } = [];

    public int[] OpenStreaksPerReceiver { get; init; } = [];

    public GifterSlot[] Gifters { get; init; } = [];

    public GiftSlot[] Gifts { get; init; } = [];

    public MinuteSlot[] Minutes { get; init; } = [];

    public ViewerSample[] Viewers { get; init; } = [];

    /// <summary>Every streak in use (open and remembered closed ones); only for checkpoints.</summary>
    public Streak[] Streaks { get; init; } = [];

    /// <summary>Known follower ids; only for checkpoints.</summary>
    public long[] Followers { get; init; } = [];

    public long NewFollowers { get; init; }

    public long AnonymousFollows { get; init; }

    public long Shares { get; init; }

    public long Subscriptions { get; init; }

    public LikeState Likes { get; init; }

    public LedgerCounters Counters { get; init; }

    public long[] Rejections { get; init; } = [];

    public long Watermark { get; init; }

    public long FirstTicks { get; init; }

    public long NextSweepTicks { get; init; }

    public long OffLast { get; init; }

    public bool Replaying { get; init; }

    /// <summary>The senders' gifts with frames placed without knowing their order, and how many frames each.</summary>
    public KeyValuePair<StreakKey, long>[] OrderDependent { get; init; } = [];

    /// <summary>The limits in force, for the warnings.</summary>
    public LedgerLimits Limits { get; init; }
}

/// <summary>Taking a consistent copy of the state.</summary>
public sealed partial class LiveLedger
{
    private LedgerState Capture(bool includeStreaks)
    {
        var open = new int[_receivers.Count];
        for (var i = 0; i < _openCount; i++)
        {
            open[_streaks[_open[i]].Key.Receiver]++;
        }

        Streak[] streaks = [];
        long[] followers = [];
        if (includeStreaks)
        {
            var inUse = new List<Streak>(_streakIndex.Count);
            for (var i = 0; i < _streakCount; i++)
            {
                if (_streaks[i].State != StreakState.Free)
                {
                    inUse.Add(_streaks[i]);
                }
            }

            streaks = inUse.ToArray();
            followers = _followers.ToArray();
        }

        return new LedgerState
        {
            Receivers = _receivers.ToArray(),
            OpenStreaksPerReceiver = open,
            Gifters = _gifters.ToArray(),
            Gifts = _gifts.ToArray(),
            Minutes = _minutes.ToArray(),
            Viewers = _viewers.ToArray(),
            Streaks = streaks,
            Followers = followers,
            NewFollowers = _followers.Count + _anonymousFollows,
            AnonymousFollows = _anonymousFollows,
            Shares = _shares,
            Subscriptions = _subscriptions,
            Likes = _likes,
            Counters = _counters,
            Rejections = (long[])_rejections.Clone(),
            Watermark = _watermark,
            FirstTicks = _firstTicks,
            NextSweepTicks = _nextSweepTicks,
            OffLast = _offLast,
            Replaying = _replaying,
            OrderDependent = _orderDependent.ToArray(),
            Limits = _limits,
        };
    }
}
