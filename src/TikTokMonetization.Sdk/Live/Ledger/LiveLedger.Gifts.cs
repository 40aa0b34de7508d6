namespace TikTokMonetization.Live;

/// <summary>The streak state machine: everything here runs under the ledger's lock.</summary>
public sealed partial class LiveLedger
{
    private readonly long _quietTicks;
    private readonly long _retentionTicks;
    private readonly long _maxJumpTicks;
    private readonly long _sweepIntervalTicks;
    private readonly long? _hostUserId;
    private readonly bool _connectedAtLiveStart;
    private readonly int _likeCap;
    private readonly int _leaderboardSize;
    private readonly LiveGoal[] _goals;
    private readonly LedgerLimits _limits;

    // The rows that gifters, gift ids and minutes beyond their limits fold into (-1 until a limit is reached).
    private int _otherGifter = -1;
    private int _otherGift = -1;
    private int _otherMinute = -1;

    // Mutable structs, held in place (not readonly, which would make every call work on a copy): one object fewer to
    // reach on every frame, which counts when many ledgers share the caches.
    private StreakIndex _streakIndex = new();
    private readonly Queue<RetentionEntry> _retained = new();
    private readonly Dictionary<long, int> _gifterIndex = [];
    private SlotList<GifterSlot> _gifters = new(16);
    private readonly Dictionary<long, int> _giftIndex = [];
    private SlotList<GiftSlot> _gifts = new(16);
    private readonly Dictionary<long, int> _receiverIndex = [];
    private SlotList<ReceiverSlot> _receivers = new(4);
    private readonly Dictionary<long, int> _minuteIndex = [];
    private SlotList<MinuteSlot> _minutes = new(64);
    private readonly List<ViewerSample> _viewers = [];
    private readonly HashSet<long> _followers = [];
    private readonly long[] _rejections = new long[LiveEventChecks.RejectionKinds];

    // Without group ids: the sender, gift and receiver whose frames came in an order the ledger had to guess at, and
    // how many such frames each sent (at most MaxOrderDependentListed of them are listed; all are counted).
    private readonly Dictionary<StreakKey, long> _orderDependent = [];

    private Streak[] _streaks = new Streak[64];
    private int _streakCount;
    private int _freeHead = -1;
    private int[] _open = new int[16];

    // Each open streak's LastTicks, beside _open: the sweep reads this small dense array instead of every open streak.
    private long[] _openLast = new long[16];
    private int _openCount;
    private long _lastMinute = long.MinValue;
    private int _lastMinuteSlot;
    private LikeState _likes = new() { LowestRoomTotal = -1, HighestRoomTotal = -1 };
    private LedgerCounters _counters;
    private long _anonymousFollows;
    private long _shares;
    private long _subscriptions;
    private long _watermark = long.MinValue;
    private long _firstTicks = long.MaxValue;
    private long _nextSweepTicks = long.MinValue;

    // Every receiver's coins and gifts (priced and unpriced) together: each per-receiver, per-gifter, per-gift and
    // per-minute sum is part of one of these, so keeping these two below long.MaxValue keeps every sum from wrapping.
    private long _allCoins;
    private long _allGifts;

    // The clock's defences: the last event dated beyond the window (a candidate for the next to confirm), and whether
    // events are being ignored as a replay of a stretch already counted.
    private long _offLast = NoCandidate;
    private bool _replaying;

    private LiveRecordResult RecordGift(in GiftEvent gift)
    {
        var ticks = Advance(gift.Timestamp.UtcTicks);
        if (ticks == Replayed)
        {
            return IgnoreReplayed(gift.Timestamp.UtcTicks);
        }

        var receiver = gift.ReceiverId == 0 || gift.ReceiverId == _hostUserId ? 0 : ReceiverSlotOf(gift.ReceiverId);
        if (receiver < 0)
        {
            _counters.CoHostFramesDropped++;
            return LiveRecordResult.Ignored;
        }
        var key = new StreakKey(gift.SenderId, gift.GiftId, gift.GroupId, receiver);
        var hash = StreakIndex.Hash(in key);
        var index = _streakIndex.Find(in key, hash, _streaks, out var place);
        if (index < 0)
        {
            // StartStreak touches other tables only, so the place found stays right.
            index = StartStreak(in key, in gift, ticks);
            _streakIndex.Insert(place, hash, index);
        }

        return ApplyFrame(index, in gift, ticks);
    }

