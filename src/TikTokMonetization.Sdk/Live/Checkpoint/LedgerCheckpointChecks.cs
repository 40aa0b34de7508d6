using System.Globalization;

namespace TikTokMonetization.Live;

/// <summary>
/// Checks what a checkpoint means, not only its shape: no negative total, count or time; every count below the bound
/// that keeps a restored ledger's running sums from wrapping; the per-gifter, per-gift and per-minute rows adding up to
/// the host's totals. The first broken rule is reported with its field, its value and what is allowed.
/// </summary>
internal static class LedgerCheckpointChecks
{
    /// <summary>The largest event counter a checkpoint may hold (2^62), leaving room to go on counting.</summary>
    public const long MaxCounter = 1L << 62;

    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    public static void Check(LedgerCheckpointDocument doc)
    {
        // Before any event the first time is long.MaxValue; the clock is long.MinValue, or a time where an older
        // version let Tick move it.
        if (doc.FirstTicks != long.MaxValue)
        {
            Range("firstTicks", doc.FirstTicks, 0, MaxTicks);
            Range("watermark", doc.Watermark, doc.FirstTicks, MaxTicks);
        }
        else if (doc.Watermark != long.MinValue)
        {
            Range("watermark", doc.Watermark, 0, MaxTicks);
        }

        long allCoins = 0, allGifts = 0;
        for (var i = 0; i < doc.Receivers.Count; i++)
        {
            var r = doc.Receivers[i];
            var at = Path("receivers", i);
            Range(at + ".coins", r.Coins, 0, long.MaxValue);
            Range(at + ".settledCoins", r.SettledCoins, 0, r.Coins);
            Range(at + ".gifts", r.Gifts, 0, long.MaxValue);
            Range(at + ".unpricedGifts", r.UnpricedGifts, 0, long.MaxValue);
            allCoins = Add("receivers[*].coins", allCoins, r.Coins);
            allGifts = Add("receivers[*].gifts and unpricedGifts", Add("receivers[*].gifts and unpricedGifts", allGifts, r.Gifts), r.UnpricedGifts);
        }

        var host = doc.Receivers[0];
        long coins = 0, settled = 0, gifts = 0, unpriced = 0;
        for (var i = 0; i < doc.Gifters.Count; i++)
        {
            var g = doc.Gifters[i];
            var at = Path("gifters", i);
            Range(at + ".coins", g.Coins, 0, host.Coins);
            Range(at + ".settledCoins", g.SettledCoins, 0, g.Coins);
            Range(at + ".gifts", g.Gifts, 0, host.Gifts);
            Range(at + ".unpricedGifts", g.UnpricedGifts, 0, host.UnpricedGifts);
            coins += g.Coins;
            settled += g.SettledCoins;
            gifts += g.Gifts;
            unpriced += g.UnpricedGifts;
            Sum("gifters", "coins", coins, host.Coins, partial: true);
            Sum("gifters", "gifts", gifts, host.Gifts, partial: true);
            Sum("gifters", "unpricedGifts", unpriced, host.UnpricedGifts, partial: true);
        }

        Sum("gifters", "coins", coins, host.Coins, partial: false);
        Sum("gifters", "settledCoins", settled, host.SettledCoins, partial: false);
        Sum("gifters", "gifts", gifts, host.Gifts, partial: false);
        Sum("gifters", "unpricedGifts", unpriced, host.UnpricedGifts, partial: false);

        coins = gifts = unpriced = 0;
        for (var i = 0; i < doc.Gifts.Count; i++)
        {
            var g = doc.Gifts[i];
            var at = Path("gifts", i);
            Range(at + ".unitCoins", g.UnitCoins, -1, int.MaxValue);
            Range(at + ".catalogCoins", g.CatalogCoins, -1, int.MaxValue);
            Range(at + ".coins", g.Coins, 0, host.Coins);
            Range(at + ".gifts", g.Gifts, 0, host.Gifts);
            Range(at + ".unpricedGifts", g.UnpricedGifts, 0, host.UnpricedGifts);
            Range(at + ".coHostUnpricedGifts", g.CoHostUnpricedGifts, 0, long.MaxValue - host.UnpricedGifts);
            coins += g.Coins;
            gifts += g.Gifts;
            unpriced += g.UnpricedGifts;
            Sum("gifts", "coins", coins, host.Coins, partial: true);
            Sum("gifts", "gifts", gifts, host.Gifts, partial: true);
            Sum("gifts", "unpricedGifts", unpriced, host.UnpricedGifts, partial: true);
        }

        Sum("gifts", "coins", coins, host.Coins, partial: false);
        Sum("gifts", "gifts", gifts, host.Gifts, partial: false);
        Sum("gifts", "unpricedGifts", unpriced, host.UnpricedGifts, partial: false);

        coins = gifts = 0;
        for (var i = 0; i < doc.Minutes.Count; i++)
        {
            var m = doc.Minutes[i];
            var at = Path("minutes", i);
            if (m.Minute < LiveLedger.OtherMinute || m.Minute > MaxTicks / TimeSpan.TicksPerMinute)
            {
                throw LedgerCheckpoint.Invalid(string.Format(CultureInfo.InvariantCulture, "{0}.minute is {1}; it must be from -1 (the row of minutes beyond MaxMinuteRows) to {2}", at, m.Minute, MaxTicks / TimeSpan.TicksPerMinute));
            }

            Range(at + ".coins", m.Coins, 0, host.Coins);
            Range(at + ".gifts", m.Gifts, 0, host.Gifts);
            coins += m.Coins;
            gifts += m.Gifts;
            Sum("minutes", "coins", coins, host.Coins, partial: true);
            Sum("minutes", "gifts", gifts, host.Gifts, partial: true);
        }

        Sum("minutes", "coins", coins, host.Coins, partial: false);
        Sum("minutes", "gifts", gifts, host.Gifts, partial: false);

        for (var i = 0; i < doc.Streaks.Count; i++)
        {
            var s = doc.Streaks[i];
            var at = Path("streaks", i);
            Range(at + ".count", s.Count, 0, int.MaxValue);
            Range(at + ".settledCount", s.SettledCount, 0, s.Count);
            Range(at + ".unitCoins", s.UnitCoins, -1, int.MaxValue);
            Range(at + ".firstTicks", s.FirstTicks, 0, MaxTicks);
            Range(at + ".lastTicks", s.LastTicks, 0, MaxTicks);
            Range(at + ".previousCount", s.PreviousCount, -1, int.MaxValue);
            if (s.PreviousCount >= 0)
            {
                Range(at + ".previousFirstTicks", s.PreviousFirstTicks, 0, MaxTicks);
                Range(at + ".previousLastTicks", s.PreviousLastTicks, s.PreviousFirstTicks, MaxTicks);
            }

            if (s.ClosedAtTicks != 0)
            {
                Range(at + ".closedAtTicks", s.ClosedAtTicks, 0, MaxTicks);
            }
        }

        for (var i = 0; i < doc.Viewers.Count; i++)
        {
            Range(Path("viewers", i) + ".ticks", doc.Viewers[i].Ticks, 0, MaxTicks);
            Range(Path("viewers", i) + ".viewers", doc.Viewers[i].Viewers, 0, long.MaxValue);
        }

        Range("anonymousFollows", doc.AnonymousFollows, 0, MaxCounter);
        Range("shares", doc.Shares, 0, MaxCounter);
        Range("subscriptions", doc.Subscriptions, 0, MaxCounter);
        var likes = doc.Likes;
        Range("likes.messages", likes.Messages, 0, MaxCounter);
        Range("likes.messageLikes", likes.MessageLikes, 0, long.MaxValue);
        Range("likes.cappedMessages", likes.CappedMessages, 0, likes.Messages);
        Range("likes.lowestRoomTotal", likes.LowestRoomTotal, -1, long.MaxValue);
        Range("likes.lowestRoomTotalMessage", likes.LowestRoomTotalMessage, 0, int.MaxValue);
        Range("likes.highestRoomTotal", likes.HighestRoomTotal, likes.LowestRoomTotal, long.MaxValue);
        var c = doc.Counters;
        Range("counters.events", c.Events, 0, MaxCounter);
        Range("counters.streaks", c.Streaks, 0, MaxCounter);
        Range("counters.duplicates", c.Duplicates, 0, MaxCounter);
        Range("counters.outOfOrder", c.OutOfOrder, 0, MaxCounter);
        Range("counters.resumed", c.Resumed, 0, MaxCounter);
        Range("counters.lateAfterEnd", c.LateAfterEnd, 0, MaxCounter);
        Range("counters.closedByTimeout", c.ClosedByTimeout, 0, MaxCounter);
        Range("counters.closedAtFlush", c.ClosedAtFlush, 0, MaxCounter);
        Range("counters.offClock", c.OffClock, 0, MaxCounter);
        Range("counters.clockJumps", c.ClockJumps, 0, MaxCounter);
        Range("counters.replayed", c.Replayed, 0, MaxCounter);
        Range("counters.ignoredTicks", c.IgnoredTicks, 0, MaxCounter);
        Range("counters.orderDependent", c.OrderDependent, 0, MaxCounter);
        Range("counters.gifterStreaksFolded", c.GifterStreaksFolded, 0, MaxCounter);
        Range("counters.giftStreaksFolded", c.GiftStreaksFolded, 0, MaxCounter);
        Range("counters.coHostFramesDropped", c.CoHostFramesDropped, 0, MaxCounter);
        Range("counters.followsUntracked", c.FollowsUntracked, 0, MaxCounter);
        Range("counters.viewerSamplesDropped", c.ViewerSamplesDropped, 0, MaxCounter);

        Range("orderDependent.count", doc.OrderDependent.Count, 0, LiveLedger.MaxOrderDependentListed);
        for (var i = 0; i < doc.OrderDependent.Count; i++)
        {
            Range(Path("orderDependent", i) + ".frames", doc.OrderDependent[i].Frames, 1, c.OrderDependent);
        }

        // Checked before any replay too: the first replayed event sets the start but only ever raises the end, so an
        // end beyond the calendar would be carried into every later summary.
        Range("counters.replayedFrom", c.ReplayedFrom, 0, MaxTicks);
        Range("counters.replayedTo", c.ReplayedTo, c.ReplayedFrom, MaxTicks);

        if (doc.OffLast != long.MinValue)
        {
            Range("offLast", doc.OffLast, 0, MaxTicks);
        }
        for (var i = 0; i < doc.Rejections.Count; i++)
        {
            Range(Path("rejections", i), doc.Rejections[i], 0, MaxCounter);
        }
    }

    private static string Path(string table, int index) => table + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void Range(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw LedgerCheckpoint.Invalid(string.Format(CultureInfo.InvariantCulture, "{0} is {1}; it must be from {2} to {3}", field, value, min, max));
        }
    }

    private static long Add(string field, long total, long value)
    {
        if (value > long.MaxValue - total)
        {
            throw LedgerCheckpoint.Invalid(string.Format(CultureInfo.InvariantCulture, "{0} add up to more than {1}", field, long.MaxValue));
        }

        return total + value;
    }

    /// <summary>A table's column must add up to the host's total (checked as it goes, so that the running sum cannot wrap).</summary>
    private static void Sum(string table, string column, long sum, long hostTotal, bool partial)
    {
        if (partial ? sum > hostTotal : sum != hostTotal)
        {
            throw LedgerCheckpoint.Invalid(string.Format(
                CultureInfo.InvariantCulture,
                "{0}[*].{1} add up to {2}{3}, but the host's {1} (receivers[0].{1}) are {4}; the rows must add up to the host's total",
                table,
                column,
                partial ? "at least " : string.Empty,
                sum,
                hostTotal));
        }
    }
}
