using BenchmarkDotNet.Attributes;
using TikTokMonetization.Live;
using static TikTokMonetization.Benchmarks.LedgerWorkload;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Eight producers feeding one ledger at once, as eight connections of one LIVE (or eight consumers of one queue) would:
/// the busy minute of <see cref="LedgerBenchmarks"/> split by sender id modulo 8, each producer on its own thread
/// recording its share frame by frame (<see cref="EightProducers"/>) or in batches of 128
/// (<see cref="EightProducersBatches"/>), against one producer recording all of it frame by frame, in the same run.
/// </summary>
/// <remarks>
/// The producers are eight dedicated threads, started once and released by a barrier at each invocation, so the
/// invocation measures the recording and the lock, not thread creation. The machine has two cores: eight producers
/// there measure contention on the ledger's lock, not eight-fold hardware. <c>[GlobalSetup]</c> throws unless eight
/// producers give the host coins and gifter count one producer gives (the totals do not depend on the interleaving).
/// </remarks>
[MemoryDiagnoser]
public class LedgerProducersBenchmarks
{
    public const int Producers = 8;
    private const int BatchSize = 128;

    private GiftEvent[] _minute = [];
    private GiftEvent[][] _shares = [];
    private GiftEvent[][] _batches = [];
    private long _groupStride;
    private LiveLedger _ledger = null!;
    private Thread[] _threads = [];
    private Barrier _barrier = null!;
    private LiveLedger _target = null!;
    private volatile bool _batched;
    private volatile bool _stopping;
    private long _shiftTicks;
    private long _shiftGroups;
    private long _round;

    [GlobalSetup]
    public void Setup()
    {
        (_minute, _groupStride) = BusyMinute.Create(FramesPerMinute, seed: 42);
        _shares = Enumerable.Range(0, Producers).Select(p => _minute.Where(f => f.SenderId % Producers == p).ToArray()).ToArray();
        _batches = Enumerable.Range(0, Producers).Select(_ => new GiftEvent[BatchSize]).ToArray();
        _barrier = new Barrier(Producers + 1);
        _threads = Enumerable.Range(0, Producers).Select(p => new Thread(() => Produce(p)) { IsBackground = true, Name = "producer " + p }).ToArray();
        foreach (var thread in _threads)
        {
            thread.Start();
        }

        var alone = new LiveLedger(Card);
        foreach (var frame in _minute)
        {
            alone.Record(in frame);
        }

        foreach (var batched in new[] { false, true })
        {
            var together = new LiveLedger(Card);
            RunProducers(together, batched, 0, 0);
            alone.Flush();
            together.Flush();
            var expected = alone.GetSummary();
            var actual = together.GetSummary();
            Agreement.RequireEqual("host coins with eight producers" + (batched ? " in batches" : string.Empty), actual.Host.Coins.Value, expected.Host.Coins.Value);
            Agreement.Require(actual.GifterCount == expected.GifterCount && actual.EventsRecorded == expected.EventsRecorded, $"eight producers recorded {actual.EventsRecorded} events from {actual.GifterCount} gifters, one producer {expected.EventsRecorded} from {expected.GifterCount}.");
        }

        _ledger = new LiveLedger(Card);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stopping = true;
        _barrier.SignalAndWait();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _barrier.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FramesPerMinute)]
    public int OneProducer()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        return RecordMinute(_ledger, _minute, shiftTicks, shiftGroups);
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public void EightProducers()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        RunProducers(_ledger, batched: false, shiftTicks, shiftGroups);
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public void EightProducersBatches()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        RunProducers(_ledger, batched: true, shiftTicks, shiftGroups);
    }

    /// <summary>Releases the producers on one minute and waits until all of them have recorded their share.</summary>
    private void RunProducers(LiveLedger target, bool batched, long shiftTicks, long shiftGroups)
    {
        _target = target;
        _batched = batched;
        _shiftTicks = shiftTicks;
        _shiftGroups = shiftGroups;
        _barrier.SignalAndWait();
        _barrier.SignalAndWait();
    }

    private void Produce(int producer)
    {
        var share = _shares[producer];
        var batch = _batches[producer];
        while (true)
        {
            // The barrier orders these reads after the invoking thread's writes.
            _barrier.SignalAndWait();
            if (_stopping)
            {
                return;
            }

            var ledger = _target;
            var (shiftTicks, shiftGroups) = (_shiftTicks, _shiftGroups);
            if (_batched)
            {
                for (var start = 0; start < share.Length; start += BatchSize)
                {
                    var length = Math.Min(BatchSize, share.Length - start);
                    for (var i = 0; i < length; i++)
                    {
                        batch[i] = Shift(share[start + i], shiftTicks, shiftGroups);
                    }

                    ledger.Record(batch.AsSpan(0, length));
                }
            }
            else
            {
                foreach (var frame in share)
                {
                    var shifted = Shift(frame, shiftTicks, shiftGroups);
                    ledger.Record(in shifted);
                }
            }

            _barrier.SignalAndWait();
        }
    }

    private (long Ticks, long Groups) NextRound() => Round(_round++, _groupStride);
}
