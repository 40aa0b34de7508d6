using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// Generates LIVE sessions as client libraries deliver them: real gift sends (senders, gifts, counts, streakable or
/// not, to the host or a co-host), turned into the frames a client would receive, with repeated frames, frames
/// reordered within a streak, lost end frames (and some lost middle frames), and any interleaving between sends.
/// Each session carries its ground truth: what was really sent.
/// </summary>
/// <remarks>
/// Sends start within two minutes of each other and a streak lasts at most about ten seconds, so no frame is ever
/// delayed by more than the ledger's default retention of closed streaks (five minutes), which is the documented
/// limit of duplicate detection.
/// </remarks>
public static class LiveEventArbitraries
{
    /// <summary>The co-host that some sends go to.</summary>
    public const long CoHostId = 7002;

    /// <summary>Gets the session start time.</summary>
    public static DateTimeOffset Start { get; } = new(2025, 3, 1, 20, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Gets the gifts used: catalog gifts of every type (prices on some frames only), gifts the catalog lacks whose
    /// frames carry the price, and one gift that nothing prices.
    /// </summary>
    public static IReadOnlyList<TestGift> Gifts { get; } =
    [
        new(5655, 1, 1, true),       // Rose, streakable
        new(5487, 5, 1, true),       // Finger Heart, streakable
        new(5660, 100, 2, true),     // Hand Hearts, type 2
        new(6097, 99, 4, true),      // Little Crown, type 4
        new(6369, 29_999, 2, true),  // Lion
        new(9072, 44_999, 2, true),  // TikTok Universe (the newer id)
        new(880_001, 7, 1, false),   // not in the catalog, streakable, priced on its frames
        new(880_002, 3, 4, false),   // not in the catalog, type 4, priced on its frames
        new(990_001, null, 2, false), // priced nowhere: must be counted as unpriced
    ];

    /// <summary>Generates sessions.</summary>
    /// <returns>The arbitrary (no shrinking; a failing session prints its sends and seed).</returns>
    public static Arbitrary<LiveSession> Session() => SessionGen().ToArbitrary();

    /// <summary>Generates sessions.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LiveSession> SessionGen() =>
        from sends in SendGen().ArrayOf().Select(a => a.Take(14).ToArray())
        from seed in Gen.Choose(0, int.MaxValue)
        select LiveSession.Create(sends, seed);

    /// <summary>
    /// Generates sessions without group ids (as TikTokLiveJava delivers them): every send starts 30 seconds after the one
    /// before, so streaks of one sender and gift follow each other (the identity the ledger documents for group id 0),
    /// no middle frame is lost, and the frames arrive in time order with their repeats.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UngroupedSession> Ungrouped() => (
        from sends in SendGen().ArrayOf().Select(a => a.Take(14).Select((send, i) => send with { StartMs = i * 30_000 }).ToArray())
        from seed in Gen.Choose(0, int.MaxValue)
        select new UngroupedSession(LiveSession.Create(sends, seed, groupIds: false))).ToArbitrary();

