using System.Globalization;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>Generated LIVE sessions, and what one in-process ledger makes of them: the reference every cluster test compares with.</summary>
internal static class Sessions
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 20, 0, 0, TimeSpan.Zero);

    /// <summary>The default rate card's rates, as the silo's DI builds them.</summary>
    public static RateCard Card { get; } = new(RateCardNames.Default, Currency.Usd, 1m, ValueRange.Exactly(0.005m), "test card", null);

    /// <summary>
    /// A session of about <paramref name="frames"/> events: gift streaks with group ids whose counts rise and end (some
    /// frames re-sent by the client library), likes, viewer counts, follows and shares; ten minutes long.
    /// </summary>
    public static List<LiveEvent> Generate(int seed, int frames) => Generate(seed, frames, T0);

    /// <summary>A session like <see cref="Generate(int, int)"/> that starts at <paramref name="start"/>.</summary>
    public static List<LiveEvent> Generate(int seed, int frames, DateTimeOffset start)
    {
        var random = new Random(seed);
        var events = new List<LiveEvent>(frames);
        long group = seed * 100_000L;
        var second = 0d;
        while (events.Count < frames)
        {
            second += random.NextDouble() * 2;
            var at = start.AddSeconds(second);
            var sender = random.Next(1, 60);
            switch (random.Next(12))
            {
                case 0:
                    events.Add(LiveEvent.FromViewerCount(new ViewerCountEvent { Viewers = random.Next(50, 5_000), Timestamp = at }));
                    break;
                case 1:
                case 2:
                    events.Add(LiveEvent.FromLike(new LikeEvent { SenderId = sender, Count = random.Next(1, 16), Timestamp = at }));
                    break;
                case 3:
                    events.Add(LiveEvent.FromFollow(new FollowEvent { SenderId = sender, Timestamp = at }));
                    break;
                case 4:
                    events.Add(LiveEvent.FromShare(new ShareEvent { SenderId = sender, Timestamp = at }));
                    break;
                default:
                    var rose = random.Next(3) != 0;
                    var length = random.Next(1, 8);
                    group++;
                    for (var count = 1; count <= length; count++)
                    {
                        var frame = new GiftEvent
                        {
                            GiftId = rose ? 5655 : 6369,
                            GiftName = rose ? "Rose" : "Lion",
                            GiftType = rose ? 1 : 2,
                            UnitPriceCoins = rose ? 1 : null,
                            SenderId = sender,
                            SenderName = "user" + sender.ToString(CultureInfo.InvariantCulture),
                            GroupId = group,
                            RepeatCount = count,
                            RepeatEnd = count == length,
                            Timestamp = at.AddMilliseconds(count * 150),
                        };
                        events.Add(LiveEvent.FromGift(frame));
                        if (random.Next(8) == 0)
                        {
                            events.Add(LiveEvent.FromGift(frame));
                        }
                    }

                    break;
            }
        }

        return events;
    }

    /// <summary>The totals of one in-process ledger fed the events once, ended like a room.</summary>
    public static LiveRoomTotals InProcess(string roomId, IEnumerable<LiveEvent> events)
    {
        var ledger = new LiveLedger(Card, GiftCatalog.BuiltIn, new LiveLedgerOptions());
        foreach (var e in events)
        {
            ledger.Record(e);
        }

        ledger.Flush();
        return LiveRoomTotals.From(roomId, ledger.GetSummary());
    }
}
