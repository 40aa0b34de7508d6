using BenchmarkDotNet.Attributes;
using TikTokMonetization.Live;
using static TikTokMonetization.Benchmarks.LedgerWorkload;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Many LIVE rooms on one machine: the busy minute of <see cref="LedgerBenchmarks"/> split over 1,000 ledgers (each
/// viewer watches one room: the room is the sender id modulo 1,000, so each room has two viewers and about 100 frames a
/// minute), the frames arriving interleaved across the rooms as they would from 1,000 connections. Against the same
/// frames into one ledger, in the same run: the difference is what the rooms' scattered state costs the caches.
/// </summary>
/// <remarks>
/// Steady state as in <see cref="LedgerBenchmarks"/>: each invocation is the minute one minute later with new group ids,
/// one frame at a time through <see cref="LiveLedger.Record(in GiftEvent)"/>. <c>[GlobalSetup]</c> throws unless the
/// 1,000 rooms' host coins add up to the single ledger's, and at least 99% of the rooms have received frames (a room's two viewers may both stay silent).
/// </remarks>
[MemoryDiagnoser]
public class LedgerManyRoomsBenchmarks
{
    public const int Rooms = 1_000;

    private GiftEvent[] _minute = [];
    private long _groupStride;
    private LiveLedger _single = null!;
    private LiveLedger[] _rooms = [];
    private long _round;

    [GlobalSetup]
    public void Setup()
    {
        (_minute, _groupStride) = BusyMinute.Create(FramesPerMinute, seed: 42);
        var single = new LiveLedger(Card);
        var rooms = NewRooms();
        foreach (var frame in _minute)
        {
            single.Record(in frame);
            rooms[RoomOf(in frame)].Record(in frame);
        }

        var roomCoins = rooms.Sum(r => r.GetSummary().Host.Coins.Value);
        Agreement.RequireEqual("host coins of the 1,000 rooms together", roomCoins, single.GetSummary().Host.Coins.Value);
        var busy = rooms.Count(r => r.GetSummary().EventsRecorded > 0);
        Agreement.Require(busy >= Rooms * 99 / 100, $"only {busy} of the {Rooms} rooms received frames.");

        _single = new LiveLedger(Card);
        _rooms = NewRooms();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FramesPerMinute)]
    public int OneLedger()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        return RecordMinute(_single, _minute, shiftTicks, shiftGroups);
    }

    [Benchmark(OperationsPerInvoke = FramesPerMinute)]
    public int ThousandLedgers()
    {
        var (shiftTicks, shiftGroups) = NextRound();
        var counted = 0;
        foreach (var frame in _minute)
        {
            var shifted = Shift(frame, shiftTicks, shiftGroups);
            if (_rooms[RoomOf(in shifted)].Record(in shifted) == LiveRecordResult.Counted)
            {
                counted++;
            }
        }

        return counted;
    }

    private static int RoomOf(in GiftEvent frame) => (int)(frame.SenderId % Rooms);

    private static LiveLedger[] NewRooms() => Enumerable.Range(0, Rooms).Select(_ => new LiveLedger(Card)).ToArray();

    private (long Ticks, long Groups) NextRound() => Round(_round++, _groupStride);
}
