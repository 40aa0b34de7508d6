using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LiveEventArbitraries;

namespace TikTokMonetization.Tests;

/// <summary>
/// The ledger's laws. For any set of real gift sends, any interleaving between senders, any duplication and reordering
/// of the frames within a streak and any lost end frames: once the streaks close, coins and diamonds equal what was
/// really sent; appending a copy of the session changes no total; a checkpoint at any point, restored and replayed with
/// overlap, gives the same totals; eight concurrent producers give the totals of one; observed hours never exceed the
/// span of the events. Without group ids the same holds for streaks of one sender and gift that follow each other
/// (the identity docs/live-ledger.md defines), with repeated and lost end frames.
/// </summary>
public sealed class LedgerProperties
{
    private static LiveLedgerSummary Replay(IEnumerable<GiftEvent> frames, LiveLedgerOptions? options = null)
    {
        var ledger = LedgerTestKit.NewLedger(options);
        LedgerTestKit.Feed(ledger, frames);
        ledger.Flush();
        return ledger.GetSummary(100);
    }

    private static bool MatchesGroundTruth(LiveLedgerSummary summary, LiveSession session)
    {
        var coHost = summary.CoHosts.SingleOrDefault()?.Totals;
        var bySender = summary.TopGifters.Where(g => g.Coins.Value > 0).ToDictionary(g => g.SenderId, g => (long)g.Coins.Value);
        var byGift = summary.Gifts.Where(g => g.Coins.Value > 0).ToDictionary(g => g.GiftId, g => (long)g.Coins.Value);
        return summary.Host.Coins == new Coins(session.HostCoins)
            && summary.Host.Diamonds == LedgerTestKit.Card.ToDiamonds(new Coins(session.HostCoins))
            && summary.Host.Cash == LedgerTestKit.Card.ToCash(LedgerTestKit.Card.ToDiamonds(new Coins(session.HostCoins)))
            && summary.Host.PendingCoins == Coins.Zero
            && summary.Host.OpenStreaks == 0
            && (coHost?.Coins ?? Coins.Zero) == new Coins(session.CoHostCoins)
            && summary.Host.UnpricedGifts + (coHost?.UnpricedGifts ?? 0) == session.UnpricedGifts
            && bySender.Count == session.HostCoinsBySender.Count(p => p.Value > 0)
            && bySender.All(p => session.HostCoinsBySender[p.Key] == p.Value)
            && byGift.Count == session.HostCoinsByGift.Count(p => p.Value > 0)
            && byGift.All(p => session.HostCoinsByGift[p.Key] == p.Value);
    }