    /// <summary>
    /// Generates sessions without group ids whose sends start anywhere in two minutes, so streaks of one sender and gift
    /// may overlap; frames arrive in time order. Every send starts at a different millisecond (frames of two sends
    /// that are identical in every field cannot be told apart by anyone), and a gift the catalog lacks carries its type
    /// on every frame (a gift nobody can classify is taken as streakable: docs/live-ledger.md, streak rule 3).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OverlappingUngroupedSession> OverlappingUngrouped() => (
        from sends in SendGen().ArrayOf().Select(a => a.Take(14).Select((send, i) => send with { StartMs = (send.StartMs / 14 * 14) + i }).ToArray())
        from seed in Gen.Choose(0, int.MaxValue)
        let session = LiveSession.Create(sends, seed, groupIds: false)
        select new OverlappingUngroupedSession(session.WithFrames(session.Frames.Select(TypedWhenUnlisted).ToArray()))).ToArbitrary();

    /// <summary>
    /// Generates sessions (with group ids) in which the gifts the catalog lacks carry their price on about half of their
    /// frames only, so a price may arrive after gifts of its id were counted.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LatePriceSession> LatePrices() => (
        from session in SessionGen()
        from seed in Gen.Choose(0, int.MaxValue)
        select new LatePriceSession(session, StripSomePrices(session.Frames, seed))).ToArbitrary();

    private static GiftEvent TypedWhenUnlisted(GiftEvent frame) =>
        Gifts.Single(g => g.Id == frame.GiftId) is { InCatalog: false } gift ? frame with { GiftType = gift.Type } : frame;

    private static GiftEvent[] StripSomePrices(GiftEvent[] frames, int seed)
    {
        var random = new Random(seed);
        return frames.Select(f => !Gifts.Single(g => g.Id == f.GiftId).InCatalog && random.Next(2) == 0 ? f with { UnitPriceCoins = null } : f).ToArray();
    }

    private static Gen<GiftSend> SendGen() =>
        from sender in Gen.Choose(1, 6)
        from gift in Gen.Elements(Gifts.ToArray())
        from count in Gen.Frequency((3, Gen.Choose(1, 3)), (2, Gen.Choose(1, 25)))
        from toCoHost in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from startMs in Gen.Choose(0, 120_000)
        from dropEnd in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from shuffle in Gen.Elements(false, true)
        select new GiftSend(1000 + sender, gift, count, toCoHost, startMs, dropEnd, shuffle);

    /// <summary>A session whose frames carry no group id; see <see cref="Ungrouped"/>.</summary>
    /// <param name="Session">The session.</param>
    public sealed record UngroupedSession(LiveSession Session)
    {
        /// <inheritdoc />
        public override string ToString() => "without group ids: " + Session;
    }

    /// <summary>A session without group ids whose streaks may overlap; see <see cref="OverlappingUngrouped"/>.</summary>
    /// <param name="Session">The session.</param>
    public sealed record OverlappingUngroupedSession(LiveSession Session)
    {
        /// <inheritdoc />
        public override string ToString() => "without group ids, overlapping: " + Session;
    }

    /// <summary>A session whose unlisted gifts carry their price on some frames only; see <see cref="LatePrices"/>.</summary>
    /// <param name="Session">The session as generated (every frame of an unlisted gift priced).</param>
    /// <param name="Frames">The frames, in arrival order, with some prices removed.</param>
    public sealed record LatePriceSession(LiveSession Session, GiftEvent[] Frames)
    {
        /// <summary>Gets the frames with every priced frame first (otherwise in arrival order): the order in which no price comes late.</summary>
        public GiftEvent[] PricesFirst => Frames.Where(f => f.UnitPriceCoins is not null).Concat(Frames.Where(f => f.UnitPriceCoins is null)).ToArray();

        /// <inheritdoc />
        public override string ToString() => "late prices: " + Session;
    }

    /// <summary>A gift used in generated sessions.</summary>
    /// <param name="Id">The gift id.</param>
    /// <param name="Price">The true price in coins, or <see langword="null"/> when nothing prices it.</param>
    /// <param name="Type">TikTok's gift type.</param>
    /// <param name="InCatalog">Whether the built-in catalog has it (at this price).</param>
    public sealed record TestGift(long Id, int? Price, int Type, bool InCatalog)
    {
        /// <summary>Gets a value indicating whether the gift is sent in streaks.</summary>
        public bool Streakable => Type == 1;
    }

    /// <summary>One real send: a streak of <paramref name="Count"/> gifts, or that many at once when not streakable.</summary>
    /// <param name="Sender">The sender's id.</param>
    /// <param name="Gift">The gift.</param>
    /// <param name="Count">How many were really sent.</param>
    /// <param name="ToCoHost">Whether it went to the co-host.</param>
    /// <param name="StartMs">When it started, in milliseconds after <see cref="Start"/>.</param>
    /// <param name="DropEnd">Whether the repeat-end frame is lost.</param>
    /// <param name="Shuffle">Whether the streak's frames arrive in random order.</param>
    public sealed record GiftSend(long Sender, TestGift Gift, int Count, bool ToCoHost, int StartMs, bool DropEnd, bool Shuffle)
    {
        /// <summary>Gets the true coins, or 0 for an unpriced gift.</summary>
        public long Coins => Count * (long)(Gift.Price ?? 0);

        /// <inheritdoc />
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Sender}→{(ToCoHost ? "co-host" : "host")} {Gift.Id}×{Count} at {StartMs}ms{(DropEnd ? " (end lost)" : string.Empty)}{(Shuffle ? " (shuffled)" : string.Empty)}");
    }

    /// <summary>A generated session: the real sends and the frames a client received for them.</summary>
    public sealed class LiveSession
    {
        private LiveSession(GiftSend[] sends, int seed, GiftEvent[] frames)
        {
            Sends = sends;
            Seed = seed;
            Frames = frames;
        }

        /// <summary>Gets what was really sent.</summary>
        public IReadOnlyList<GiftSend> Sends { get; }

        /// <summary>Gets the seed of the frame-level randomness (duplicates, prices on frames, interleaving).</summary>
        public int Seed { get; }

        /// <summary>Gets the frames, in arrival order.</summary>
        public GiftEvent[] Frames { get; }

        /// <summary>Gets the host's true coins.</summary>
        public long HostCoins => Sends.Where(s => !s.ToCoHost).Sum(s => s.Coins);

        /// <summary>Gets the co-host's true coins.</summary>
        public long CoHostCoins => Sends.Where(s => s.ToCoHost).Sum(s => s.Coins);

        /// <summary>Gets the number of gifts that nothing prices, host and co-host.</summary>
        public long UnpricedGifts => Sends.Where(s => s.Gift.Price is null).Sum(s => (long)s.Count);

        /// <summary>Gets the host's true coins per sender.</summary>
        public IReadOnlyDictionary<long, long> HostCoinsBySender => Sends.Where(s => !s.ToCoHost && s.Gift.Price is not null)
            .GroupBy(s => s.Sender).ToDictionary(g => g.Key, g => g.Sum(s => s.Coins));

        /// <summary>Gets the host's true coins per gift.</summary>
        public IReadOnlyDictionary<long, long> HostCoinsByGift => Sends.Where(s => !s.ToCoHost && s.Gift.Price is not null)
            .GroupBy(s => s.Gift.Id).ToDictionary(g => g.Key, g => g.Sum(s => s.Coins));

        /// <summary>Builds the frames of a set of sends.</summary>
        /// <param name="sends">The sends.</param>
        /// <param name="seed">The seed of the frame-level randomness.</param>
        /// <returns>The session.</returns>
        /// <param name="groupIds">Whether frames carry group ids; without them, no middle frame is lost and the frames arrive in time order.</param>
        public static LiveSession Create(GiftSend[] sends, int seed, bool groupIds = true)
        {
            var random = new Random(seed);
            var perSend = new List<Queue<GiftEvent>>();
            for (var i = 0; i < sends.Length; i++)
            {
                var frames = FramesOf(sends[i], groupId: groupIds ? 10_000 + i : 0, random);
                if (sends[i].Shuffle && groupIds)
                {
                    Shuffle(frames, random);
                }

                perSend.Add(new Queue<GiftEvent>(frames));
            }

            if (!groupIds)
            {
                // Stable: a frame's repeats stay right after it.
                return new LiveSession(sends, seed, perSend.SelectMany(q => q).OrderBy(f => f.Timestamp).ToArray());
            }

            // Any interleaving between sends: pick the next frame from a random send that has frames left.
            var arrival = new List<GiftEvent>();
            var live = perSend.Where(q => q.Count > 0).ToList();
            while (live.Count > 0)
            {
                var pick = random.Next(live.Count);
                arrival.Add(live[pick].Dequeue());
                if (live[pick].Count == 0)
                {
                    live.RemoveAt(pick);
                }
            }

            return new LiveSession(sends, seed, arrival.ToArray());
        }

        /// <summary>Returns the same sends with other frames (for example with some fields changed).</summary>
        /// <param name="frames">The frames, in arrival order.</param>
        /// <returns>The session.</returns>
        public LiveSession WithFrames(GiftEvent[] frames) => new(Sends.ToArray(), Seed, frames);

        /// <summary>Deals the frames to <paramref name="producers"/> producers at random and interleaves them at random, each producer keeping its own frames in order: what several threads feeding one ledger deliver.</summary>
        /// <param name="producers">How many producers.</param>
        /// <param name="seed">The seed of the dealing and the interleaving.</param>
        /// <returns>The frames in arrival order.</returns>
        public GiftEvent[] DealtTo(int producers, int seed)
        {
            var random = new Random(seed);
            var shares = Enumerable.Range(0, producers).Select(_ => new Queue<GiftEvent>()).ToList();
            foreach (var frame in Frames)
            {
                shares[random.Next(producers)].Enqueue(frame);
            }

            var arrival = new List<GiftEvent>(Frames.Length);
            shares.RemoveAll(q => q.Count == 0);
            while (shares.Count > 0)
            {
                var pick = random.Next(shares.Count);
                arrival.Add(shares[pick].Dequeue());
                if (shares[pick].Count == 0)
                {
                    shares.RemoveAt(pick);
                }
            }

            return arrival.ToArray();
        }

        /// <summary>Returns the frames fully shuffled (any order at all), with the same seed-based randomness.</summary>
        /// <param name="seed">The shuffle's seed.</param>
        /// <returns>The frames in a new order.</returns>
        public GiftEvent[] FramesInRandomOrder(int seed)
        {
            var copy = (GiftEvent[])Frames.Clone();
            Shuffle(copy, new Random(seed));
            return copy;
        }

        /// <inheritdoc />
        public override string ToString() => $"seed {Seed}, {Frames.Length} frames: " + string.Join("; ", Sends);

        private static List<GiftEvent> FramesOf(GiftSend send, long groupId, Random random)
        {
            var frames = new List<GiftEvent>();
            var gift = send.Gift;
            if (gift.Streakable)
            {
                for (var k = 1; k <= send.Count; k++)
                {
                    // A middle frame is sometimes lost; the last counting frame never is when the end frame is lost too.
                    if (k < send.Count && groupId != 0 && random.Next(10) == 0)
                    {
                        continue;
                    }

                    AddWithDuplicates(frames, Frame(send, groupId, k, false, send.StartMs + (k * 400), random), random);
                }

                if (!send.DropEnd)
                {
                    AddWithDuplicates(frames, Frame(send, groupId, send.Count, true, send.StartMs + ((send.Count + 1) * 400), random), random);
                }
            }
            else
            {
                // Libraries disagree on repeat_end for gifts that do not streak; both occur.
                AddWithDuplicates(frames, Frame(send, groupId, send.Count, random.Next(2) == 0, send.StartMs, random), random);
            }

            return frames;
        }

        private static void AddWithDuplicates(List<GiftEvent> frames, GiftEvent frame, Random random)
        {
            frames.Add(frame);
            var copies = random.Next(4) == 0 ? random.Next(1, 3) : 0;
            for (var i = 0; i < copies; i++)
            {
                frames.Add(frame);
            }
        }

        private static GiftEvent Frame(GiftSend send, long groupId, int count, bool end, int atMs, Random random)
        {
            var gift = send.Gift;
            int? price = gift.Price is { } p && (!gift.InCatalog || random.Next(2) == 0) ? p : null;
            return new GiftEvent
            {
                GiftId = gift.Id,
                GiftType = random.Next(3) == 0 ? 0 : gift.Type,
                UnitPriceCoins = price,
                SenderId = send.Sender,
                SenderName = "user" + send.Sender.ToString(CultureInfo.InvariantCulture),
                GroupId = groupId,
                RepeatCount = count,
                RepeatEnd = end,
                ReceiverId = send.ToCoHost ? CoHostId : 0,
                Timestamp = Start.AddMilliseconds(atMs),
            };
        }

        private static void Shuffle<T>(IList<T> items, Random random)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