    private LiveRecordResult ApplyFrame(int index, in GiftEvent gift, long ticks)
    {
        ref var s = ref _streaks[index];
        if (!Fits(in s, in gift))
        {
            return Reject((int)LiveEventRejection.TotalOutOfRange);
        }

        if (gift.UnitPriceCoins is { } price)
        {
            if (s.Gift != _otherGift)
            {
                NotePrice(s.Gift, price);
            }

            if (s.UnitCoins < 0)
            {
                PriceStreak(ref s, price);
            }
        }
        else if (s.UnitCoins < 0 && _gifts[s.Gift].UnitCoins >= 0)
        {
            PriceStreak(ref s, _gifts[s.Gift].UnitCoins);
        }

        long count = gift.RepeatCount;
        if (s.Key.Group == 0)
        {
            if (ticks < s.LastTicks && !(ticks == s.PreviousLastTicks && count == s.PreviousCount))
            {
                // Dated before a frame already seen of its sender, gift and receiver, and not a repeat of the previous
                // streak's last frame: in time order the ledger might have placed it in another streak (or started
                // one), so the totals of this sender and gift may depend on the order the frames arrived in.
                NoteOrderDependent(in s.Key);
            }

            if (s.State == StreakState.Open && ticks - s.LastTicks >= _quietTicks)
            {
                // Quiet for the quiet period already, though no sweep has run since: it closes by timeout before this
                // frame is placed, exactly as if the sweep had come first (so the next streak is not taken for it).
                Close(ref s, index, StreakState.ClosedByTimeout);
            }

            if (ticks < s.FirstTicks && ticks <= s.PreviousLastTicks && s.PreviousCount >= 0)
            {
                return ApplyToPrevious(ref s, count, ticks);
            }
        }

        if (s.Key.Group == 0 && ticks >= s.LastTicks && ticks - s.LastTicks < _quietTicks
            && s.State is StreakState.Open or StreakState.ClosedByTimeout or StreakState.ClosedAtFlush
            && (count < s.Count || (count == s.Count && ticks > s.LastTicks && !gift.RepeatEnd)))
        {
            // One streak's counts grow with time: a lower count at the same time or later, or the same count later
            // without being the end frame, within the quiet period, is a second streak of the same gift from the same
            // sender overlapping the first. Without a group id the ledger cannot tell (an open streak absorbs it, a
            // closed one is restarted by it), so the total may be low: flag it.
            NoteOrderDependent(in s.Key);
        }

        if (s.State != StreakState.Open && s.Key.Group == 0 && ticks > s.LastTicks && !ContinuesAfterClosing(in s, in gift, ticks))
        {
            // Without a group id, a later frame after a closed streak starts the next streak of the same gift.
            Restart(ref s, index, in gift, ticks);
        }

        if (ticks > s.LastTicks)
        {
            s.LastTicks = ticks;
            if (s.OpenSlot >= 0)
            {
                _openLast[s.OpenSlot] = ticks;
            }
        }

        if (count > s.Count)
        {
            AddGifts(ref s, count - s.Count, ticks);
            s.Count = count;
            switch (s.State)
            {
                case StreakState.Open:
                    if (gift.RepeatEnd || !s.Streakable)
                    {
                        Close(ref s, index, s.Streakable ? StreakState.ClosedByEnd : StreakState.ClosedAtOnce);
                    }

                    break;
                case StreakState.ClosedByTimeout or StreakState.ClosedAtFlush:
                    Reopen(ref s, index);
                    if (gift.RepeatEnd)
                    {
                        Close(ref s, index, StreakState.ClosedByEnd);
                    }

                    break;
                default:
                    // A higher count after the streak's own end frame: count the difference once, settled at once.
                    _counters.LateAfterEnd++;
                    Settle(ref s);
                    break;
            }

            return LiveRecordResult.Counted;
        }

        if (gift.RepeatEnd || !s.Streakable)
        {
            if (s.State == StreakState.Open)
            {
                Close(ref s, index, s.Streakable ? StreakState.ClosedByEnd : StreakState.ClosedAtOnce);
                return LiveRecordResult.Closed;
            }

            if (gift.RepeatEnd && s.State is StreakState.ClosedByTimeout or StreakState.ClosedAtFlush)
            {
                // The end frame came after the timeout: the streak did end properly after all.
                Unclose(ref s);
                s.State = StreakState.ClosedByEnd;
                return LiveRecordResult.Closed;
            }
        }

        if (count < s.Count)
        {
            _counters.OutOfOrder++;
        }
        else
        {
            _counters.Duplicates++;
        }

        return LiveRecordResult.Ignored;
    }

