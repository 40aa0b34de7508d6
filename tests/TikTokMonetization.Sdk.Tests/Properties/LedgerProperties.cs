using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The ledger's laws. For any set of real gift sends, any interleaving between senders, any duplication and reordering
/// of the frames within a streak and any lost end frames: once the streaks close, coins and diamonds equal what was
/// really sent; a checkpoint at any point restores to the same totals; several concurrent producers give the totals of one.
/// </summary>
public sealed class LedgerProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);

    private static LiveLedgerSummary Replay(IEnumerable<GiftEvent> frames, LiveLedgerOptions? options = null)
    {
        var ledger = LedgerTestKit.NewLedger(options);
        LedgerTestKit.Feed(ledger, frames);
        ledger.Flush();
        return ledger.GetSummary(100);
    }

    private static bool MatchesGroundTruth(LiveLedgerSummary summary, LiveEventArbitraries.LiveSession session)
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

    [Fact]
    public void OnceStreaksClose_CoinsAndDiamondsEqualWhatWasSent() =>
        Prop.ForAll(LiveEventArbitraries.Session(), session =>
                MatchesGroundTruth(Replay(session.Frames), session).Label(LedgerTestKit.Totals(Replay(session.Frames))))
            .Check(Quick);

    [Fact]
    public void FramesInAnyOrderAtAll_GiveTheSameTotals() =>
        Prop.ForAll(LiveEventArbitraries.Session(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (session, seed) =>
                MatchesGroundTruth(Replay(session.FramesInRandomOrder(seed)), session))
            .Check(Quick);

    [Fact]
    public void CountedGiftsNeverDecrease_AndSettledPlusPendingIsTheTotal() =>
        Prop.ForAll(LiveEventArbitraries.Session(), session =>
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
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true));

    [Fact]
    public void LeaderboardGiftsAndMinutes_EachAddUpToTheHostTotal() =>
        Prop.ForAll(LiveEventArbitraries.Session(), session =>
            {
                var summary = Replay(session.Frames);
                var host = summary.Host.Coins.Value;
                return summary.TopGifters.Sum(g => g.Coins.Value) == host
                    && summary.Gifts.Sum(g => g.Coins.Value) == host
                    && summary.Minutes.Sum(m => m.Coins.Value) == host
                    && summary.TopGifters.Sum(g => g.Gifts) == summary.Host.Gifts
                    && summary.Gifts.Sum(g => g.UnpricedGifts) == summary.Host.UnpricedGifts;
            })
            .Check(Quick);

    [Fact]
    public void CheckpointAtAnyPoint_RestoresToTheSameFinalTotals() =>
        Prop.ForAll(LiveEventArbitraries.Session(), Gen.Choose(0, 1000).ToArbitrary(), (session, permille) =>
            {
                var split = session.Frames.Length * permille / 1000;
                var straight = LedgerTestKit.NewLedger();
                LedgerTestKit.Feed(straight, session.Frames);
                straight.Flush();

                var before = LedgerTestKit.NewLedger();
                LedgerTestKit.Feed(before, session.Frames.Take(split));
                var checkpoint = before.SaveCheckpoint();
                var restored = LiveLedger.Restore(checkpoint, LedgerTestKit.Card);
                var atCheckpoint = LedgerTestKit.Everything(before.GetSummary(100)) == LedgerTestKit.Everything(restored.GetSummary(100));
                LedgerTestKit.Feed(restored, session.Frames.Skip(split));
                restored.Flush();

                var expected = LedgerTestKit.Everything(straight.GetSummary(100));
                var actual = LedgerTestKit.Everything(restored.GetSummary(100));
                return (atCheckpoint && expected == actual && MatchesGroundTruth(restored.GetSummary(100), session))
                    .Label($"split {split}\nexpected:\n{expected}\nactual:\n{actual}");
            })
            .Check(Quick);

    [Fact]
    public void SeveralConcurrentProducers_GiveTheTotalsOfOne() =>
        Prop.ForAll(LiveEventArbitraries.Session(), Gen.Choose(2, 4).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (session, producers, seed) =>
            {
                // Deal the frames to the producers at random; each producer keeps its share in arrival order.
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
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true));

    [Fact]
    public void BatchRecording_GivesTheSameStateAsOneByOne() =>
        Prop.ForAll(LiveEventArbitraries.Session(), session =>
            {
                var batched = LedgerTestKit.NewLedger();
                batched.Record(session.Frames.AsSpan());
                batched.Flush();
                return LedgerTestKit.Everything(batched.GetSummary(100)) == LedgerTestKit.Everything(Replay(session.Frames));
            })
            .Check(Quick);
}
