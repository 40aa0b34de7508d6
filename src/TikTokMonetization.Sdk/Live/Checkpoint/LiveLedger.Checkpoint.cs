using System.Globalization;
using System.Text.Json;
using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Live;

/// <summary>Checkpoint and restore: the whole state as JSON, so a restarted process continues without losing or double-counting a gift.</summary>
public sealed partial class LiveLedger
{
    /// <summary>
    /// Writes the ledger's whole state as JSON: totals, open streaks and the closed streaks still remembered, so that
    /// after <see cref="Restore(string, RateCard, GiftCatalog?, LiveLedgerOptions?)"/> the next frames of an open streak
    /// add only their new gifts and repeated frames are still recognised.
    /// </summary>
    /// <returns>The checkpoint (UTF-16 JSON text). The rate card, catalog and options are not part of it.</returns>
    public string SaveCheckpoint()
    {
        LedgerState state;
        lock (_gate)
        {
            state = Capture(includeStreaks: true);
        }

        return JsonSerializer.Serialize(LedgerCheckpoint.ToDocument(state), LedgerJsonContext.Default.LedgerCheckpointDocument);
    }

    /// <summary>Writes the ledger's whole state as UTF-8 JSON to a stream (see <see cref="SaveCheckpoint()"/>).</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    public void SaveCheckpoint(Stream utf8Json)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        LedgerState state;
        lock (_gate)
        {
            state = Capture(includeStreaks: true);
        }

