using System.Globalization;
using BenchmarkDotNet.Attributes;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The LIVE gift ledger in steady state: a busy session's gift frames, one minute (100,000 frames) per invocation, fed
/// into one long-lived ledger. Each invocation replays the same minute shifted one minute later, with new combo group
/// ids, so every invocation brings new streaks while the senders and gifts are already known, and closed streaks are
/// forgotten after the five-minute retention: the state stays the same size, as in a long LIVE.
/// </summary>
/// <remarks>
/// Both paths pay the same cost of building each shifted frame. <c>[GlobalSetup]</c> feeds the first minute to a fresh
/// ledger and a fresh baseline and throws unless their host coins agree in total and per sender.
/// </remarks>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    public const int FramesPerMinute = 100_000;

    private GiftEvent[] _minute = [];
    private long _groupStride;
    private LiveLedger _ledger = null!;
    private StringKeyedGiftTracker _baseline = null!;
    private readonly GiftEvent[] _batch = new GiftEvent[1024];
    private long _round;

    [GlobalSetup]
    public void Setup()
    {
        (_minute, _groupStride) = BusyMinute.Create(FramesPerMinute, seed: 42);
        var card = new RateCard(RateCardNames.Default, Currency.Usd, 1m, ValueRange.Exactly(0.005m), "benchmark", null);

        var ledger = new LiveLedger(card);
        var baseline = new StringKeyedGiftTracker(GiftCatalog.BuiltIn);
        foreach (var frame in _minute)
        {
            ledger.Record(in frame);
            baseline.OnGift(in frame);
        }

        var summary = ledger.GetSummary(int.MaxValue);
        Agreement.RequireEqual("host coins", summary.Host.Coins.Value, baseline.HostCoins);
        Agreement.Require(summary.GifterCount == baseline.CoinsBySender.Count, $"the ledger has {summary.GifterCount} gifters, the baseline {baseline.CoinsBySender.Count}.");
        foreach (var gifter in summary.TopGifters)
        {
            Agreement.RequireEqual("coins of sender " + gifter.SenderId.ToString(CultureInfo.InvariantCulture), gifter.Coins.Value, baseline.CoinsBySender[gifter.SenderId.ToString(CultureInfo.InvariantCulture)]);
        }

        Agreement.Require(summary.DataQuality.DuplicateFrames > 0 && summary.DataQuality.OutOfOrderFrames > 0 && summary.DataQuality.StreaksClosedByTimeout > 0, $"the minute should hold duplicates ({summary.DataQuality.DuplicateFrames}), out-of-order frames ({summary.DataQuality.OutOfOrderFrames}) and lost end frames ({summary.DataQuality.StreaksClosedByTimeout} closed by timeout).");

        _ledger = new LiveLedger(card);
        _baseline = new StringKeyedGiftTracker(GiftCatalog.BuiltIn);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FramesPerMinute)]
    public long StringKeyedObjects()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        foreach (var frame in _minute)
        {
            var shifted = Shift(frame, shiftTicks, shiftGroups);
            _baseline.OnGift(in shifted);
        }

        return _baseline.HostCoins;
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public int Ledger()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        var counted = 0;
        foreach (var frame in _minute)
        {
            var shifted = Shift(frame, shiftTicks, shiftGroups);
            if (_ledger.Record(in shifted) == LiveRecordResult.Counted)
            {
                counted++;
            }
        }

        return counted;
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public int LedgerBatches()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        var counted = 0;
        for (var start = 0; start < _minute.Length; start += _batch.Length)
        {
            var length = Math.Min(_batch.Length, _minute.Length - start);
            for (var i = 0; i < length; i++)
            {
                _batch[i] = Shift(_minute[start + i], shiftTicks, shiftGroups);
            }

            counted += _ledger.Record(_batch.AsSpan(0, length));
        }

        return counted;
    }

    private static GiftEvent Shift(in GiftEvent frame, long ticks, long groups) =>
        frame with { Timestamp = new DateTimeOffset(frame.Timestamp.UtcTicks + ticks, TimeSpan.Zero), GroupId = frame.GroupId + groups };

    private (long Ticks, long Groups) NextRound()
    {
        var round = _round++;
        return (round * TimeSpan.TicksPerMinute, round * _groupStride);
    }

    /// <summary>
    /// One made-up but plausible busy minute: 2,000 viewers sending 40 gifts from the built-in catalog, mostly
    /// streaks of Roses and other one-to-thirty-coin gifts, some expensive gifts that do not streak. About one frame in
    /// ten is repeated, one in twenty arrives 600 ms late (after the streak's next frame), and one streak in thirty loses its end frame.
    /// </summary>
    private static class BusyMinute
    {
        public static (GiftEvent[] Frames, long GroupStride) Create(int count, int seed)
        {
            var random = new Random(seed);
            var gifts = GiftCatalog.BuiltIn.Entries.OrderBy(e => e.UnitPriceCoins).ThenBy(e => e.Id).Take(32)
                .Concat(GiftCatalog.BuiltIn.Entries.Where(e => !e.IsStreakable).OrderByDescending(e => e.UnitPriceCoins).ThenBy(e => e.Id).Take(8))
                .ToArray();
            var start = new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero).UtcTicks;
            var frames = new List<(long Ticks, GiftEvent Frame)>(count + 64);
            long group = 0;
            while (frames.Count < count)
            {
                group++;
                var gift = gifts[random.Next(10) < 9 ? random.Next(32) : 32 + random.Next(8)];
                var sender = 1 + random.Next(2_000);
                var at = start + (long)(random.NextDouble() * TimeSpan.TicksPerMinute);
                var streakCount = gift.IsStreakable ? 1 + random.Next(30) : 1;
                var withPrice = random.Next(2) == 0;
                for (var k = 1; k <= streakCount; k++)
                {
                    Add(frames, random, at + (k * TimeSpan.TicksPerMillisecond * 250), Frame(gift, sender, group, k, end: !gift.IsStreakable, withPrice));
                }

                if (gift.IsStreakable && random.Next(30) != 0)
                {
                    Add(frames, random, at + ((streakCount + 1) * TimeSpan.TicksPerMillisecond * 250), Frame(gift, sender, group, streakCount, end: true, withPrice));
                }
            }

            // Arrival order; a delayed frame keeps its own timestamp.
            return (frames.OrderBy(f => f.Ticks).Select(f => f.Frame).Take(count).ToArray(), group);
        }

        private static void Add(List<(long, GiftEvent)> frames, Random random, long ticks, GiftEvent frame)
        {
            frame = frame with { Timestamp = new DateTimeOffset(ticks, TimeSpan.Zero) };
            var arrival = random.Next(20) == 0 ? ticks + (TimeSpan.TicksPerMillisecond * 600) : ticks;
            frames.Add((arrival, frame));
            if (random.Next(10) == 0)
            {
                frames.Add((arrival + 1, frame));
            }
        }

        private static GiftEvent Frame(GiftCatalogEntry gift, int sender, long group, int count, bool end, bool withPrice) => new()
        {
            GiftId = gift.Id,
            GiftName = gift.Name,
            GiftType = gift.GiftType,
            UnitPriceCoins = withPrice ? gift.UnitPriceCoins : null,
            SenderId = sender,
            SenderName = "viewer" + sender.ToString(CultureInfo.InvariantCulture),
            GroupId = group,
            RepeatCount = count,
            RepeatEnd = end,
        };
    }
}

