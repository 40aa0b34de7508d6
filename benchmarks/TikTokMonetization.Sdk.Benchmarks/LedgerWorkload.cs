using System.Globalization;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>What the ledger benchmarks share: the rate card, and shifting a recorded frame into a later minute.</summary>
internal static class LedgerWorkload
{
    public const int FramesPerMinute = 100_000;

    /// <summary>Gets the rate card every ledger benchmark converts through (1 diamond per coin, US$0.005 per diamond).</summary>
    public static RateCard Card { get; } = new(RateCardNames.Default, Currency.Usd, 1m, ValueRange.Exactly(0.005m), "benchmark", null);

    /// <summary>The frame as it would arrive <paramref name="ticks"/> later, in a streak numbered <paramref name="groups"/> further on.</summary>
    public static GiftEvent Shift(in GiftEvent frame, long ticks, long groups) =>
        frame with { Timestamp = new DateTimeOffset(frame.Timestamp.UtcTicks + ticks, TimeSpan.Zero), GroupId = frame.GroupId + groups };

    /// <summary>The shift of round <paramref name="round"/>: one minute later, with streaks numbered past the previous round's.</summary>
    public static (long Ticks, long Groups) Round(long round, long groupStride) => (round * TimeSpan.TicksPerMinute, round * groupStride);

    /// <summary>Records the minute, shifted, one frame at a time, as a single producer does; returns the frames counted.</summary>
    public static int RecordMinute(LiveLedger ledger, GiftEvent[] minute, long ticks, long groups)
    {
        var counted = 0;
        foreach (var frame in minute)
        {
            var shifted = Shift(frame, ticks, groups);
            if (ledger.Record(in shifted) == LiveRecordResult.Counted)
            {
                counted++;
            }
        }

        return counted;
    }
}

/// <summary>
/// One made-up but plausible busy minute: 2,000 viewers sending 40 gifts from the built-in catalog, mostly
/// streaks of Roses and other one-to-thirty-coin gifts, some expensive gifts that do not streak. About one frame in
/// ten is repeated, one in twenty arrives 600 ms late (after the streak's next frame), and one streak in thirty loses its end frame.
/// </summary>
internal static class BusyMinute
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
