using System.Globalization;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>Builds a <see cref="LiveLedgerSummary"/> from a copy of the ledger's state; pure, so it runs outside the lock.</summary>
internal static class LiveLedgerSummaryBuilder
{
    public static LiveLedgerSummary Build(LedgerState state, RateCard card, GiftCatalog catalog, IReadOnlyList<LiveGoal> goals, bool connectedAtLiveStart, int likeCap, int top)
    {
        var hostSlot = state.Receivers[0];
        var host = Totals(hostSlot, state.OpenStreaksPerReceiver[0], card);
        var coHosts = new List<LiveCoHostTotals>(state.Receivers.Length - 1);
        for (var i = 1; i < state.Receivers.Length; i++)
        {
            coHosts.Add(new LiveCoHostTotals(state.Receivers[i].ReceiverId, Totals(state.Receivers[i], state.OpenStreaksPerReceiver[i], card)));
        }

        var hasEvents = state.FirstTicks != long.MaxValue;
        var likes = Likes(state.Likes);
        var unpricedIds = state.Gifts.Where(g => g.UnpricedGifts > 0 && g.GiftId != LiveLedger.OtherRow).Select(g => g.GiftId).OrderBy(id => id).ToArray();
        var unlikeCatalog = state.Gifts.Where(g => g.PriceDiffersFromCatalog).Select(g => g.GiftId).OrderBy(id => id).ToArray();
        var pricedAfter = state.Gifts.Where(g => g.UnpricedGifts + g.CoHostUnpricedGifts > 0 && g.UnitCoins >= 0 && g.GiftId != LiveLedger.OtherRow).Select(g => g.GiftId).OrderBy(id => id).ToArray();
        var conflicting = state.Gifts.Where(g => g.PricesConflict).Select(g => g.GiftId).OrderBy(id => id).ToArray();
        var orderDependent = state.OrderDependent
            .Select(p => new LiveOrderDependence(p.Key.Sender, p.Key.Gift, state.Receivers[p.Key.Receiver].ReceiverId, p.Value))
            .OrderByDescending(o => o.Frames)
            .ThenBy(o => o.ReceiverId)
            .ThenBy(o => o.SenderId)
            .ThenBy(o => o.GiftId)
            .ToArray();
        var unpriced = state.Receivers.Sum(r => r.UnpricedGifts);
        var rejected = new SortedDictionary<LiveEventRejection, long>();
        for (var i = 0; i < state.Rejections.Length; i++)
        {
            if (state.Rejections[i] > 0)
            {
                rejected[(LiveEventRejection)i] = state.Rejections[i];
            }
        }

        var counters = state.Counters;
        var minuteGiftsFolded = state.Minutes.Where(m => m.Minute == LiveLedger.OtherMinute).Sum(m => m.Gifts);
        var limits = new LiveLimitsQuality(in counters, minuteGiftsFolded);
        var quality = new LiveDataQuality(
            !connectedAtLiveStart,
            counters.ClosedByTimeout,
            counters.ClosedAtFlush,
            counters.Resumed,
            counters.Duplicates,
            counters.OutOfOrder,
            counters.LateAfterEnd,
            rejected,
            unpriced,
            unpricedIds,
            unlikeCatalog,
            likes.PerMessageCapped,
            likes.BehindRoomTotal,
            state.Subscriptions == 0,
            new LiveClockQuality(in counters),
            pricedAfter,
            conflicting,
            counters.OrderDependent,
            orderDependent,
            limits,
            Warnings(state, connectedAtLiveStart, likes, likeCap, unpriced, unpricedIds, unlikeCatalog, pricedAfter, conflicting, orderDependent, limits, rejected));

        return new LiveLedgerSummary(
            card.Description,
            card.Currency,
            catalog.ToString(),
            hasEvents ? new DateTimeOffset(state.FirstTicks, TimeSpan.Zero) : null,
            hasEvents ? new DateTimeOffset(state.Watermark, TimeSpan.Zero) : null,
            counters.Events,
            host,
            coHosts,
            state.Gifters.Count(g => (g.Gifts > 0 || g.UnpricedGifts > 0) && g.SenderId != LiveLedger.OtherRow),
            Leaderboard(state.Gifters.Where(g => g.SenderId != LiveLedger.OtherRow), top, card),
            Gifts(state.Gifts.Where(g => g.GiftId != LiveLedger.OtherRow), card, catalog),
            Minutes(state.Minutes, card),
            Goals(goals, host, card),
            likes,
            Viewers(state.Viewers, counters.ViewerSamplesDropped),
            state.NewFollowers,
            state.Shares,
            state.Subscriptions,
            quality,
            state.Gifters.Where(g => g.SenderId == LiveLedger.OtherRow).Select(g => Gifter(0, g, card)).FirstOrDefault(),
            Gifts(state.Gifts.Where(g => g.GiftId == LiveLedger.OtherRow), card, catalog).FirstOrDefault());
    }

