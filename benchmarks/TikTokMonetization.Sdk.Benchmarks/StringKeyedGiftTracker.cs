using TikTokMonetization.Live;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The baseline: gift counting as the LIVE client libraries and their users commonly write it (TikTokLiveSharp's
/// <c>activeGifts</c>, the TikTok-Chat-Reader demo): a dictionary keyed by a string built per frame, an object per
/// streak, a C# event raised on every count change, and a handler that adds coins to a dictionary keyed by the sender's
/// id as a string. Written to count correctly, so its totals can be checked against the ledger's: the key includes the
/// group and the receiver, the highest count wins, and finished streaks are remembered for the same five minutes so
/// that repeated frames stay ignored. Not thread-safe.
/// </summary>
internal sealed class StringKeyedGiftTracker
{
    private static readonly long RetentionTicks = TimeSpan.FromMinutes(5).Ticks;

    private readonly Dictionary<string, TrackedStreak> _streaks = [];
    private readonly Queue<TrackedStreak> _finished = new();
    private readonly GiftCatalog _catalog;

    public StringKeyedGiftTracker(GiftCatalog catalog)
    {
        _catalog = catalog;
        AmountChanged += OnAmountChanged;
    }

    public event Action<TrackedStreak, long>? AmountChanged;

    public event Action<TrackedStreak>? StreakFinished;

    /// <summary>Gets the coins per sender id (host gifts, settled and pending).</summary>
    public Dictionary<string, long> CoinsBySender { get; } = [];

    public long HostCoins { get; private set; }

    public void OnGift(in GiftEvent gift)
    {
        var key = $"{gift.ReceiverId}|{gift.SenderId}|{gift.GiftId}|{gift.GroupId}";
        if (!_streaks.TryGetValue(key, out var streak))
        {
            var price = gift.UnitPriceCoins ?? (_catalog.TryGet(gift.GiftId, out var entry) ? entry.UnitPriceCoins : 0);
            var streakable = gift.GiftType == 1 || (gift.GiftType == 0 && (!_catalog.TryGet(gift.GiftId, out var known) || known.IsStreakable));
            streak = new TrackedStreak(key, gift.SenderId.ToString(System.Globalization.CultureInfo.InvariantCulture), gift.ReceiverId, price, streakable);
            _streaks.Add(key, streak);
        }

        if (gift.RepeatCount > streak.Amount)
        {
            var change = gift.RepeatCount - streak.Amount;
            streak.Amount = gift.RepeatCount;
            AmountChanged?.Invoke(streak, change);
        }

        if (!streak.Finished && (gift.RepeatEnd || !streak.Streakable))
        {
            streak.Finished = true;
            streak.FinishedAtTicks = gift.Timestamp.UtcTicks;
            _finished.Enqueue(streak);
            StreakFinished?.Invoke(streak);
        }

        while (_finished.Count > 0 && gift.Timestamp.UtcTicks - _finished.Peek().FinishedAtTicks >= RetentionTicks)
        {
            _streaks.Remove(_finished.Dequeue().Key);
        }
    }

    private void OnAmountChanged(TrackedStreak streak, long change)
    {
        if (streak.ReceiverId != 0)
        {
            return;
        }

        var coins = change * streak.UnitPrice;
        HostCoins += coins;
        CoinsBySender[streak.SenderKey] = CoinsBySender.TryGetValue(streak.SenderKey, out var total) ? total + coins : coins;
    }

    /// <summary>One streak, as an object.</summary>
    internal sealed class TrackedStreak
    {
        public TrackedStreak(string key, string senderKey, long receiverId, long unitPrice, bool streakable)
        {
            Key = key;
            SenderKey = senderKey;
            ReceiverId = receiverId;
            UnitPrice = unitPrice;
            Streakable = streakable;
        }

        public string Key { get; }

        public string SenderKey { get; }

        public long ReceiverId { get; }

        public long UnitPrice { get; }

        public bool Streakable { get; }

        public long Amount { get; set; }

        public bool Finished { get; set; }

        public long FinishedAtTicks { get; set; }
    }
}
