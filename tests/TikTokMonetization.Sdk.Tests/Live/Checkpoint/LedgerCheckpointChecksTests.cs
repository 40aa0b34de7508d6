using System.Globalization;
using System.Text.Json.Nodes;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// A checkpoint is checked for what it means before a ledger is built from it: each number outside what a ledger can
/// hold is refused with its field, its value and the range allowed, and the rows must add up to the host's totals.
/// Every field is tried on a checkpoint of a session that fills every table (co-host, late frame, replay, untrusted time).
/// </summary>
public sealed class LedgerCheckpointChecksTests
{
    private const long MaxTicks = 3_155_378_975_999_999_999; // DateTimeOffset.MaxValue.UtcTicks
    private const long MaxCounter = 1L << 62;

    [Fact]
    public void TheSessionsOwnCheckpoint_FillsEveryTable_AndRestores()
    {
        var doc = Session();

        foreach (var table in new[] { "receivers", "gifters", "gifts", "minutes", "streaks", "viewers", "followers", "orderDependent" })
        {
            Assert.True(doc[table]!.AsArray().Count > 0, table);
        }

        Assert.True(Long(doc, "counters/replayed") > 0 && Long(doc, "offLast") > 0 && Long(doc, "streaks/3/previousCount") >= 0);
        Assert.Equal(Everything(Ledger().GetSummary()), Everything(LiveLedger.Restore(doc.ToJsonString(), Card).GetSummary()));
    }