        JsonSerializer.Serialize(utf8Json, LedgerCheckpoint.ToDocument(state), LedgerJsonContext.Default.LedgerCheckpointDocument);
    }

    /// <summary>Creates a ledger from a checkpoint written by <see cref="SaveCheckpoint()"/>.</summary>
    /// <param name="checkpoint">The checkpoint text.</param>
    /// <param name="rateCard">The rate card; it may differ from the one in use when the checkpoint was written (totals are kept in coins).</param>
    /// <param name="catalog">The catalog for gifts not yet seen; <see langword="null"/> for <see cref="GiftCatalog.BuiltIn"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The restored ledger.</returns>
    /// <exception cref="FormatException">The text is not a valid checkpoint; the message says what is wrong.</exception>
    public static LiveLedger Restore(string checkpoint, RateCard rateCard, GiftCatalog? catalog = null, LiveLedgerOptions? options = null)
    {
        Guard.NotNull(checkpoint, nameof(checkpoint));
        var ledger = new LiveLedger(rateCard, catalog, options);
        ledger.Load(LedgerCheckpoint.Parse(() => JsonSerializer.Deserialize(checkpoint, LedgerJsonContext.Default.LedgerCheckpointDocument)));
        return ledger;
    }

    /// <summary>Creates a ledger from a UTF-8 JSON checkpoint stream written by <see cref="SaveCheckpoint(Stream)"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="rateCard">The rate card.</param>
    /// <param name="catalog">The catalog for gifts not yet seen; <see langword="null"/> for <see cref="GiftCatalog.BuiltIn"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The restored ledger.</returns>
    /// <exception cref="FormatException">The stream is not a valid checkpoint.</exception>
    public static LiveLedger Restore(Stream utf8Json, RateCard rateCard, GiftCatalog? catalog = null, LiveLedgerOptions? options = null)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        var ledger = new LiveLedger(rateCard, catalog, options);
        ledger.Load(LedgerCheckpoint.Parse(() => JsonSerializer.Deserialize(utf8Json, LedgerJsonContext.Default.LedgerCheckpointDocument)));
        return ledger;
    }

    private void Load(LedgerCheckpointDocument doc)
    {
        _receivers.Clear();
        for (var i = 0; i < doc.Receivers.Count; i++)
        {
            var r = doc.Receivers[i];
            _receivers.Add(new ReceiverSlot { ReceiverId = r.ReceiverId, Coins = r.Coins, SettledCoins = r.SettledCoins, Gifts = r.Gifts, UnpricedGifts = r.UnpricedGifts });
            _allCoins += r.Coins;
            _allGifts += r.Gifts + r.UnpricedGifts;
            if (i > 0 && !TryAddUnique(_receiverIndex, r.ReceiverId, i))
            {
                throw LedgerCheckpoint.Invalid($"receiver {r.ReceiverId} appears twice");
            }
        }

        foreach (var g in doc.Gifters)
        {
            if (g.SenderId == OtherRow ? !TakeOtherRow(ref _otherGifter, _gifters.Count) : !TryAddUnique(_gifterIndex, g.SenderId, _gifters.Count))
            {
                throw LedgerCheckpoint.Invalid($"gifter {g.SenderId} appears twice");
            }

            _gifters.Add(new GifterSlot { SenderId = g.SenderId, Name = g.Name, Coins = g.Coins, SettledCoins = g.SettledCoins, Gifts = g.Gifts, UnpricedGifts = g.UnpricedGifts });
        }

        foreach (var g in doc.Gifts)
        {
            if (g.GiftId == OtherRow ? !TakeOtherRow(ref _otherGift, _gifts.Count) : !TryAddUnique(_giftIndex, g.GiftId, _gifts.Count))
            {
                throw LedgerCheckpoint.Invalid($"gift {g.GiftId} appears twice");
            }

            _gifts.Add(new GiftSlot
            {
                GiftId = g.GiftId,
                Name = g.Name,
                UnitCoins = g.UnitCoins,
                PriceSource = g.PriceSource,
                GiftType = g.GiftType,
                CatalogCoins = g.CatalogCoins,
                PriceDiffersFromCatalog = g.PriceDiffersFromCatalog,
                PricesConflict = g.PricesConflict,
                Coins = g.Coins,
                Gifts = g.Gifts,
                UnpricedGifts = g.UnpricedGifts,
                CoHostUnpricedGifts = g.CoHostUnpricedGifts,
            });
        }

        foreach (var m in doc.Minutes)
        {
            if (m.Minute == OtherMinute ? !TakeOtherRow(ref _otherMinute, _minutes.Count) : !TryAddUnique(_minuteIndex, m.Minute, _minutes.Count))
            {
                throw LedgerCheckpoint.Invalid($"minute {m.Minute} appears twice");
            }

            _minutes.Add(new MinuteSlot { Minute = m.Minute, Coins = m.Coins, Gifts = m.Gifts });
        }

        CheckLimits(doc);
        LoadStreaks(doc.Streaks);
        foreach (var v in doc.Viewers)
        {
            _viewers.Add(new ViewerSample { Ticks = v.Ticks, Viewers = v.Viewers });
        }

        foreach (var follower in doc.Followers)
        {
            _followers.Add(follower);
        }

        var likes = doc.Likes;
        _likes = new LikeState
        {
            Messages = likes.Messages,
            MessageLikes = likes.MessageLikes,
            CappedMessages = likes.CappedMessages,
            LowestRoomTotal = likes.LowestRoomTotal,
            LowestRoomTotalMessage = likes.LowestRoomTotalMessage,
            HighestRoomTotal = likes.HighestRoomTotal,
        };
        var c = doc.Counters;
        _counters = new LedgerCounters
        {
            Events = c.Events,
            Streaks = c.Streaks,
            Duplicates = c.Duplicates,
            OutOfOrder = c.OutOfOrder,
            Resumed = c.Resumed,
            LateAfterEnd = c.LateAfterEnd,
            ClosedByTimeout = c.ClosedByTimeout,
            ClosedAtFlush = c.ClosedAtFlush,
            OffClock = c.OffClock,
            ClockJumps = c.ClockJumps,
            Replayed = c.Replayed,
            ReplayedFrom = c.ReplayedFrom,
            ReplayedTo = c.ReplayedTo,
            IgnoredTicks = c.IgnoredTicks,
            OrderDependent = c.OrderDependent,
            GifterStreaksFolded = c.GifterStreaksFolded,
            GiftStreaksFolded = c.GiftStreaksFolded,
            CoHostFramesDropped = c.CoHostFramesDropped,
            FollowsUntracked = c.FollowsUntracked,
            ViewerSamplesDropped = c.ViewerSamplesDropped,
        };
        foreach (var o in doc.OrderDependent)
        {
            var key = new StreakKey(o.Sender, o.Gift, 0, o.Receiver);
            if (o.Receiver < 0 || o.Receiver >= _receivers.Count || _orderDependent.ContainsKey(key))
            {
                throw LedgerCheckpoint.Invalid($"orderDependent names sender {o.Sender}, gift {o.Gift} twice or a receiver the checkpoint does not have");
            }

            _orderDependent.Add(key, o.Frames);
        }

        doc.Rejections.CopyTo(_rejections, 0);
        _anonymousFollows = doc.AnonymousFollows;
        _shares = doc.Shares;
        _subscriptions = doc.Subscriptions;
        _firstTicks = doc.FirstTicks;

        // Only events move the clock: a tick before any event, which older versions kept, is not carried over.
        _watermark = doc.FirstTicks == long.MaxValue ? long.MinValue : doc.Watermark;
        _nextSweepTicks = doc.NextSweepTicks;
        _offLast = doc.OffLast;
        _replaying = doc.Replaying;
    }

    private void LoadStreaks(List<CheckpointStreak> streaks)
    {
        var closed = new List<(long ClosedAt, int Index)>();
        foreach (var record in streaks)
        {
            if (!Enum.TryParse<StreakState>(record.State, out var state) || state == StreakState.Free || !Enum.IsDefined(typeof(StreakState), state))
            {
                throw LedgerCheckpoint.Invalid($"a streak has the unknown state '{record.State}'");
            }

            if (record.Receiver < 0 || record.Receiver >= _receivers.Count || record.GiftSlot < 0 || record.GiftSlot >= _gifts.Count
                || record.Gifter < -1 || record.Gifter >= _gifters.Count || (record.Gifter >= 0) != (record.Receiver == 0))
            {
                throw LedgerCheckpoint.Invalid("a streak refers to a receiver, gift or gifter that the checkpoint does not have");
            }

            var index = AllocateStreak();
            var key = new StreakKey(record.Sender, record.Gift, record.Group, record.Receiver);
            if (!_streakIndex.TryAdd(in key, index, _streaks))
            {
                throw LedgerCheckpoint.Invalid($"the streak of sender {record.Sender}, gift {record.Gift}, group {record.Group} appears twice");
            }

            ref var s = ref _streaks[index];
            s = new Streak
            {
                Key = key,
                Count = record.Count,
                SettledCount = record.SettledCount,
                UnitCoins = record.UnitCoins,
                FirstTicks = record.FirstTicks,
                LastTicks = record.LastTicks,
                ClosedAtTicks = record.ClosedAtTicks,
                PreviousCount = record.PreviousCount,
                PreviousFirstTicks = record.PreviousFirstTicks,
                PreviousLastTicks = record.PreviousLastTicks,
                Gifter = record.Gifter,
                Gift = record.GiftSlot,
                OpenSlot = -1,
                Generation = 1,
                NextFree = -1,
                State = state,
                Streakable = record.Streakable,
            };
            if (state == StreakState.Open)
            {
                AddOpen(ref s, index);
            }
            else
            {
                closed.Add((record.ClosedAtTicks, index));
            }
        }

        // The retention queue is in closing order; rebuild it so the oldest closed streaks are forgotten first.
        foreach (var (closedAt, index) in closed.OrderBy(c => c.ClosedAt).ThenBy(c => c.Index))
        {
            _retained.Enqueue(new RetentionEntry(index, 1, closedAt));
        }
    }

    /// <summary>A checkpoint holds no more rows than this ledger's limits allow, so that restoring cannot undo the bound on memory.</summary>
    private void CheckLimits(LedgerCheckpointDocument doc)
    {
        Within("gifters", _gifterIndex.Count, _limits.Gifters, "MaxGifters");
        Within("gifts", _giftIndex.Count, _limits.GiftIds, "MaxGiftIds");
        Within("receivers (co-hosts)", _receiverIndex.Count, _limits.CoHosts, "MaxCoHosts");
        Within("minutes", _minuteIndex.Count, _limits.MinuteRows, "MaxMinuteRows");
        Within("followers", doc.Followers.Count, _limits.Followers, "MaxFollowers");
        Within("viewers", doc.Viewers.Count, _limits.ViewerSamples, "MaxViewerSamples");

        static void Within(string table, int rows, int limit, string option)
        {
            if (rows > limit)
            {
                throw LedgerCheckpoint.Invalid(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} has {1:N0} rows; this ledger keeps at most {2:N0} ({3}): restore it with options that allow as many",
                    table,
                    rows,
                    limit,
                    option));
            }
        }
    }

    private static bool TakeOtherRow(ref int slot, int index)
    {
        if (slot >= 0)
        {
            return false;
        }

        slot = index;
        return true;
    }

    private static bool TryAddUnique<TKey>(Dictionary<TKey, int> index, TKey key, int value)
        where TKey : notnull
    {
        if (index.ContainsKey(key))
        {
            return false;
        }

        index.Add(key, value);
        return true;
    }
}