/// <summary>
/// The LIVE gift ledger under a hostile session: one Rose from each of 1,000,000 distinct senders over an hour (the
/// case issue 11 measured: 146 MB retained, an 87 MB checkpoint and a 0.8 s summary without limits). The baseline is the
/// ledger with <see cref="LiveLedgerOptions.MaxGifters"/> raised to 10,000,000, which keeps a row per sender as the
/// ledger did before it had limits; the other row is the default limits (100,000 gifter rows, the rest folded).
/// </summary>
/// <remarks>
/// <c>[GlobalSetup]</c> throws unless both ledgers hold the same host coins, and prints the bytes each one retains
/// (measured with a full collection before and after feeding it) and the size of each one's checkpoint.
/// </remarks>
[MemoryDiagnoser]
public class LedgerHostileSessionBenchmarks
{
    public const int Senders = 1_000_000;

    private LiveLedger _unbounded = null!;
    private LiveLedger _bounded = null!;

    [GlobalSetup]
    public void Setup()
    {
        var card = new RateCard(RateCardNames.Default, Currency.Usd, 1m, ValueRange.Exactly(0.005m), "benchmark", null);
        (_unbounded, var unboundedBytes) = Fill(card, new LiveLedgerOptions { MaxGifters = 10_000_000 });
        (_bounded, var boundedBytes) = Fill(card, new LiveLedgerOptions());
        var unbounded = _unbounded.GetSummary();
        var bounded = _bounded.GetSummary();
        Agreement.RequireEqual("host coins", bounded.Host.Coins.Value, unbounded.Host.Coins.Value);
        Agreement.Require(bounded.Host.Coins.Value == Senders, $"the host should have {Senders} coins, not {bounded.Host.Coins.Value}.");
        Agreement.Require(bounded.DataQuality.GifterStreaksFolded == Senders - 100_000, $"{bounded.DataQuality.GifterStreaksFolded} streaks folded.");
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "// Retained: {0:N1} MB with the default limits, {1:N1} MB with MaxGifters 10,000,000. Checkpoint: {2:N1} MB and {3:N1} MB (UTF-16 characters / 1e6).",
            boundedBytes / 1e6,
            unboundedBytes / 1e6,
            _bounded.SaveCheckpoint().Length / 1e6,
            _unbounded.SaveCheckpoint().Length / 1e6));
    }

    [Benchmark(Baseline = true)]
    public LiveLedgerSummary SummaryWithoutALimit() => _unbounded.GetSummary();

    [Benchmark]
    public LiveLedgerSummary SummaryWithDefaultLimits() => _bounded.GetSummary();

    private static (LiveLedger Ledger, long RetainedBytes) Fill(RateCard card, LiveLedgerOptions options)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ledger = new LiveLedger(card, options: options);
        var start = new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero).UtcTicks;
        var step = TimeSpan.TicksPerHour / Senders;
        for (var sender = 1; sender <= Senders; sender++)
        {
            var frame = new GiftEvent
            {
                GiftId = 5655,
                GiftType = 1,
                UnitPriceCoins = 1,
                SenderId = sender,
                SenderName = "viewer" + sender.ToString(CultureInfo.InvariantCulture),
                GroupId = sender,
                RepeatCount = 1,
                RepeatEnd = true,
                Timestamp = new DateTimeOffset(start + (sender * step), TimeSpan.Zero),
            };
            ledger.Record(in frame);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (ledger, after - before);
    }
}
