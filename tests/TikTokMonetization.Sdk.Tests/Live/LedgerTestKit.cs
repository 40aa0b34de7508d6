using System.Globalization;
using System.Text;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Shared helpers for the ledger tests: a rate card, frame builders and a canonical text of a summary.</summary>
internal static class LedgerTestKit
{
    /// <summary>Gets the default card's rates (1 diamond per coin, US$0.005 per diamond), built without DI.</summary>
    public static RateCard Card { get; } = new(RateCardNames.Default, Currency.Usd, 1m, ValueRange.Exactly(0.005m), "test card", null);

    public static DateTimeOffset T0 { get; } = new(2025, 3, 1, 20, 0, 0, TimeSpan.Zero);

    public static LiveLedger NewLedger(LiveLedgerOptions? options = null, GiftCatalog? catalog = null) => new(Card, catalog, options);

    public static GiftEvent Rose(long sender, int count, bool end = false, double atSeconds = 0, long group = 1, long receiver = 0) => new()
    {
        GiftId = 5655,
        GiftName = "Rose",
        GiftType = 1,
        UnitPriceCoins = 1,
        SenderId = sender,
        SenderName = "user" + sender.ToString(CultureInfo.InvariantCulture),
        GroupId = group,
        RepeatCount = count,
        RepeatEnd = end,
        ReceiverId = receiver,
        Timestamp = T0.AddSeconds(atSeconds),
    };

    public static GiftEvent Lion(long sender, double atSeconds = 0, long group = 2, int count = 1) => new()
    {
        GiftId = 6369,
        GiftType = 2,
        SenderId = sender,
        GroupId = group,
        RepeatCount = count,
        Timestamp = T0.AddSeconds(atSeconds),
    };

    public static void Feed(LiveLedger ledger, IEnumerable<GiftEvent> frames)
    {
        foreach (var frame in frames)
        {
            ledger.Record(frame);
        }
    }

    /// <summary>Every total a summary holds, as text: equal texts mean equal totals.</summary>
    public static string Totals(LiveLedgerSummary s)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"host {s.Host.Coins} settled {s.Host.SettledCoins} gifts {s.Host.Gifts} unpriced {s.Host.UnpricedGifts} open {s.Host.OpenStreaks}\n");
        foreach (var c in s.CoHosts.OrderBy(c => c.ReceiverId))
        {
            text.Append(CultureInfo.InvariantCulture, $"co-host {c.ReceiverId} {c.Totals.Coins} gifts {c.Totals.Gifts} unpriced {c.Totals.UnpricedGifts}\n");
        }

        foreach (var g in s.TopGifters.OrderBy(g => g.SenderId))
        {
            text.Append(CultureInfo.InvariantCulture, $"gifter {g.SenderId} {g.Coins} gifts {g.Gifts} unpriced {g.UnpricedGifts}\n");
        }

        foreach (var g in s.Gifts.OrderBy(g => g.GiftId))
        {
            text.Append(CultureInfo.InvariantCulture, $"gift {g.GiftId} {g.Coins} gifts {g.Gifts} unpriced {g.UnpricedGifts}\n");
        }

        return text.ToString();
    }

    /// <summary><see cref="Totals"/> plus the per-minute rows, the counters and the data-quality flags: for comparing a ledger with its own restored copy.</summary>
    public static string Everything(LiveLedgerSummary s)
    {
        var q = s.DataQuality;
        var text = new StringBuilder(Totals(s));
        foreach (var m in s.Minutes)
        {
            text.Append(CultureInfo.InvariantCulture, $"minute {m.Minute:O} {m.Coins} {m.Gifts}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"events {s.EventsRecorded} from {s.ObservedFrom:O} to {s.ObservedTo:O}\n");
        text.Append(CultureInfo.InvariantCulture, $"timeout {q.StreaksClosedByTimeout} flush {q.StreaksClosedAtFlush} resumed {q.StreaksResumed} dup {q.DuplicateFrames} ooo {q.OutOfOrderFrames} late {q.LateFramesAfterEnd} rejected {q.EventsRejected}\n");
        text.Append(CultureInfo.InvariantCulture, $"likes {s.Likes.MessageLikes}/{s.Likes.RoomTotal} viewers {s.Viewers.TimeWeightedAverage} follows {s.NewFollowers} shares {s.Shares} subs {s.Subscriptions}\n");
        text.Append(string.Join("\n", q.Warnings));
        return text.ToString();
    }
}
