using System.Globalization;
using System.Text.Json.Nodes;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// What a restore rebuilds from a checkpoint beyond its numbers: the version it reads, rows that must be unique, streaks
/// that must point at rows the checkpoint has, the limits of the ledger it is restored into, open streaks that go on
/// closing, closed streaks that are forgotten in the order they closed, and the defaults of fields older checkpoints lack.
/// </summary>
public sealed class LiveLedgerRestoreTests
{
    private const string Refused = "The LIVE ledger checkpoint is invalid: ";

    private static readonly LiveLedgerOptions OneMinute = new() { ClosedStreakRetention = TimeSpan.FromMinutes(1) };

    [Fact]
    public void Restore_OfNullText_NamesTheCheckpointParameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => LiveLedger.Restore((string)null!, Card));

        Assert.Equal("checkpoint", error.ParamName);
    }

    [Fact]
    public void Restore_RefusesAnotherFormatOrVersion_SayingWhichItIsAndWhichThisSdkReads()
    {
        const string Reads = "; this SDK reads 'tiktok-monetization/live-ledger-checkpoint' version 1.";
        Assert.Equal(Refused + "it is 'null'.", Assert.Throws<FormatException>(() => LiveLedger.Restore("null", Card)).Message);
        Assert.Equal(Refused + "it is format 'something-else' version 1" + Reads, Refuse(Small(), d => d["format"] = "something-else"));
        Assert.Equal(Refused + "it is format 'tiktok-monetization/live-ledger-checkpoint' version 2" + Reads, Refuse(Small(), d => d["version"] = 2));
    }

    [Fact]
    public void Restore_RefusesACheckpointWhoseFirstReceiverIsNotTheHost()
    {
        const string Expected = Refused + "its first receiver must be the host (receiver id 0).";
        Assert.Equal(Expected, Refuse(Small(), d => d["receivers"] = new JsonArray()));
        Assert.Equal(Expected, Refuse(Small(), d => d["receivers"]![0]!["receiverId"] = 7002));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    public void Restore_RefusesRejectionCountersNoVersionWrote(int count)
    {
        var message = Refuse(Small(), d => d["rejections"] = new JsonArray(Enumerable.Repeat(0, count).Select(z => (JsonNode)z).ToArray()));

        Assert.Equal(Refused + string.Create(CultureInfo.InvariantCulture, $"it has {count} rejection counters; expected 7 to 8."), message);
    }

    [Fact]
    public void Restore_OfACheckpointWrittenBeforeTheLastRejectionReason_CountsItFromZero()
    {
        var doc = Small();
        doc["rejections"] = new JsonArray(1, 0, 0, 0, 0, 0, 0);

        var restored = LiveLedger.Restore(doc.ToJsonString(), Card);

        var rejected = restored.GetSummary().DataQuality.RejectedByReason;
        Assert.Equal(1, rejected[LiveEventRejection.MissingTimestamp]);
        Assert.False(rejected.ContainsKey(LiveEventRejection.TotalOutOfRange));
        Assert.Equal(8, JsonNode.Parse(restored.SaveCheckpoint())!["rejections"]!.AsArray().Count);
    }

    [Fact]
    public void Checkpoint_ListsFollowersAndOrderDependentGiftsInAscendingOrder_SoOneStateAlwaysWritesOneText()
    {
        var ledger = NewLedger();
        foreach (var follower in new long[] { 30, 10, 20 })
        {
            ledger.Record(new FollowEvent { SenderId = follower, Timestamp = T0 });
        }

        foreach (var (sender, gift, receiver) in new[] { (7L, 5655L, 7002L), (9L, 7934L, 0L), (9L, 5655L, 0L), (8L, 5655L, 0L) })
        {
            var frame = Rose(sender, 2, end: true, atSeconds: 30, group: 0, receiver: receiver) with { GiftId = gift };
            ledger.Record(frame);
            ledger.Record(frame with { RepeatCount = 1, Timestamp = T0 });
        }

        var doc = JsonNode.Parse(ledger.SaveCheckpoint())!;

        Assert.Equal([10L, 20L, 30L], doc["followers"]!.AsArray().Select(f => f!.GetValue<long>()));
        Assert.Equal(
            [(0, 8L, 5655L), (0, 9L, 5655L), (0, 9L, 7934L), (1, 7L, 5655L)],
            doc["orderDependent"]!.AsArray().Select(o => (o!["receiver"]!.GetValue<int>(), o["sender"]!.GetValue<long>(), o["gift"]!.GetValue<long>())));
        Assert.Equal(Everything(ledger.GetSummary()), Everything(LiveLedger.Restore(doc.ToJsonString(), Card).GetSummary()));
    }

    [Theory]
    [InlineData("receivers", "receiverId", 7002, "receiver 7002 appears twice")]
    [InlineData("gifters", "senderId", 1, "gifter 1 appears twice")]
    [InlineData("gifters", "senderId", 0, "gifter 0 appears twice")]
    [InlineData("gifts", "giftId", 5655, "gift 5655 appears twice")]
    [InlineData("gifts", "giftId", 0, "gift 0 appears twice")]
    [InlineData("minutes", "minute", -1, "minute -1 appears twice")]
    public void Restore_RefusesARowThatAppearsTwice(string table, string key, long id, string expected)
    {
        // Rows of zeros, so that the totals still add up and only the repeated key is wrong. A key of 0 (-1 for a
        // minute) is the row that folds what is beyond a limit, of which there is one at most: two of them go first
        // in the table, where no ledger writes one, so that the first one's position cannot pass for no row.
        var doc = Rich();
        var rows = doc[table]!.AsArray();
        if (id == (table == "minutes" ? -1 : 0))
        {
            rows.Insert(0, Zeros(rows[0]!, key, id));
            rows.Insert(0, Zeros(rows[0]!, key, id));
        }
        else
        {
            rows.Add(Zeros(rows[0]!, key, id));
        }

        Assert.Equal(Refused + expected + ".", Refuse(doc, _ => { }));
    }

    [Fact]
    public void Restore_RefusesAMinuteThatAppearsTwice()
    {
        var doc = Rich();
        var rows = doc["minutes"]!.AsArray();
        var minute = rows[0]!["minute"]!.GetValue<long>();
        rows.Add(Zeros(rows[0]!, "minute", minute));

        Assert.Equal(Refused + string.Create(CultureInfo.InvariantCulture, $"minute {minute} appears twice."), Refuse(doc, _ => { }));
    }

    [Theory]
    [InlineData(nameof(LiveLedgerOptions.MaxGifters), "gifters", 2)]
    [InlineData(nameof(LiveLedgerOptions.MaxGiftIds), "gifts", 2)]
    [InlineData(nameof(LiveLedgerOptions.MaxCoHosts), "receivers (co-hosts)", 2)]
    [InlineData(nameof(LiveLedgerOptions.MaxMinuteRows), "minutes", 2)]
    [InlineData(nameof(LiveLedgerOptions.MaxFollowers), "followers", 2)]
    [InlineData(nameof(LiveLedgerOptions.MaxViewerSamples), "viewers", 6)]
    public void Restore_RefusesMoreRowsThanTheLedgersLimit_AndTakesAsManyAsTheLimit(string option, string table, int rows)
    {
        var checkpoint = Rich().ToJsonString();

        var error = Assert.Throws<FormatException>(() => LiveLedger.Restore(checkpoint, Card, options: Limit(option, rows - 1)));
        Assert.Equal(Refused + string.Create(CultureInfo.InvariantCulture, $"{table} has {rows} rows; this ledger keeps at most {rows - 1} ({option}): restore it with options that allow as many."), error.Message);

        var restored = LiveLedger.Restore(checkpoint, Card, options: Limit(option, rows));
        Assert.Equal(Everything(RichLedger().GetSummary()), Everything(restored.GetSummary()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Restore_RefusesAnOrderDependentGiftToAReceiverTheCheckpointDoesNotHave(int receiver)
    {
        var message = Refuse(Rich(), d => d["orderDependent"]![0]!["receiver"] = receiver);

        Assert.Equal(Refused + "orderDependent names sender 1, gift 5655 twice or a receiver the checkpoint does not have.", message);
    }

    [Fact]
    public void Restore_RefusesAnOrderDependentGiftListedTwice()
    {
        var message = Refuse(Rich(), d =>
        {
            var rows = d["orderDependent"]!.AsArray();
            rows.Add(rows[0]!.DeepClone());
            d["counters"]!["orderDependent"] = 3;
        });

        Assert.Equal(Refused + "orderDependent names sender 1, gift 5655 twice or a receiver the checkpoint does not have.", message);
    }

    [Theory]
    [InlineData("Free")]
    [InlineData("99")]
    [InlineData("Bogus")]
    [InlineData(null)]
    public void Restore_RefusesAStreakInAStateNoLedgerWrites(string? state)
    {
        // 'Free' marks an unused slot, which is never written; '99' parses as a number but is no state; null: no state at all.
        var message = Refuse(Rich(), d =>
        {
            var streak = d["streaks"]![0]!.AsObject();
            if (state is null)
            {
                streak.Remove("state");
            }
            else
            {
                streak["state"] = state;
            }
        });

        Assert.Equal(Refused + $"a streak has the unknown state '{state}'.", message);
    }

    [Theory]
    [InlineData(0, "receiver", -1)]
    [InlineData(0, "receiver", 3)]
    [InlineData(0, "giftSlot", -1)]
    [InlineData(0, "giftSlot", 2)]
    [InlineData(0, "gifter", -2)]
    [InlineData(0, "gifter", 2)]
    [InlineData(0, "gifter", -1)]
    [InlineData(2, "gifter", 0)]
    [InlineData(2, "receiver", -1)]
    [InlineData(2, "receiver", 3)]
    public void Restore_RefusesAStreakThatPointsAtARowTheCheckpointDoesNotHave(int streak, string field, int value)
    {
        // Rich() has receivers 0 to 2, gift rows 0 and 1, gifter rows 0 and 1. A streak to the host has a gifter row; a
        // streak to a co-host has none (-1). A host streak moved to another receiver is also refused for its gifter row,
        // so the receiver's own range (below 0, or the receivers' count) is tried on a co-host's streak, whose gifter
        // row of -1 agrees with any receiver but the host.
        var doc = Rich();
        Assert.Equal(streak == 0 ? 0 : 1, doc["streaks"]![streak]!["receiver"]!.GetValue<int>());

        var message = Refuse(doc, d => d["streaks"]![streak]![field] = value);

        Assert.Equal(Refused + "a streak refers to a receiver, gift or gifter that the checkpoint does not have.", message);
    }

    [Fact]
    public void Restore_RefusesAStreakListedTwice()
    {
        var message = Refuse(Rich(), d =>
        {
            var streaks = d["streaks"]!.AsArray();
            streaks.Add(streaks[0]!.DeepClone());
        });

        Assert.Equal(Refused + "the streak of sender 1, gift 5655, group 1 appears twice.", message);
    }

    [Fact]
    public void AnOpenStreak_GoesOnClosingAfterARestore()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 3, atSeconds: 0));
        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card);

        restored.Flush();

        var summary = restored.GetSummary();
        Assert.Equal((new Coins(3), new Coins(3), 0), (summary.Host.Coins, summary.Host.SettledCoins, summary.Host.OpenStreaks));
        Assert.Equal(1, summary.DataQuality.StreaksClosedAtFlush);
    }

    [Fact]
    public void ClosedStreaks_AreForgottenInTheOrderTheyClosed_AfterARestore()
    {
        // The first streak closed at 0 s, the second at 50 s; with a minute's retention, at 75 s only the first is past it.
        var ledger = NewLedger(OneMinute);
        ledger.Record(Lion(1, atSeconds: 0, group: 1) with { RepeatEnd = true });
        ledger.Record(Lion(2, atSeconds: 50, group: 2) with { RepeatEnd = true });
        var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), Card, options: OneMinute);

        foreach (var copy in new[] { ledger, restored })
        {
            for (var second = 55; second <= 75; second += 5)
            {
                copy.Record(new ViewerCountEvent { Viewers = 1, Timestamp = T0.AddSeconds(second) });
            }

            var streaks = JsonNode.Parse(copy.SaveCheckpoint())!["streaks"]!.AsArray();
            Assert.Equal([2L], streaks.Select(s => s!["sender"]!.GetValue<long>()));
        }
    }

    [Fact]
    public void Restore_OfAnOlderCheckpointWithoutPreviousStreaks_HasNone()
    {
        var doc = Rich();
        foreach (var streak in doc["streaks"]!.AsArray())
        {
            foreach (var field in new[] { "previousCount", "previousFirstTicks", "previousLastTicks" })
            {
                streak!.AsObject().Remove(field);
            }
        }

        var saved = JsonNode.Parse(LiveLedger.Restore(doc.ToJsonString(), Card).SaveCheckpoint())!;

        Assert.All(saved["streaks"]!.AsArray(), s => Assert.Equal(-1, s!["previousCount"]!.GetValue<long>()));
    }

    [Fact]
    public void Restore_OfAnOlderCheckpointWithoutRoomTotals_HasNone()
    {
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { Count = 15, Timestamp = T0 });
        var doc = JsonNode.Parse(ledger.SaveCheckpoint())!;
        foreach (var field in new[] { "lowestRoomTotal", "lowestRoomTotalMessage", "highestRoomTotal" })
        {
            doc["likes"]!.AsObject().Remove(field);
        }

        var likes = LiveLedger.Restore(doc.ToJsonString(), Card).GetSummary().Likes;

        Assert.Equal(15, likes.MessageLikes);
        Assert.Null(likes.RoomTotal);
        Assert.Null(likes.RoomLikesSinceConnected);
    }

    /// <summary>The message of the <see cref="FormatException"/> that restoring the changed checkpoint throws.</summary>
    private static string Refuse(JsonNode doc, Action<JsonNode> change)
    {
        change(doc);
        return Assert.Throws<FormatException>(() => LiveLedger.Restore(doc.ToJsonString(), Card)).Message;
    }

    private static JsonNode Small()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true));
        return JsonNode.Parse(ledger.SaveCheckpoint())!;
    }

    /// <summary>
    /// Two of everything a limit bounds (gifters, gift ids, co-hosts, minutes, followers) and six viewer counts; an
    /// order-dependent frame of sender 1's Roses to the host, and one to the first co-host.
    /// </summary>
    private static LiveLedger RichLedger()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2, end: true, atSeconds: 0));
        ledger.Record(Lion(2, atSeconds: 70));
        ledger.Record(Rose(3, 1, end: true, atSeconds: 1, group: 3, receiver: 7002));
        ledger.Record(Rose(3, 1, end: true, atSeconds: 2, group: 4, receiver: 7003));
        ledger.Record(Rose(1, 2, end: true, atSeconds: 30, group: 0));
        ledger.Record(Rose(1, 1, end: true, atSeconds: 5, group: 0));
        ledger.Record(Rose(5, 2, end: true, atSeconds: 40, group: 0, receiver: 7002));
        ledger.Record(Rose(5, 1, end: true, atSeconds: 20, group: 0, receiver: 7002));
        for (var i = 0; i < 6; i++)
        {
            ledger.Record(new ViewerCountEvent { Viewers = 10 + i, Timestamp = T0.AddSeconds(10 * i) });
        }

        ledger.Record(new FollowEvent { SenderId = 8, Timestamp = T0 });
        ledger.Record(new FollowEvent { SenderId = 9, Timestamp = T0 });
        return ledger;
    }

    private static JsonNode Rich() => JsonNode.Parse(RichLedger().SaveCheckpoint())!;

    /// <summary>A copy of <paramref name="row"/> with the given key and every count and total zero.</summary>
    private static JsonNode Zeros(JsonNode row, string key, long id)
    {
        var copy = row.DeepClone().AsObject();
        foreach (var field in new[] { "coins", "settledCoins", "gifts", "unpricedGifts", "coHostUnpricedGifts" }.Where(copy.ContainsKey))
        {
            copy[field] = 0;
        }

        copy[key] = id;
        return copy;
    }

    private static LiveLedgerOptions Limit(string option, int value)
    {
        var options = new LiveLedgerOptions();
        typeof(LiveLedgerOptions).GetProperty(option)!.SetValue(options, value);
        return options;
    }
}