    /// <summary>
    /// Without a group id, whether a later frame belongs to a streak closed by timeout or flush rather than starting the
    /// next one: a higher count, or the same count on the end frame, dated within the quiet period of the streak's last
    /// frame (a delayed frame, or the end frame after a flush), exactly as it would have been while the streak was open.
    /// A streak whose frames were a quiet period apart had ended, and one closed by its end frame (or at once) is over.
    /// </summary>
    private bool ContinuesAfterClosing(in Streak s, in GiftEvent gift, long ticks) =>
        s.State is StreakState.ClosedByTimeout or StreakState.ClosedAtFlush
        && ticks - s.LastTicks < _quietTicks
        && (gift.RepeatCount > s.Count || (gift.RepeatCount == s.Count && gift.RepeatEnd));

    /// <summary>
    /// Whether the most this frame can add (its whole count at its price, plus pricing the streak's earlier gifts) fits
    /// below long.MaxValue. Each product is below 2^62 (an int count times an int price), so the sum cannot wrap.
    /// </summary>
    private bool Fits(in Streak s, in GiftEvent gift)
    {
        long unit = s.UnitCoins >= 0 ? s.UnitCoins : gift.UnitPriceCoins ?? _gifts[s.Gift].UnitCoins;
        long coins = 0;
        if (unit > 0)
        {
            coins = gift.RepeatCount * unit;
            if (s.UnitCoins < 0)
            {
                coins += s.Count * unit;
            }
        }

        return coins <= long.MaxValue - _allCoins && gift.RepeatCount <= long.MaxValue - _allGifts;
    }

    /// <summary>
    /// Without a group id, a frame dated within the previous streak of its sender and gift (before the current one began)
    /// is that streak's: a repeat of its count is a duplicate, a higher count a late frame after its end, counted once
    /// and settled at once. A frame dated before even that streak is older than anything remembered and is ignored.
    /// </summary>
    private LiveRecordResult ApplyToPrevious(ref Streak s, long count, long ticks)
    {
        if (count > s.PreviousCount && ticks >= s.PreviousFirstTicks)
        {
            var added = count - s.PreviousCount;
            s.PreviousCount = count;
            AddGifts(ref s, added, ticks);
            if (s.UnitCoins >= 0)
            {
                var coins = added * s.UnitCoins;
                _receivers[s.Key.Receiver].SettledCoins += coins;
                if (s.Gifter >= 0)
                {
                    _gifters[s.Gifter].SettledCoins += coins;
                }
            }

            _counters.LateAfterEnd++;
            return LiveRecordResult.Counted;
        }

        if (count == s.PreviousCount)
        {
            _counters.Duplicates++;
        }
        else
        {
            _counters.OutOfOrder++;
        }

        return LiveRecordResult.Ignored;
    }

    private void NoteOrderDependent(in StreakKey key)
    {
        _counters.OrderDependent++;
        if (_orderDependent.TryGetValue(key, out var frames))
        {
            _orderDependent[key] = frames + 1;
        }
        else if (_orderDependent.Count < MaxOrderDependentListed)
        {
            _orderDependent.Add(key, 1);
        }
    }

    private int StartStreak(in StreakKey key, in GiftEvent gift, long ticks)
    {
        var index = AllocateStreak();
        var giftSlot = GiftSlotOf(in gift);
        var gifter = key.Receiver == 0 ? GifterSlotOf(gift.SenderId, gift.SenderName) : -1;
        var (knownPrice, knownType) = Known(giftSlot, gift.GiftId);
        ref var s = ref _streaks[index];
        s = new Streak
        {
            Key = key,
            UnitCoins = gift.UnitPriceCoins is null ? knownPrice : -1,
            FirstTicks = ticks,
            LastTicks = ticks,
            PreviousCount = -1,
            Gifter = gifter,
            Gift = giftSlot,
            OpenSlot = -1,
            Generation = s.Generation + 1,
            NextFree = -1,
            State = StreakState.Open,
            Streakable = IsStreakable(gift.GiftType, knownType),
        };
        AddOpen(ref s, index);
        _counters.Streaks++;
        return index;
    }