    private static Property Exact(LiveLedgerSummary summary, LiveSession session) =>
        MatchesGroundTruth(summary, session).Label(LedgerTestKit.Totals(summary));

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property OnceStreaksClose_CoinsAndDiamondsEqualWhatWasSent(LiveSession session) => Exact(Replay(session.Frames), session);

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property FramesInAnyOrderAtAll_GiveTheSameTotals(LiveSession session, int seed) =>
        Exact(Replay(session.FramesInRandomOrder(seed)), session);

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 60)]
    public bool CountedGiftsNeverDecrease_AndSettledPlusPendingIsTheTotal(LiveSession session)
    {
        var ledger = LedgerTestKit.NewLedger();
        var previous = Coins.Zero;
        foreach (var frame in session.Frames)
        {
            ledger.Record(frame);
            var host = ledger.GetSummary().Host;
            if (host.Coins < previous || host.SettledCoins + host.PendingCoins != host.Coins || host.PendingCoins < Coins.Zero)
            {
                return false;
            }

            previous = host.Coins;
        }

        return true;
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public bool LeaderboardGiftsAndMinutes_EachAddUpToTheHostTotal(LiveSession session)
    {
        var summary = Replay(session.Frames);
        var host = summary.Host.Coins.Value;
        return summary.TopGifters.Sum(g => g.Coins.Value) == host
            && summary.Gifts.Sum(g => g.Coins.Value) == host
            && summary.Minutes.Sum(m => m.Coins.Value) == host
            && summary.TopGifters.Sum(g => g.Gifts) == summary.Host.Gifts
            && summary.Gifts.Sum(g => g.UnpricedGifts) == summary.Host.UnpricedGifts;
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property CheckpointAtAnyPoint_RestoresToTheSameFinalTotals(LiveSession session, int cut)
    {
        var split = session.Frames.Length * (int)((uint)cut % 1001) / 1000;
        var before = LedgerTestKit.NewLedger();
        LedgerTestKit.Feed(before, session.Frames.Take(split));
        var restored = LiveLedger.Restore(before.SaveCheckpoint(), LedgerTestKit.Card);
        var atCheckpoint = LedgerTestKit.Everything(before.GetSummary(100)) == LedgerTestKit.Everything(restored.GetSummary(100));
        LedgerTestKit.Feed(restored, session.Frames.Skip(split));
        restored.Flush();

        var expected = LedgerTestKit.Everything(Replay(session.Frames));
        var actual = LedgerTestKit.Everything(restored.GetSummary(100));
        return (atCheckpoint && expected == actual && MatchesGroundTruth(restored.GetSummary(100), session))
            .Label($"split {split}\nexpected:\n{expected}\nactual:\n{actual}");
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property CheckpointAtAnyPoint_ReplayedWithOverlap_GivesTheSameTotals(LiveSession session, int cut, int overlap)
    {
        // After a restart, the frames since some earlier point are fed again: the checkpoint must absorb the overlap.
        var split = session.Frames.Length * (int)((uint)cut % 1001) / 1000;
        var from = split - (int)((uint)overlap % (uint)(split + 1));
        var before = LedgerTestKit.NewLedger();
        LedgerTestKit.Feed(before, session.Frames.Take(split));
        var restored = LiveLedger.Restore(before.SaveCheckpoint(), LedgerTestKit.Card);
        LedgerTestKit.Feed(restored, session.Frames.Skip(from));
        restored.Flush();

        var summary = restored.GetSummary(100);
        return (LedgerTestKit.Totals(summary) == LedgerTestKit.Totals(Replay(session.Frames)) && MatchesGroundTruth(summary, session))
            .Label($"cut {split}, replayed from {from}\n{LedgerTestKit.Totals(summary)}");
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property AppendingACopyOfTheSession_ChangesNoTotal(LiveSession session)
    {
        var summary = Replay(session.Frames.Concat(session.Frames));
        return Exact(summary, session);
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property AppendingACopyBeyondTheRetention_ChangesNoTotal(LiveSession session)
    {
        // With a one-minute retention the copy of a session longer than that goes back past it: it must be recognised.
        var ordered = session.Frames.OrderBy(f => f.Timestamp).ToArray();
        var options = new LiveLedgerOptions { QuietPeriod = TimeSpan.FromSeconds(10), ClosedStreakRetention = TimeSpan.FromMinutes(1) };
        var once = Replay(ordered, options);
        var twice = Replay(ordered.Concat(ordered), options);
        return (LedgerTestKit.Totals(once) == LedgerTestKit.Totals(twice) && MatchesGroundTruth(twice, session))
            .Classify(twice.DataQuality.ReplayedEventsIgnored > 0, "copy recognised as a replay")
            .Label("once:\n" + LedgerTestKit.Totals(once) + "twice:\n" + LedgerTestKit.Totals(twice));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property EndFramesRepeatedMovedOrLost_ChangeNoTotal(LiveSession session, int seed) =>
        Exact(Replay(MangleEndFrames(session.Frames, seed, move: true)), session);

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property WithoutGroupIds_EachSendCountsOnce(UngroupedSession ungrouped) =>
        Exact(Replay(ungrouped.Session.Frames), ungrouped.Session);

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property WithoutGroupIds_EndFramesRepeatedOrLost_ChangeNoTotal(UngroupedSession ungrouped, int seed) =>
        Exact(Replay(MangleEndFrames(ungrouped.Session.Frames, seed, move: false)), ungrouped.Session);

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property ObservedHours_NeverExceedTheSpanOfTheEvents(LiveSession session, int seed)
    {
        // Ticks from a timer at any time at all (the recording's clock, the wall clock, far future) in between frames.
        var random = new Random(seed);
        var ledger = LedgerTestKit.NewLedger();
        foreach (var frame in session.Frames)
        {
            ledger.Record(frame);
            if (random.Next(4) == 0)
            {
                ledger.Tick(random.Next(3) switch
                {
                    0 => frame.Timestamp.AddSeconds(random.Next(0, 100_000)),
                    1 => DateTimeOffset.UtcNow,
                    _ => DateTimeOffset.MaxValue,
                });
            }
        }

        var summary = ledger.GetSummary();
        var span = session.Frames.Length == 0 ? TimeSpan.Zero : session.Frames.Max(f => f.Timestamp) - session.Frames.Min(f => f.Timestamp);
        return (summary.ObservedDuration <= span && summary.ToLiveStats().Hours <= span.TotalHours)
            .Label($"observed {summary.ObservedDuration}, events span {span}");
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 100)]
    public Property EightConcurrentProducers_GiveTheTotalsOfOne(LiveSession session, int seed)
    {
        // Deal the frames to the producers at random; each producer keeps its share in arrival order.
        const int producers = 8;
        var random = new Random(seed);
        var shares = Enumerable.Range(0, producers).Select(_ => new List<GiftEvent>()).ToArray();
        foreach (var frame in session.Frames)
        {
            shares[random.Next(producers)].Add(frame);
        }

        var ledger = LedgerTestKit.NewLedger();
        using var start = new Barrier(producers);
        var threads = shares.Select(share => new Thread(() =>
        {
            start.SignalAndWait();
            foreach (var frame in share)
            {
                ledger.Record(frame);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        ledger.Flush();

        var concurrent = ledger.GetSummary(100);
        return (LedgerTestKit.Totals(concurrent) == LedgerTestKit.Totals(Replay(session.Frames)) && MatchesGroundTruth(concurrent, session))
            .Label(LedgerTestKit.Totals(concurrent));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public bool BatchRecording_GivesTheSameStateAsOneByOne(LiveSession session)
    {
        var batched = LedgerTestKit.NewLedger();
        batched.Record(session.Frames.AsSpan());
        batched.Flush();
        return LedgerTestKit.Everything(batched.GetSummary(100)) == LedgerTestKit.Everything(Replay(session.Frames));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 300)]
    public Property WithoutGroupIds_InTimeOrder_TotalsAreWhatWasSentOrTheOrderFlagIsRaised(OverlappingUngroupedSession ungrouped)
    {
        var summary = Replay(ungrouped.Session.Frames);
        var flagged = summary.DataQuality.OrderDependentFrames > 0;
        return (flagged || MatchesGroundTruth(summary, ungrouped.Session))
            .Classify(flagged, "overlapping streaks flagged")
            .Label(LedgerTestKit.Everything(summary));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 300)]
    public Property WithoutGroupIds_DealtToEightProducers_TotalsEqualOneProducersOrTheOrderFlagIsRaised(OverlappingUngroupedSession ungrouped, int seed)
    {
        var dealt = Replay(ungrouped.Session.DealtTo(8, seed));
        var flagged = dealt.DataQuality.OrderDependentFrames > 0;
        var one = Replay(ungrouped.Session.Frames);
        return (flagged || (LedgerTestKit.Totals(dealt) == LedgerTestKit.Totals(one) && one.DataQuality.OrderDependentFrames == 0))
            .Classify(flagged, "order flagged")
            .Label("dealt:\n" + LedgerTestKit.Everything(dealt) + "\none producer:\n" + LedgerTestKit.Totals(one));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property WithoutGroupIds_StreaksFollowingEachOtherInTimeOrder_NeverRaiseTheOrderFlag(UngroupedSession ungrouped)
    {
        // The flag cannot be always on: the session the identity rule is made for raises it on no frame.
        var quality = Replay(ungrouped.Session.Frames).DataQuality;
        return (quality.OrderDependentFrames == 0 && quality.OrderDependentGifts.Count == 0).Label(string.Join("\n", quality.Warnings));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property PricesArrivingLate_InAnyOrder_GiveTheTotalsOfPricesFirstOrAreFlaggedById(LatePriceSession late, int seed)
    {
        var random = new Random(seed);
        var shuffled = late.Frames.OrderBy(_ => random.Next()).ToArray();
        var summary = Replay(shuffled);
        var q = summary.DataQuality;
        var flagged = q.GiftsPricedAfterCounting.Count + q.GiftsWithConflictingPrices.Count + q.GiftsPricedUnlikeCatalog.Count > 0;
        return (flagged || LedgerTestKit.Totals(summary) == LedgerTestKit.Totals(Replay(late.PricesFirst)))
            .Classify(flagged, "late price flagged")
            .Label(LedgerTestKit.Everything(summary));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property PricesArrivingFirst_NeverRaiseTheLatePriceFlag(LatePriceSession late)
    {
        var quality = Replay(late.PricesFirst).DataQuality;
        return (quality.GiftsPricedAfterCounting.Count == 0 && quality.GiftsWithConflictingPrices.Count == 0).Label(string.Join("\n", quality.Warnings));
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 100)]
    public bool LimitsFarAboveTheSession_ChangeNothing(LiveSession session)
    {
        var generous = new LiveLedgerOptions { MaxGifters = 1_000, MaxGiftIds = 1_000, MaxCoHosts = 1_000, MaxMinuteRows = 1_000, MaxFollowers = 1_000, MaxViewerSamples = 1_000 };
        var limited = Replay(session.Frames, generous);
        return LedgerTestKit.Everything(limited) == LedgerTestKit.Everything(Replay(session.Frames))
            && limited.OtherGifters is null && limited.OtherGifts is null;
    }

    [Property(Arbitrary = [typeof(LiveEventArbitraries)], MaxTest = 200)]
    public Property AtAnyLimits_TheHostAndCoHostTotalsStayExact_AndTheRowsPlusTheirOtherRowAddUp(LiveSession session, byte gifters, byte giftIds, byte minutes)
    {
        var options = new LiveLedgerOptions { MaxGifters = 1 + (gifters % 4), MaxGiftIds = 1 + (giftIds % 4), MaxMinuteRows = 1 + (minutes % 2), MaxCoHosts = 1 };
        var summary = Replay(session.FramesInRandomOrder(gifters + (giftIds << 8)), options);
        var host = summary.Host;
        var coHost = summary.CoHosts.SingleOrDefault()?.Totals;
        var folded = summary.DataQuality.GifterStreaksFolded + summary.DataQuality.GiftStreaksFolded + summary.DataQuality.MinuteGiftsFolded;
        return (host.Coins == new Coins(session.HostCoins)
                && (coHost?.Coins ?? Coins.Zero) == new Coins(session.CoHostCoins)
                && host.UnpricedGifts + (coHost?.UnpricedGifts ?? 0) == session.UnpricedGifts
                && summary.TopGifters.Sum(g => g.Coins.Value) + (summary.OtherGifters?.Coins.Value ?? 0) == host.Coins.Value
                && summary.Gifts.Sum(g => g.Coins.Value) + (summary.OtherGifts?.Coins.Value ?? 0) == host.Coins.Value
                && summary.Minutes.Sum(m => m.Gifts) + summary.DataQuality.MinuteGiftsFolded == host.Gifts
                && summary.TopGifters.Count <= options.MaxGifters
                && summary.Gifts.Count <= options.MaxGiftIds
                && summary.Minutes.Count <= options.MaxMinuteRows)
            .Classify(folded > 0, "a limit was reached")
            .Label(LedgerTestKit.Everything(summary));
    }

    /// <summary>
    /// Repeats some end frames later in the stream, loses some whose count an earlier frame already carried, and (with
    /// group ids) moves others anywhere at all.
    /// </summary>
    private static List<GiftEvent> MangleEndFrames(GiftEvent[] frames, int seed, bool move)
    {
        var random = new Random(seed);
        var result = frames.ToList();
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var frame = result[i];
            if (!frame.RepeatEnd)
            {
                continue;
            }

            // Lost only when a frame of the same streak already carried its count (without group ids, "the same streak"
            // is the same sender, gift and receiver within the streak's few seconds: sends are 30 seconds apart).
            var counted = result.Take(i).Any(f => !f.RepeatEnd && f.SenderId == frame.SenderId && f.GiftId == frame.GiftId
                && f.GroupId == frame.GroupId && f.ReceiverId == frame.ReceiverId && f.RepeatCount == frame.RepeatCount
                && f.Timestamp <= frame.Timestamp && frame.Timestamp - f.Timestamp < TimeSpan.FromSeconds(15));
            switch (random.Next(move ? 4 : 3))
            {
                case 0 when counted:
                    result.RemoveAt(i);
                    break;
                case 1:
                    result.Insert(random.Next(i + 1, result.Count + 1), frame);
                    break;
                case 2:
                    result.Insert(random.Next(i + 1, result.Count + 1), frame);
                    result.Insert(random.Next(i + 1, result.Count + 1), frame);
                    break;
                case 3:
                    result.RemoveAt(i);
                    result.Insert(random.Next(result.Count + 1), frame);
                    break;
            }
        }

        return result;
    }
}