    [Fact]
    public void Restore_RefusesEveryFieldOutsideItsRange_NamingTheFieldTheValueAndTheRange()
    {
        var doc = Session();
        long At(string path) => Long(doc, path);
        var host = (Coins: At("receivers/0/coins"), Gifts: At("receivers/0/gifts"), Unpriced: At("receivers/0/unpricedGifts"));
        var cases = new List<(string Path, long Value, long Min, long Max)>
        {
            ("firstTicks", -7, 0, MaxTicks),
            ("watermark", At("firstTicks") - 1, At("firstTicks"), MaxTicks),
            ("receivers/1/coins", -1, 0, long.MaxValue),
            ("receivers/1/settledCoins", At("receivers/1/coins") + 1, 0, At("receivers/1/coins")),
            ("receivers/1/settledCoins", -1, 0, At("receivers/1/coins")),
            ("receivers/1/gifts", -1, 0, long.MaxValue),
            ("receivers/1/unpricedGifts", -1, 0, long.MaxValue),
            ("gifters/0/coins", host.Coins + 1, 0, host.Coins),
            ("gifters/0/settledCoins", At("gifters/0/coins") + 1, 0, At("gifters/0/coins")),
            ("gifters/0/gifts", host.Gifts + 1, 0, host.Gifts),
            ("gifters/0/unpricedGifts", host.Unpriced + 1, 0, host.Unpriced),
            ("gifts/0/unitCoins", -2, -1, int.MaxValue),
            ("gifts/0/unitCoins", int.MaxValue + 1L, -1, int.MaxValue),
            ("gifts/0/catalogCoins", -2, -1, int.MaxValue),
            ("gifts/0/coins", host.Coins + 1, 0, host.Coins),
            ("gifts/0/gifts", host.Gifts + 1, 0, host.Gifts),
            ("gifts/0/unpricedGifts", host.Unpriced + 1, 0, host.Unpriced),
            ("gifts/0/coHostUnpricedGifts", -1, 0, long.MaxValue - host.Unpriced),
            ("minutes/0/coins", host.Coins + 1, 0, host.Coins),
            ("minutes/0/gifts", host.Gifts + 1, 0, host.Gifts),
            ("streaks/0/count", int.MaxValue + 1L, 0, int.MaxValue),
            ("streaks/0/settledCount", At("streaks/0/count") + 1, 0, At("streaks/0/count")),
            ("streaks/0/unitCoins", -2, -1, int.MaxValue),
            ("streaks/0/firstTicks", -1, 0, MaxTicks),
            ("streaks/0/lastTicks", -1, 0, MaxTicks),
            ("streaks/0/previousCount", -2, -1, int.MaxValue),
            ("streaks/3/previousFirstTicks", -1, 0, MaxTicks),
            ("streaks/3/previousLastTicks", At("streaks/3/previousFirstTicks") - 1, At("streaks/3/previousFirstTicks"), MaxTicks),
            ("streaks/0/closedAtTicks", -1, 0, MaxTicks),
            ("viewers/0/ticks", -1, 0, MaxTicks),
            ("viewers/0/viewers", -1, 0, long.MaxValue),
            ("anonymousFollows", MaxCounter + 1, 0, MaxCounter),
            ("subscriptions", -1, 0, MaxCounter),
            ("likes/messages", -1, 0, MaxCounter),
            ("likes/messageLikes", -1, 0, long.MaxValue),
            ("likes/cappedMessages", At("likes/messages") + 1, 0, At("likes/messages")),
            ("likes/lowestRoomTotal", -2, -1, long.MaxValue),
            ("likes/lowestRoomTotalMessage", int.MaxValue + 1L, 0, int.MaxValue),
            ("likes/highestRoomTotal", At("likes/lowestRoomTotal") - 1, At("likes/lowestRoomTotal"), long.MaxValue),
            ("orderDependent/0/frames", 0, 1, At("counters/orderDependent")),
            ("orderDependent/0/frames", At("counters/orderDependent") + 1, 1, At("counters/orderDependent")),
            ("counters/replayedFrom", -1, 0, MaxTicks),
            ("counters/replayedTo", At("counters/replayedFrom") - 1, At("counters/replayedFrom"), MaxTicks),
            ("offLast", -1, 0, MaxTicks),
            ("rejections/7", -1, 0, MaxCounter),
        };
        foreach (var counter in doc["counters"]!.AsObject().Select(p => p.Key).Where(k => k is not ("replayedFrom" or "replayedTo")))
        {
            cases.Add(("counters/" + counter, MaxCounter + 1, 0, MaxCounter));
        }

        foreach (var (path, value, min, max) in cases)
        {
            var field = Field(path);
            var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(With(path, value), Card));
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{field} is {value}; it must be from {min} to {max}"), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Restore_AcceptsEveryFieldAtTheEdgesOfItsRange()
    {
        var doc = Session();
        long At(string path) => Long(doc, path);
        var edges = new List<(string Path, long Value)>
        {
            ("receivers/1/settledCoins", 0),
            ("gifts/0/catalogCoins", -1),
            ("gifts/0/catalogCoins", int.MaxValue),
            ("gifts/0/unitCoins", int.MaxValue),
            ("streaks/0/settledCount", 0),
            ("streaks/3/previousLastTicks", At("streaks/3/previousFirstTicks")),
            ("likes/cappedMessages", 0),
            ("likes/highestRoomTotal", long.MaxValue),
            ("shares", MaxCounter),
            ("counters/orderDependent", MaxCounter),
            ("counters/replayedFrom", 0),
            ("viewers/0/ticks", 0),
        };

        foreach (var (path, value) in edges)
        {
            var exception = Record.Exception(() => LiveLedger.Restore(With(path, value), Card));
            Assert.True(exception is null, $"{path} = {value}: {exception?.Message}");
        }
    }

    [Theory]
    [InlineData("gifters/1/settledCoins", -1, "gifters[*].settledCoins add up to")]
    [InlineData("gifts/0/coins", -1, "gifts[*].coins add up to")]
    [InlineData("minutes/0/coins", -1, "minutes[*].coins add up to")]
    [InlineData("minutes/0/gifts", -1, "minutes[*].gifts add up to")]
    [InlineData("gifters/0/gifts", -1, "gifters[*].gifts add up to 10, but the host's gifts (receivers[0].gifts) are 11")]
    [InlineData("gifters/0/unpricedGifts", -1, "gifters[*].unpricedGifts add up to 1, but the host's unpricedGifts (receivers[0].unpricedGifts) are 2")]
    [InlineData("gifts/0/gifts", -1, "gifts[*].gifts add up to 10, but the host's gifts (receivers[0].gifts) are 11")]
    [InlineData("gifts/0/unpricedGifts", -1, "gifts[*].unpricedGifts add up to 1, but the host's unpricedGifts (receivers[0].unpricedGifts) are 2")]
    public void Restore_RefusesRowsThatDoNotAddUpToTheHostsTotal(string path, long change, string expected)
    {
        // One row changed within its own range: only the sum gives it away. The host has two unpriced gifts here, from
        // the first gifter, of the first gift.
        var doc = WithUnpriced(Session(), 2);
        Set(doc, path, Long(doc, path) + change);

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("the rows must add up to the host's total", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gifters", "coins")]
    [InlineData("gifters", "gifts")]
    [InlineData("gifters", "unpricedGifts")]
    [InlineData("gifts", "coins")]
    [InlineData("gifts", "gifts")]
    [InlineData("gifts", "unpricedGifts")]
    [InlineData("minutes", "coins")]
    [InlineData("minutes", "gifts")]
    public void Restore_RefusesEveryColumnWhoseRowsPassTheHostsTotal_AtTheRowThatPassesIt(string table, string column)
    {
        // The first row holds the host's whole total, a second row as much again: each row is within its range, and the
        // running sum is refused as soon as it passes the total (before a later row could make it wrap).
        var doc = WithUnpriced(Session(), 2);
        var total = Long(doc, "receivers/0/" + column);
        var rows = doc[table]!.AsArray();
        foreach (var row in rows)
        {
            row![column] = 0;
            if (column == "coins" && table == "gifters")
            {
                row["settledCoins"] = 0;
            }
        }

        rows[0]![column] = total;
        var extra = rows[0]!.DeepClone();
        extra[table switch { "gifters" => "senderId", "gifts" => "giftId", _ => "minute" }] = 999;
        foreach (var zero in new[] { "coins", "settledCoins", "gifts", "unpricedGifts", "coHostUnpricedGifts" }.Where(c => extra[c] is not null))
        {
            extra[zero] = 0;
        }

        extra[column] = total;
        rows.Add(extra);

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{table}[*].{column} add up to at least {2 * total}, but the host's {column} (receivers[0].{column}) are {total}"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RefusesAMinuteOutsideTheCalendar_AndAcceptsItsEdges()
    {
        const long LastMinute = MaxTicks / TimeSpan.TicksPerMinute;
        foreach (var minute in new[] { -2, LastMinute + 1 })
        {
            var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(With("minutes/1/minute", minute), Card));
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"minutes[1].minute is {minute}; it must be from -1 (the row of minutes beyond MaxMinuteRows) to {LastMinute}"), error.Message, StringComparison.Ordinal);
        }

        // -1 is the row that folds the minutes beyond MaxMinuteRows: counted, but in no per-minute row.
        var folded = LiveLedger.Restore(With("minutes/1/minute", -1), Card).GetSummary();
        Assert.Equal(new Coins(10), Assert.Single(folded.Minutes).Coins);
        var last = LiveLedger.Restore(With("minutes/1/minute", LastMinute), Card).GetSummary();
        Assert.Equal(new DateTimeOffset(LastMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero), last.Minutes[^1].Minute);
    }

    [Fact]
    public void Restore_ChecksAPreviousStreakOfCountZero_AsAnyOther()
    {
        var doc = Session();
        doc["streaks"]![3]!["previousCount"] = 0;
        doc["streaks"]![3]!["previousFirstTicks"] = -1;

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains("streaks[3].previousFirstTicks is -1; it must be from 0 to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RefusesMoreOrderDependentRowsThanALedgerLists()
    {
        var doc = Session();
        var rows = new JsonArray();
        for (var sender = 1; sender <= 101; sender++)
        {
            rows.Add(new JsonObject { ["sender"] = sender, ["gift"] = 5655, ["receiver"] = 0, ["frames"] = 1 });
        }

        doc["orderDependent"] = rows;
        doc["counters"]!["orderDependent"] = 101;

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains("orderDependent.count is 101; it must be from 0 to 100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replayedFrom", -1)]
    [InlineData("replayedTo", long.MaxValue)]
    public void Restore_ChecksTheReplayTimes_EvenBeforeAnyReplay(string field, long value)
    {
        // Regression: without a replay the two times went unchecked, so a checkpoint with an impossible time was restored,
        // and the first replayed event then made every summary throw (the time could not be shown).
        var doc = JsonNode.Parse(Ledger(replay: false).SaveCheckpoint())!;
        Assert.Equal(0, Long(doc, "counters/replayed"));
        doc["counters"]![field] = value;

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"counters.{field} is {value}; it must be from "), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_WithoutAReplay_TakesTheReplayTimesOfTheNextOne()
    {
        var restored = LiveLedger.Restore(Ledger(replay: false).SaveCheckpoint(), Card);

        restored.Record(new ShareEvent { SenderId = 3, Timestamp = T0 });

        var quality = restored.GetSummary().DataQuality;
        Assert.Equal(1, quality.ReplayedEventsIgnored);
        Assert.Equal((T0, T0), (quality.ReplayedFrom, quality.ReplayedTo));
    }

    [Fact]
    public void Restore_RefusesReceiversWhoseTotalsAddUpPastLongMaxValue_InEveryColumn()
    {
        foreach (var (path, expected) in new[]
        {
            ("receivers/1/coins", "receivers[*].coins add up to more than 9223372036854775807"),
            ("receivers/1/unpricedGifts", "receivers[*].gifts and unpricedGifts add up to more than 9223372036854775807"),
        })
        {
            var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(With(path, long.MaxValue), Card));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        // Exactly long.MaxValue over all receivers is still a total a ledger can hold.
        var doc = Session();
        var coHostCoins = long.MaxValue - Long(doc, "receivers/0/coins");
        doc["receivers"]![1]!["coins"] = coHostCoins;
        var exact = LiveLedger.Restore(doc.ToJsonString(), Card).GetSummary();
        Assert.Equal(new Coins(coHostCoins), exact.CoHosts[0].Totals.Coins);
    }

    [Fact]
    public void Restore_OfACheckpointWithoutEvents_ChecksTheClockThatAnOlderVersionsTickMoved()
    {
        // Older versions let Tick move the clock before any event; such a time is checked, and then not carried over.
        var empty = JsonNode.Parse(NewLedger().SaveCheckpoint())!;
        empty["watermark"] = -5;
        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(empty.ToJsonString(), Card));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"watermark is -5; it must be from 0 to {MaxTicks}"), error.Message, StringComparison.Ordinal);

        empty["watermark"] = T0.AddHours(1).UtcTicks;
        var restored = LiveLedger.Restore(empty.ToJsonString(), Card);

        Assert.Equal(long.MinValue, Long(JsonNode.Parse(restored.SaveCheckpoint())!, "watermark"));
        Assert.Equal(LiveRecordResult.Counted, restored.Record(Rose(1, 2, end: true)));
        var summary = restored.GetSummary();
        Assert.Equal(new Coins(2), summary.Host.Coins);
        Assert.Equal(T0, summary.ObservedTo);
    }