    private void Restart(ref Streak s, int index, in GiftEvent gift, long ticks)
    {
        s.PreviousCount = s.Count;
        s.PreviousFirstTicks = s.FirstTicks;
        s.PreviousLastTicks = s.LastTicks;
        s.Count = 0;
        s.SettledCount = 0;
        s.FirstTicks = ticks;
        s.LastTicks = ticks;
        s.Generation++;
        s.State = StreakState.Open;
        s.Streakable = IsStreakable(gift.GiftType, Known(s.Gift, s.Key.Gift).Type);
        AddOpen(ref s, index);
        _counters.Streaks++;
    }

    /// <summary>The price (or -1) and type the ledger knows for a gift: its row's, or for a gift id folded into the "other gifts" row, the catalog's.</summary>
    private (long Price, int Type) Known(int giftSlot, long giftId)
    {
        if (giftSlot != _otherGift)
        {
            return (_gifts[giftSlot].UnitCoins, _gifts[giftSlot].GiftType);
        }

        return Catalog.TryGet(giftId, out var listed) ? (listed.UnitPriceCoins, listed.GiftType) : (-1, 0);
    }

    private static bool IsStreakable(int eventType, int knownType) =>
        eventType > 0 ? eventType == 1 : knownType <= 0 || knownType == 1;

    private void AddGifts(ref Streak s, long added, long ticks)
    {
        ref var receiver = ref _receivers[s.Key.Receiver];
        _allGifts += added;
        if (s.UnitCoins < 0)
        {
            receiver.UnpricedGifts += added;
            if (s.Gifter >= 0)
            {
                _gifters[s.Gifter].UnpricedGifts += added;
                _gifts[s.Gift].UnpricedGifts += added;
            }
            else
            {
                _gifts[s.Gift].CoHostUnpricedGifts += added;
            }

            return;
        }

        var coins = checked(added * s.UnitCoins);
        _allCoins += coins;
        receiver.Coins += coins;
        receiver.Gifts += added;
        if (s.Gifter >= 0)
        {
            ref var gifter = ref _gifters[s.Gifter];
            gifter.Coins += coins;
            gifter.Gifts += added;
            ref var gift = ref _gifts[s.Gift];
            gift.Coins += coins;
            gift.Gifts += added;
            ref var minute = ref MinuteOf(ticks);
            minute.Coins += coins;
            minute.Gifts += added;
        }
    }

    /// <summary>Gives an unpriced streak its price and moves the gifts it already counted from unpriced to priced.</summary>
    private void PriceStreak(ref Streak s, long price)
    {
        s.UnitCoins = price;
        if (s.Count == 0)
        {
            return;
        }

        var coins = checked(s.Count * price);
        var settled = checked(s.SettledCount * price);
        _allCoins += coins;
        ref var receiver = ref _receivers[s.Key.Receiver];
        receiver.UnpricedGifts -= s.Count;
        receiver.Gifts += s.Count;
        receiver.Coins += coins;
        receiver.SettledCoins += settled;
        if (s.Gifter >= 0)
        {
            ref var gifter = ref _gifters[s.Gifter];
            gifter.UnpricedGifts -= s.Count;
            gifter.Gifts += s.Count;
            gifter.Coins += coins;
            gifter.SettledCoins += settled;
            ref var gift = ref _gifts[s.Gift];
            gift.UnpricedGifts -= s.Count;
            gift.Gifts += s.Count;
            gift.Coins += coins;
            ref var minute = ref MinuteOf(s.FirstTicks);
            minute.Coins += coins;
            minute.Gifts += s.Count;
        }
        else
        {
            _gifts[s.Gift].CoHostUnpricedGifts -= s.Count;
        }
    }

    private void Settle(ref Streak s)
    {
        var unsettled = s.Count - s.SettledCount;
        s.SettledCount = s.Count;
        if (unsettled == 0 || s.UnitCoins < 0)
        {
            return;
        }

        var coins = checked(unsettled * s.UnitCoins);
        _receivers[s.Key.Receiver].SettledCoins += coins;
        if (s.Gifter >= 0)
        {
            _gifters[s.Gifter].SettledCoins += coins;
        }
    }