    private static LiveGiftTotals Totals(ReceiverSlot slot, int open, RateCard card) =>
        new(slot.Coins, slot.SettledCoins, slot.Gifts, slot.UnpricedGifts, open, card);

    private static LiveGifterTotal Gifter(int rank, GifterSlot g, RateCard card)
    {
        var coins = new Coins(g.Coins);
        var diamonds = card.ToDiamonds(coins);
        return new LiveGifterTotal(rank, g.SenderId, g.Name, coins, new Coins(g.Coins - g.SettledCoins), diamonds, card.ToCash(diamonds), g.Gifts, g.UnpricedGifts);
    }

    private static List<LiveGifterTotal> Leaderboard(IEnumerable<GifterSlot> gifters, int top, RateCard card)
    {
        var ranked = gifters
            .Where(g => g.Gifts > 0 || g.UnpricedGifts > 0)
            .OrderByDescending(g => g.Coins)
            .ThenBy(g => g.SenderId)
            .Take(top)
            .ToList();
        var rows = new List<LiveGifterTotal>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            rows.Add(Gifter(i + 1, ranked[i], card));
        }

        return rows;
    }

    private static List<LiveGiftTotal> Gifts(IEnumerable<GiftSlot> gifts, RateCard card, GiftCatalog catalog) => gifts
        .Where(g => g.Gifts > 0 || g.UnpricedGifts > 0)
        .OrderByDescending(g => g.Coins)
        .ThenBy(g => g.GiftId)
        .Select(g =>
        {
            var coins = new Coins(g.Coins);
            var diamonds = card.ToDiamonds(coins);
            return new LiveGiftTotal(
                g.GiftId,
                g.Name,
                g.UnitCoins >= 0 ? (int)g.UnitCoins : null,
                g.UnitCoins >= 0 ? g.PriceSource : GiftPriceSource.Unknown,
                g.PriceDiffersFromCatalog,
                g.Gifts,
                g.UnpricedGifts,
                coins,
                diamonds,
                card.ToCash(diamonds),
                SharedName(g, catalog));
        })
        .ToList();

    /// <summary>For a gift without a price whose name several catalog gifts share: those gifts (the name was not enough to price it).</summary>
    private static IReadOnlyList<GiftCatalogEntry> SharedName(in GiftSlot g, GiftCatalog catalog) =>
        g.UnitCoins < 0 && g.GiftId != LiveLedger.OtherRow && g.Name is { } name && !catalog.TryGet(g.GiftId, out _) && catalog.FindByName(name) is { Count: > 1 } shared
            ? shared
            : [];

    private static List<LiveMinuteTotal> Minutes(MinuteSlot[] minutes, RateCard card) => minutes
        .Where(m => m.Gifts > 0 && m.Minute != LiveLedger.OtherMinute)
        .OrderBy(m => m.Minute)
        .Select(m =>
        {
            var coins = new Coins(m.Coins);
            var diamonds = card.ToDiamonds(coins);
            return new LiveMinuteTotal(new DateTimeOffset(m.Minute * TimeSpan.TicksPerMinute, TimeSpan.Zero), m.Gifts, coins, diamonds, card.ToCash(diamonds));
        })
        .ToList();

    private static List<LiveGoalProgress> Goals(IReadOnlyList<LiveGoal> goals, LiveGiftTotals host, RateCard card) => goals
        .Select(g => g.Unit == LiveGoalUnit.Cash
            ? new LiveGoalProgress(g.Name, g.Unit, g.Target, host.Cash.Amount, card.Currency)
            : new LiveGoalProgress(g.Name, g.Unit, g.Target, host.Diamonds.Value, null))
        .ToList();

    private static LiveLikeTotals Likes(LikeState likes)
    {
        long? total = likes.HighestRoomTotal >= 0 ? likes.HighestRoomTotal : null;
        // A message counted in a room total is part of it, so the total before it is at least 0; a message that claims
        // more likes than its room total is held to that, so the result stays within 0..highest and cannot wrap.
        long? sinceConnected = total is { } highest ? highest - Math.Max(0, likes.LowestRoomTotal - likes.LowestRoomTotalMessage) : null;
        return new LiveLikeTotals(likes.Messages, likes.MessageLikes, likes.CappedMessages, total, sinceConnected);
    }

    private static LiveViewerStats Viewers(ViewerSample[] samples, long dropped)
    {
        if (samples.Length == 0)
        {
            return new LiveViewerStats(0, 0, 0, 0d);
        }

        // Stable order: by time, then by arrival, so the result does not depend on the sort algorithm.
        var ordered = samples.Select((s, i) => (s.Ticks, s.Viewers, i)).OrderBy(s => s.Ticks).ThenBy(s => s.i).ToArray();
        var peak = ordered.Max(s => s.Viewers);
        var span = ordered[ordered.Length - 1].Ticks - ordered[0].Ticks;
        double average;
        if (span == 0)
        {
            average = ordered.Average(s => (double)s.Viewers);
        }
        else
        {
            var weighted = 0d;
            for (var i = 0; i < ordered.Length - 1; i++)
            {
                weighted += ordered[i].Viewers * (double)(ordered[i + 1].Ticks - ordered[i].Ticks);
            }

            average = weighted / span;
        }

        return new LiveViewerStats(samples.Length + dropped, peak, ordered[ordered.Length - 1].Viewers, average);
    }

    private static void Limits(List<string> warnings, LedgerLimits max, LiveLimitsQuality folded)
    {
        var inv = CultureInfo.InvariantCulture;
        if (folded.GifterStreaksFolded > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} gifters (MaxGifters); {1:N0} streak(s) of further gifters are counted in every total but folded into one 'other gifters' row.", max.Gifters, folded.GifterStreaksFolded));
        }

        if (folded.GiftStreaksFolded > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} gift ids (MaxGiftIds); {1:N0} streak(s) of further gift ids are counted in every total (priced by their frames or the catalog) but folded into one 'other gifts' row.", max.GiftIds, folded.GiftStreaksFolded));
        }

        if (folded.MinuteGiftsFolded > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} minutes (MaxMinuteRows); {1:N0} gift(s) in later minutes are counted in every total but in no per-minute row.", max.MinuteRows, folded.MinuteGiftsFolded));
        }

        if (folded.CoHostFramesDropped > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} co-hosts (MaxCoHosts); {1:N0} gift frame(s) to further co-hosts were not counted (the host's totals never hold co-host gifts).", max.CoHosts, folded.CoHostFramesDropped));
        }

        if (folded.FollowsUntracked > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} followers (MaxFollowers); {1:N0} further follow(s) were counted without checking for repeats.", max.Followers, folded.FollowsUntracked));
        }

        if (folded.ViewerSamplesDropped > 0)
        {
            warnings.Add(string.Format(inv, "Bounded memory: more than {0:N0} viewer counts (MaxViewerSamples); {1:N0} were dropped (every other one in time order), so the viewer average is over a coarser grain.", max.ViewerSamples, folded.ViewerSamplesDropped));
        }
    }

    private static List<string> Warnings(LedgerState state, bool connectedAtLiveStart, LiveLikeTotals likes, int likeCap, long unpriced, long[] unpricedIds, long[] unlikeCatalog, long[] pricedAfter, long[] conflicting, LiveOrderDependence[] orderDependent, LiveLimitsQuality limits, SortedDictionary<LiveEventRejection, long> rejected)
    {
        var inv = CultureInfo.InvariantCulture;
        var c = state.Counters;
        var warnings = new List<string>();
        if (!connectedAtLiveStart)
        {
            warnings.Add("Counted since connected: TikTok sends no session totals, so gifts sent before the client connected are missing.");
        }

        if (c.ClosedByTimeout > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} streak(s) closed by timeout: their repeat-end frame never arrived; each counts its highest frame.", c.ClosedByTimeout));
        }

        if (c.ClosedAtFlush > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} streak(s) closed at flush without their repeat-end frame; each counts its highest frame.", c.ClosedAtFlush));
        }

        if (c.Resumed > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} streak(s) resumed after being closed: the quiet period may be too short (counted once anyway).", c.Resumed));
        }

        if (c.Replayed > 0)
        {
            warnings.Add(string.Format(
                inv,
                "{0:N0} event(s) dated {1:yyyy-MM-dd HH:mm:ss}Z to {2:yyyy-MM-dd HH:mm:ss}Z ignored as a replay: they went back more than the closed-streak retention into time already counted (the session recorded twice, or fed again), so counting them could count gifts twice.",
                c.Replayed,
                new DateTime(c.ReplayedFrom, DateTimeKind.Utc),
                new DateTime(c.ReplayedTo, DateTimeKind.Utc)));
        }

        if (c.OffClock > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} event(s) had a timestamp too far from the other events to trust (beyond the maximum clock jump); they were counted at the clock's time, so their per-minute rows and streak timing are approximate.", c.OffClock));
        }

        if (c.ClockJumps > 0)
        {
            warnings.Add(string.Format(inv, "The event clock moved {0:N0} time(s) by more than the maximum clock jump because two events in a row agreed (a reconnect after a gap, a sparse LIVE, another recording appended, or a misdated first event); the observed time includes such gaps.", c.ClockJumps));
        }

        if (c.IgnoredTicks > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} Tick call(s) ignored: they came more than the maximum clock jump after the latest event (a wall-clock timer while a recording is replayed, or a silent LIVE); open streaks stay pending until the next event or Flush.", c.IgnoredTicks));
        }

        if (unpriced > 0)
        {
            // The host's unpriced gifts of ids beyond MaxGiftIds are in the "other gifts" row, which has no id to name.
            var ids = unpricedIds.Select(i => i.ToString(inv));
            if (state.Gifts.Any(g => g.GiftId == LiveLedger.OtherRow && g.UnpricedGifts > 0))
            {
                ids = ids.Append("ids beyond MaxGiftIds, folded into the 'other gifts' row");
            }

            var named = string.Join(", ", ids);
            warnings.Add(string.Format(inv, "{0:N0} gift(s) have no price and are not in the coins (gift ids: {1}); add them to the gift catalog.", unpriced, named.Length == 0 ? "co-host gifts only" : named));
        }

        if (pricedAfter.Length > 0)
        {
            warnings.Add("Gift id(s) " + string.Join(", ", pricedAfter.Select(i => i.ToString(inv))) + " got a price only after some of their gifts were counted without one: those stay unpriced, so these ids' coins depend on the order the frames arrived in; add them to the gift catalog.");
        }

        if (conflicting.Length > 0)
        {
            warnings.Add("Gift frames carried different prices for gift id(s) " + string.Join(", ", conflicting.Select(i => i.ToString(inv))) + ": each streak kept the first price its frames carried, so these ids' coins depend on the order the frames arrived in.");
        }

        if (c.OrderDependent > 0)
        {
            const int Shown = 5;
            var who = string.Join("; ", orderDependent.Take(Shown).Select(o => string.Format(inv, "sender {0}, gift {1}{2}: {3:N0}", o.SenderId, o.GiftId, o.ReceiverId == 0 ? string.Empty : string.Format(inv, " to co-host {0}", o.ReceiverId), o.Frames)));
            var more = orderDependent.Length > Shown ? string.Format(inv, "; and {0:N0} more", orderDependent.Length - Shown) : string.Empty;
            warnings.Add(string.Format(inv, "{0:N0} gift frame(s) without a group id came out of time order or overlapped another streak of the same sender and gift, so the ledger had to guess which streak they belong to; the totals of these senders and gifts may depend on the order of arrival and may be low ({1}{2}).", c.OrderDependent, who, more));
        }

        Limits(warnings, state.Limits, limits);
        if (unlikeCatalog.Length > 0)
        {
            warnings.Add("Gift frames carried prices that differ from the catalog for gift id(s) " + string.Join(", ", unlikeCatalog.Select(i => i.ToString(inv))) + "; the frames' prices were used.");
        }

        if (rejected.Count > 0)
        {
            warnings.Add(string.Format(inv, "{0:N0} event(s) rejected: ", rejected.Values.Sum()) + string.Join("; ", rejected.Select(r => string.Format(inv, "{0:N0} because {1}", r.Value, LiveEventChecks.Describe(r.Key)))) + ".");
        }

        if (likes.PerMessageCapped)
        {
            warnings.Add(string.Format(inv, "{0:N0} like message(s) were at the cap of {1} likes per message and may stand for more.", likes.CappedMessages, likeCap));
        }

        if (likes.BehindRoomTotal)
        {
            warnings.Add(string.Format(inv, "Like messages add up to {0:N0} likes but the room total rose by {1:N0}: TikTok stopped sending some like messages; the room total is used.", likes.MessageLikes, likes.RoomLikesSinceConnected));
        }

        if (state.Subscriptions == 0)
        {
            warnings.Add("No subscription events: client libraries receive them only with the streamer's own authentication, so none seen is not proof of none.");
        }

        return warnings;
    }
}