    [Fact]
    public void Restore_RefusesRowsThatAddUpToMoreThanTheHostsTotal_AsSoonAsTheyDo()
    {
        // Each gifter at the host's coins is within its range, but two of them are more than the host has.
        var doc = Session();
        var hostCoins = Long(doc, "receivers/0/coins");
        doc["gifters"]![0]!["coins"] = hostCoins;
        doc["gifters"]![1]!["coins"] = hostCoins;
        doc["gifters"]![1]!["settledCoins"] = 0;

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"gifters[*].coins add up to at least {2 * hostCoins}, but the host's coins (receivers[0].coins) are {hostCoins}"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RefusesReceiversWhoseTotalsAddUpPastLongMaxValue()
    {
        var doc = Session();
        doc["receivers"]![1]!["gifts"] = long.MaxValue;

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card));

        Assert.Contains("receivers[*].gifts and unpricedGifts add up to more than 9223372036854775807", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A session that fills every table: host and co-host streaks, a late frame of an earlier streak without group ids
    /// (an order-dependent frame and a remembered previous streak), likes, viewers, a follow, a share, a confirmed jump
    /// of the clock followed by a replayed event, and a frame dated too far ahead to trust.
    /// </summary>
    private static LiveLedger Ledger(bool replay = true)
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 5, end: true));
        ledger.Record(Rose(2, 1, atSeconds: 1, group: 9));
        ledger.Record(Rose(3, 2, atSeconds: 2, group: 0, receiver: 7002));
        ledger.Record(Rose(4, 1, atSeconds: 3, group: 0));
        ledger.Record(Rose(4, 2, end: true, atSeconds: 4, group: 0));
        ledger.Record(Rose(4, 1, atSeconds: 20, group: 0));
        ledger.Record(Rose(4, 3, atSeconds: 3.5, group: 0));
        ledger.Record(new ShareEvent { SenderId = 3, Timestamp = T0.AddSeconds(2) });
        ledger.Record(new LikeEvent { Count = 15, RoomTotal = 100, Timestamp = T0.AddSeconds(2) });
        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0.AddSeconds(2) });
        ledger.Record(new FollowEvent { SenderId = 3, Timestamp = T0.AddSeconds(2) });
        ledger.Record(new ViewerCountEvent { Viewers = 12, Timestamp = T0.AddMinutes(10) });
        ledger.Record(new ViewerCountEvent { Viewers = 14, Timestamp = T0.AddMinutes(10).AddSeconds(1) });
        if (replay)
        {
            ledger.Record(new ShareEvent { SenderId = 3, Timestamp = T0 });
        }

        ledger.Record(Rose(5, 1) with { Timestamp = T0.AddHours(3) });
        return ledger;
    }

    private static JsonNode Session() => JsonNode.Parse(Ledger().SaveCheckpoint())!;

    /// <summary>Gives the host <paramref name="count"/> unpriced gifts, all from the first gifter and of the first gift, so that every table still adds up.</summary>
    private static JsonNode WithUnpriced(JsonNode doc, long count)
    {
        doc["receivers"]![0]!["unpricedGifts"] = count;
        doc["gifters"]![0]!["unpricedGifts"] = count;
        doc["gifts"]![0]!["unpricedGifts"] = count;
        return doc;
    }

    private static void Set(JsonNode doc, string path, long value)
    {
        var segments = path.Split('/');
        var parent = segments[..^1].Aggregate(doc, Step);
        if (int.TryParse(segments[^1], out var index))
        {
            parent[index] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }
    }

    private static string With(string path, long value)
    {
        var doc = Session();
        Set(doc, path, value);
        return doc.ToJsonString();
    }

    private static long Long(JsonNode doc, string path) => path.Split('/').Aggregate(doc, Step).GetValue<long>();

    private static JsonNode Step(JsonNode node, string segment) => int.TryParse(segment, out var index) ? node[index]! : node[segment]!;

    /// <summary>The field as the checks name it: <c>receivers/1/coins</c> is <c>receivers[1].coins</c>.</summary>
    private static string Field(string path)
    {
        var segments = path.Split('/');
        var text = segments[0];
        foreach (var segment in segments.Skip(1))
        {
            text += int.TryParse(segment, out _) ? "[" + segment + "]" : "." + segment;
        }

        return text;
    }
}