    private void Close(ref Streak s, int index, StreakState state)
    {
        RemoveOpen(ref s);
        s.State = state;
        s.ClosedAtTicks = _watermark;
        s.Generation++;
        Settle(ref s);
        _retained.Enqueue(new RetentionEntry(index, s.Generation, _watermark));
        if (state == StreakState.ClosedByTimeout)
        {
            _counters.ClosedByTimeout++;
        }
        else if (state == StreakState.ClosedAtFlush)
        {
            _counters.ClosedAtFlush++;
        }
    }

    private void Reopen(ref Streak s, int index)
    {
        Unclose(ref s);
        _counters.Resumed++;
        s.State = StreakState.Open;
        s.Generation++;
        AddOpen(ref s, index);
    }

    /// <summary>Takes back the timeout or flush count of a streak whose closing turned out to be premature.</summary>
    private void Unclose(ref Streak s)
    {
        if (s.State == StreakState.ClosedByTimeout)
        {
            _counters.ClosedByTimeout--;
        }
        else if (s.State == StreakState.ClosedAtFlush)
        {
            _counters.ClosedAtFlush--;
        }
    }

    /// <summary>
    /// Puts an event on the ledger's clock: returns the time to use for it, or <see cref="Replayed"/> when it belongs to a
    /// stretch of the session already counted. The clock is the latest trusted event time and never moves backwards.
    /// An event dated more than the window ahead of it (or before the first event) is not trusted: it is counted at the
    /// clock's time, unless it confirms the previous untrusted event (same direction, not earlier, no further past it
    /// than that one was past the clock, plus the window): then the clock moves to it, so one frame alone never moves it.
    /// An event dated further back than the closed-streak retention, within the time already observed, starts a replay:
    /// every event up to the clock is then ignored, because what it could add has been counted already.
    /// </summary>
    private long Advance(long ticks)
    {
        if (_firstTicks == long.MaxValue)
        {
            _firstTicks = ticks;
            _watermark = ticks;
            _nextSweepTicks = ticks + _sweepIntervalTicks;
            return ticks;
        }

        if (ticks > _watermark)
        {
            _replaying = false;
            if (ticks - _watermark > _maxJumpTicks)
            {
                if (!Confirms(ticks, _offLast > _watermark, _watermark))
                {
                    _offLast = ticks;
                    _counters.OffClock++;
                    return _watermark;
                }

                _counters.ClockJumps++;
                ShiftRetention(ticks - _watermark);
            }

            _offLast = NoCandidate;
            _watermark = ticks;
            if (ticks >= _nextSweepTicks)
            {
                Sweep(ticks);
            }

            return ticks;
        }

        if (_replaying)
        {
            _offLast = NoCandidate;
            return Replayed;
        }

        if (ticks >= _firstTicks)
        {
            _offLast = NoCandidate;
            // At or past the retention, the frame's streak may already be forgotten (it closed no earlier than the frame).
            if (_watermark - ticks >= _retentionTicks)
            {
                _replaying = true;
                return Replayed;
            }

            return ticks;
        }

        if (_firstTicks - ticks > _maxJumpTicks)
        {
            if (!Confirms(ticks, _offLast < _firstTicks, _firstTicks))
            {
                _offLast = ticks;
                _counters.OffClock++;
                return _firstTicks;
            }

            // Two events agree that the session is far earlier than its first event: that first event was the odd one.
            _counters.ClockJumps++;
            _firstTicks = _offLast;
            _watermark = ticks;
            _nextSweepTicks = ticks + _sweepIntervalTicks;
            _offLast = NoCandidate;
            return ticks;
        }

        _offLast = NoCandidate;
        _firstTicks = ticks;
        return ticks;
    }

    /// <summary>
    /// Moves the closing times of the remembered closed streaks forward by a confirmed jump of the clock: the gap was not
    /// observed, so it must not use up their retention (a repeat of a frame sent just before the gap is still recognised).
    /// Rare (only on a jump), so rebuilding the queue is fine.
    /// </summary>
    private void ShiftRetention(long jump)
    {
        for (var i = _retained.Count; i > 0; i--)
        {
            var entry = _retained.Dequeue();
            ref var s = ref _streaks[entry.Index];
            if (s.Generation == entry.Generation)
            {
                s.ClosedAtTicks += jump;
            }

            _retained.Enqueue(new RetentionEntry(entry.Index, entry.Generation, entry.ClosedAtTicks + jump));
        }
    }

