using System.Globalization;
using BenchmarkDotNet.Attributes;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;
using static TikTokMonetization.Benchmarks.LedgerWorkload;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The LIVE gift ledger in steady state: a busy session's gift frames, one minute (100,000 frames) per invocation, fed
/// into one long-lived ledger. Each invocation replays the same minute shifted one minute later, with new combo group
/// ids, so every invocation brings new streaks while the senders and gifts are already known, and closed streaks are
/// forgotten after the five-minute retention: the state stays the same size, as in a long LIVE.
/// </summary>
/// <remarks>
/// Every row pays the same cost of building each shifted frame; <see cref="BatchBuildingOnly"/> measures that cost
/// (and the copy into the batch buffer) alone, so that <see cref="LedgerBatches"/> minus it is the time of
/// <see cref="LiveLedger.Record(ReadOnlySpan{GiftEvent})"/> itself. <c>[GlobalSetup]</c> feeds the first minute to a
/// fresh ledger and a fresh baseline and throws unless their host coins agree in total and per sender.
/// </remarks>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
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

        var ledger = new LiveLedger(Card);
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

        // The batch path counts exactly what the frame-at-a-time path counts.
        var batched = new LiveLedger(Card);
        for (var start = 0; start < _minute.Length; start += _batch.Length)
        {
            batched.Record(_minute.AsSpan(start, Math.Min(_batch.Length, _minute.Length - start)));
        }

        Agreement.RequireEqual("host coins through Record(ReadOnlySpan<GiftEvent>)", batched.GetSummary().Host.Coins.Value, summary.Host.Coins.Value);

        _ledger = new LiveLedger(Card);
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
        return RecordMinute(_ledger, _minute, shiftTicks, shiftGroups);
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public int LedgerBatches()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        var counted = 0;
        for (var start = 0; start < _minute.Length; start += _batch.Length)
        {
            var length = FillBatch(start, shiftTicks, shiftGroups);
            counted += _ledger.Record(_batch.AsSpan(0, length));
        }

        return counted;
    }

    /// <summary>Not an alternative: the batches of <see cref="LedgerBatches"/> built and copied, and no ledger, to show what the harness itself costs.</summary>
    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public long BatchBuildingOnly()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        long sum = 0;
        for (var start = 0; start < _minute.Length; start += _batch.Length)
        {
            var length = FillBatch(start, shiftTicks, shiftGroups);
            sum += _batch[length - 1].GroupId;
        }

        return sum;
    }

    private int FillBatch(int start, long shiftTicks, long shiftGroups)
    {
        var length = Math.Min(_batch.Length, _minute.Length - start);
        for (var i = 0; i < length; i++)
        {
            _batch[i] = Shift(_minute[start + i], shiftTicks, shiftGroups);
        }

        return length;
    }

    private (long Ticks, long Groups) NextRound() => Round(_round++, _groupStride);
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
        (_unbounded, var unboundedBytes) = Fill(Card, new LiveLedgerOptions { MaxGifters = 10_000_000 });
        (_bounded, var boundedBytes) = Fill(Card, new LiveLedgerOptions());
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