    /// <summary>Whether an untrusted time agrees with the previous untrusted one (<see cref="_offLast"/>), which lay on the same side of <paramref name="reference"/>.</summary>
    private bool Confirms(long ticks, bool sameSide, long reference) =>
        _offLast != NoCandidate && sameSide && ticks >= _offLast
        && ticks - _offLast <= Math.Abs(_offLast - reference) + _maxJumpTicks;

    private LiveRecordResult IgnoreReplayed(long ticks)
    {
        if (_counters.Replayed++ == 0 || ticks < _counters.ReplayedFrom)
        {
            _counters.ReplayedFrom = ticks;
        }

        if (ticks > _counters.ReplayedTo)
        {
            _counters.ReplayedTo = ticks;
        }

        return LiveRecordResult.Ignored;
    }

    /// <summary>Closes quiet streaks and forgets closed streaks past their retention, as of <paramref name="now"/> (event time).</summary>
    private void Sweep(long now)
    {
        CloseQuiet(now);
        while (_retained.Count > 0)
        {
            var entry = _retained.Peek();
            if (now - entry.ClosedAtTicks < _retentionTicks)
            {
                break;
            }

            _retained.Dequeue();
            ref var s = ref _streaks[entry.Index];
            if (s.Generation == entry.Generation && s.State is not (StreakState.Open or StreakState.Free))
            {
                _streakIndex.Remove(StreakIndex.Hash(in s.Key), entry.Index);
                s.State = StreakState.Free;
                s.Key = default;
                s.NextFree = _freeHead;
                s.Generation++;
                _freeHead = entry.Index;
            }
        }

        _nextSweepTicks = now + _sweepIntervalTicks;
    }

    /// <summary>Closes the open streaks that have had no frame for the quiet period as of <paramref name="now"/>; forgets nothing.</summary>
    private void CloseQuiet(long now)
    {
        // Backwards, because closing moves the last open streak into the closed one's place.
        for (var i = _openCount - 1; i >= 0; i--)
        {
            if (now - _openLast[i] >= _quietTicks)
            {
                var index = _open[i];
                Close(ref _streaks[index], index, StreakState.ClosedByTimeout);
            }
        }
    }

    private int AllocateStreak()
    {
        if (_freeHead >= 0)
        {
            var index = _freeHead;
            _freeHead = _streaks[index].NextFree;
            return index;
        }

        if (_streakCount == _streaks.Length)
        {
            Array.Resize(ref _streaks, _streaks.Length * 2);
        }

        return _streakCount++;
    }

    private void AddOpen(ref Streak s, int index)
    {
        if (_openCount == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
            Array.Resize(ref _openLast, _open.Length);
        }

        s.OpenSlot = _openCount;
        _openLast[_openCount] = s.LastTicks;
        _open[_openCount++] = index;
    }

    private void RemoveOpen(ref Streak s)
    {
        var position = s.OpenSlot;
        if (position < 0)
        {
            return;
        }

        var last = _open[--_openCount];
        if (position != _openCount)
        {
            _open[position] = last;
            _openLast[position] = _openLast[_openCount];
            _streaks[last].OpenSlot = position;
        }

        s.OpenSlot = -1;
    }

    private void NotePrice(int giftSlot, long price)
    {
        ref var g = ref _gifts[giftSlot];
        if (g.UnitCoins == price && g.PriceSource == GiftPriceSource.Event)
        {
            return;
        }

        if (g.CatalogCoins >= 0 && g.CatalogCoins != price)
        {
            g.PriceDiffersFromCatalog = true;
        }

        if (g.PriceSource == GiftPriceSource.Event && g.UnitCoins != price)
        {
            // Two frames disagree on the id's price: each streak keeps the first price its frames carry, and streaks
            // without one take the latest, so which streaks get which price depends on the order of arrival.
            g.PricesConflict = true;
        }

        g.UnitCoins = price;
        g.PriceSource = GiftPriceSource.Event;
    }

    private int GiftSlotOf(in GiftEvent gift)
    {
        if (_giftIndex.TryGetValue(gift.GiftId, out var slot))
        {
            ref var known = ref _gifts[slot];
            if (known.GiftType == 0 && gift.GiftType > 0)
            {
                known.GiftType = gift.GiftType;
            }

            known.Name ??= gift.GiftName;
            return slot;
        }

        if (_giftIndex.Count >= _limits.GiftIds)
        {
            _counters.GiftStreaksFolded++;
            if (_otherGift < 0)
            {
                _otherGift = _gifts.Add(new GiftSlot { GiftId = OtherRow, UnitCoins = -1, CatalogCoins = -1 });
            }

            return _otherGift;
        }

        var entry = new GiftSlot { GiftId = gift.GiftId, Name = gift.GiftName, UnitCoins = -1, CatalogCoins = -1, GiftType = gift.GiftType };
        // By id, else by a name only one catalog gift has (from the gift's first frame); a shared name prices nothing.
        if (Catalog.Find(gift.GiftId, gift.GiftName) is { Entry: { } listed } match)
        {
            entry.Name ??= listed.Name;
            entry.UnitCoins = entry.CatalogCoins = listed.UnitPriceCoins;
            entry.PriceSource = match.Kind == GiftCatalogMatchKind.Id ? GiftPriceSource.Catalog : GiftPriceSource.CatalogByName;
            if (entry.GiftType == 0)
            {
                entry.GiftType = listed.GiftType;
            }
        }

        slot = _gifts.Add(entry);
        _giftIndex.Add(gift.GiftId, slot);
        return slot;
    }

    private int GifterSlotOf(long senderId, string? name)
    {
        if (_gifterIndex.TryGetValue(senderId, out var slot))
        {
            _gifters[slot].Name ??= name;
            return slot;
        }

        if (_gifterIndex.Count >= _limits.Gifters)
        {
            _counters.GifterStreaksFolded++;
            if (_otherGifter < 0)
            {
                _otherGifter = _gifters.Add(new GifterSlot { SenderId = OtherRow });
            }

            return _otherGifter;
        }

        slot = _gifters.Add(new GifterSlot { SenderId = senderId, Name = name });
        _gifterIndex.Add(senderId, slot);
        return slot;
    }

    private int ReceiverSlotOf(long receiverId)
    {
        if (!_receiverIndex.TryGetValue(receiverId, out var slot))
        {
            if (_receiverIndex.Count >= _limits.CoHosts)
            {
                return -1;
            }

            slot = _receivers.Add(new ReceiverSlot { ReceiverId = receiverId });
            _receiverIndex.Add(receiverId, slot);
        }

        return slot;
    }

    private ref MinuteSlot MinuteOf(long ticks)
    {
        var minute = ticks / TimeSpan.TicksPerMinute;
        if (minute != _lastMinute)
        {
            if (!_minuteIndex.TryGetValue(minute, out _lastMinuteSlot))
            {
                if (_minuteIndex.Count >= _limits.MinuteRows)
                {
                    if (_otherMinute < 0)
                    {
                        _otherMinute = _minutes.Add(new MinuteSlot { Minute = OtherMinute });
                    }

                    _lastMinuteSlot = _otherMinute;
                }
                else
                {
                    _lastMinuteSlot = _minutes.Add(new MinuteSlot { Minute = minute });
                    _minuteIndex.Add(minute, _lastMinuteSlot);
                }
            }

            _lastMinute = minute;
        }

        return ref _minutes[_lastMinuteSlot];
    }

    /// <summary>What <see cref="Advance"/> returns for an event of a stretch already counted.</summary>
    private const long Replayed = long.MinValue;

    /// <summary>No untrusted event waiting for confirmation.</summary>
    private const long NoCandidate = long.MinValue;

    /// <summary>
    /// The id of the rows that take what is beyond a limit: the "other gifters" row (sender 0) and the "other gifts" row
    /// (gift 0). Valid events never carry it: sender and gift ids of 0 are rejected.
    /// </summary>
    internal const long OtherRow = 0;

    /// <summary>The minute of the row that takes the gifts of minutes beyond the limit (event minutes are not negative).</summary>
    internal const long OtherMinute = -1;

    /// <summary>How many senders' gifts with order-dependent frames are listed (all such frames are counted).</summary>
    internal const int MaxOrderDependentListed = 100;

    private readonly struct RetentionEntry
    {
        public RetentionEntry(int index, int generation, long closedAtTicks)
        {
            Index = index;
            Generation = generation;
            ClosedAtTicks = closedAtTicks;
        }

        public int Index { get; }

        public int Generation { get; }

        public long ClosedAtTicks { get; }
    }
}
