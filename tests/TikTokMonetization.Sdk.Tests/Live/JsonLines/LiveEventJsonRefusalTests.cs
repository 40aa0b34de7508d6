using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// Every refusal of a recorded line, word for word, at each limit exactly and one past it; the fields each event type
/// has and has not; the defaults of the optional fields; and what the writer leaves out.
/// </summary>
public sealed class LiveEventJsonRefusalTests
{
    private const string Time = "\"time\":\"2025-03-01T20:00:00Z\"";

    public static TheoryData<string, string, string> ForeignFields()
    {
        var fields = new (string Type, string[] Has, string Required)[]
        {
            ("gift", ["giftId", "giftName", "giftType", "coins", "senderId", "senderName", "groupId", "repeatCount", "repeatEnd", "receiverId"], "\"giftId\":5655,\"senderId\":1,"),
            ("like", ["senderId", "senderName", "count", "total"], "\"count\":1,"),
            ("viewers", ["count"], "\"count\":1,"),
            ("follow", ["senderId", "senderName"], string.Empty),
            ("share", ["senderId", "senderName"], string.Empty),
            ("subscription", ["senderId", "senderName", "months"], string.Empty),
        };
        var values = new Dictionary<string, string>
        {
            ["giftId"] = "1",
            ["giftName"] = "\"Rose\"",
            ["giftType"] = "1",
            ["coins"] = "1",
            ["senderId"] = "2",
            ["senderName"] = "\"ana\"",
            ["groupId"] = "3",
            ["repeatCount"] = "1",
            ["repeatEnd"] = "true",
            ["receiverId"] = "4",
            ["count"] = "5",
            ["total"] = "6",
            ["months"] = "7",
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (type, has, required) in fields)
        {
            foreach (var (field, value) in values)
            {
                if (Array.IndexOf(has, field) < 0)
                {
                    data.Add(
                        $$"""{"type":"{{type}}",{{Time}},{{required}}"{{field}}":{{value}}}""",
                        field,
                        $"'{field}' is not a field of a {type} line; it has 'time', {string.Join(", ", has.Select(h => "'" + h + "'"))}");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForeignFields))]
    public void AFieldTheTypeDoesNotHave_IsNamed_WithTheFieldsItHas(string line, string field, string error)
    {
        Assert.False(LiveEventJson.TryParse(line, out _, out var reason), field);
        Assert.Equal(error, reason);
    }

    [Theory]
    [InlineData("""{"type":"gift",TIME,"giftId":1,"giftName":"Rose","giftType":1,"coins":1,"senderId":2,"senderName":"ana","groupId":3,"repeatCount":1,"repeatEnd":true,"receiverId":4}""")]
    [InlineData("""{"type":"like",TIME,"senderId":2,"senderName":"ana","count":5,"total":6}""")]
    [InlineData("""{"type":"viewers",TIME,"count":5}""")]
    [InlineData("""{"type":"follow",TIME,"senderId":2,"senderName":"ana"}""")]
    [InlineData("""{"type":"share",TIME,"senderId":2,"senderName":"ana"}""")]
    [InlineData("""{"type":"subscription",TIME,"senderId":2,"senderName":"ana","months":7}""")]
    public void EveryFieldOfAType_IsRead(string line) =>
        Assert.True(LiveEventJson.TryParse(line.Replace("TIME", Time, StringComparison.Ordinal), out _, out var error), error);

    [Fact]
    public void OfTwoForeignFields_TheFirstInTheFormatsOrder_IsNamed()
    {
        Assert.False(LiveEventJson.TryParse($$"""{"type":"viewers",{{Time}},"count":1,"months":2,"giftId":3}""", out _, out var error));
        Assert.StartsWith("'giftId' is not a field of a viewers line", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"time":1740859200000,"count":5}""", "'type' is missing; expected gift, like, viewers, follow, share or subscription")]
    [InlineData("""{"type":"viewers","count":5}""", "'time' is missing; expected ISO 8601 text such as '2025-03-01T20:00:00Z' or Unix milliseconds")]
    [InlineData("""{"type":"gift","time":1740859200000,"repeatCount":1}""", "'giftId' is missing")]
    [InlineData("""{"type":"gift","time":1740859200000,"senderId":1}""", "'giftId' is missing")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655}""", "'senderId' is missing")]
    [InlineData("""{"type":"like","time":1740859200000,"total":5}""", "'count' is missing")]
    [InlineData("""{"type":"viewers","time":1740859200000}""", "'count' is missing")]
    [InlineData("""{"type":"like","time":1740859200000,"count":-1}""", "'count' and 'total' must be zero or greater")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1,"total":-1}""", "'count' and 'total' must be zero or greater")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":-1}""", "'count' must be zero or greater")]
    [InlineData("""{"type":"party","time":1740859200000}""", "'type' is 'party'; expected gift, like, viewers, follow, share or subscription")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":100001}""", "'repeatCount' is 100001; it must be at most 100,000 (see docs/input-limits.md)")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"coins":1000001}""", "'coins' is 1000001; a gift's unit price must be at most 1,000,000 coins (see docs/input-limits.md)")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":100001,"coins":1000001}""", "'repeatCount' is 100001; it must be at most 100,000 (see docs/input-limits.md)")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1000001}""", "'count' is 1000001; one like message carries at most 1,000,000 likes (see docs/input-limits.md)")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1,"total":1000000000001}""", "'total' is 1000000000001; a room's like total must be at most 1,000,000,000,000 (see docs/input-limits.md)")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":10000000001}""", "'count' is 10000000001; viewers in a room must be at most 10,000,000,000 (see docs/input-limits.md)")]
    [InlineData("""{"type":"subscription","time":1740859200000,"months":-1}""", "'months' is -1; it must be from 0 to 1,200")]
    [InlineData("""{"type":"subscription","time":1740859200000,"months":1201}""", "'months' is 1201; it must be from 0 to 1,200")]
    public void ARefusedLine_SaysWhy_InFull(string line, string error)
    {
        Assert.False(LiveEventJson.TryParse(line, out _, out var reason));
        Assert.Equal(error, reason);
    }

    [Theory]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":100000,"coins":1000000}""")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1000000,"total":1000000000000}""")]
    [InlineData("""{"type":"like","time":1740859200000,"count":0,"total":0}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":10000000000}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":0}""")]
    [InlineData("""{"type":"subscription","time":1740859200000,"months":0}""")]
    [InlineData("""{"type":"subscription","time":1740859200000,"months":1200}""")]
    public void AValueAtItsLimit_IsRead(string line) =>
        Assert.True(LiveEventJson.TryParse(line, out _, out var error), error);

    [Fact]
    public void ANameOf256Characters_IsRead_And257AreRefused_SenderNameFirst()
    {
        var longest = new string('a', 256);
        var tooLong = longest + "b";

        Assert.True(LiveEventJson.TryParse($$"""{"type":"gift",{{Time}},"giftId":1,"senderId":1,"giftName":"{{longest}}","senderName":"{{longest}}"}""", out _, out var error), error);
        Assert.False(LiveEventJson.TryParse($$"""{"type":"gift",{{Time}},"giftId":1,"senderId":1,"giftName":"{{tooLong}}"}""", out _, out error));
        Assert.Equal("'giftName' is 257 characters long; it must be at most 256 (see docs/input-limits.md)", error);
        Assert.False(LiveEventJson.TryParse($$"""{"type":"gift",{{Time}},"giftId":1,"senderId":1,"giftName":"{{tooLong}}","senderName":"{{tooLong}}x"}""", out _, out error));
        Assert.Equal("'senderName' is 258 characters long; it must be at most 256 (see docs/input-limits.md)", error);
    }

    [Fact]
    public void OptionalFields_TakeTheirDefaults()
    {
        var gift = LiveEventJson.Parse($$"""{"type":"gift",{{Time}},"giftId":5655,"senderId":1}""").AsGift();
        Assert.Equal((0, 0L, 1, false, 0L, (int?)null), (gift.GiftType, gift.GroupId, gift.RepeatCount, gift.RepeatEnd, gift.ReceiverId, gift.UnitPriceCoins));

        var like = LiveEventJson.Parse($$"""{"type":"like",{{Time}},"count":3}""").AsLike();
        Assert.Equal((0L, (string?)null, 3, (long?)null), (like.SenderId, like.SenderName, like.Count, like.RoomTotal));

        Assert.Equal(0L, LiveEventJson.Parse($$"""{"type":"follow",{{Time}}}""").AsFollow().SenderId);
        Assert.Equal(0L, LiveEventJson.Parse($$"""{"type":"share",{{Time}}}""").AsShare().SenderId);
        var subscription = LiveEventJson.Parse($$"""{"type":"subscription",{{Time}}}""").AsSubscription();
        Assert.Equal((0L, 1), (subscription.SenderId, subscription.Months));
    }

    [Theory]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"repeatCount":1,"repeatEnd":false}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"giftName":"Rose","giftType":2,"coins":1,"senderId":1,"senderName":"ana","groupId":7,"repeatCount":3,"repeatEnd":true,"receiverId":9}""")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","count":3}""")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","senderId":4,"senderName":"bo","count":3,"total":10}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:00Z","count":0}""")]
    [InlineData("""{"type":"follow","time":"2025-03-01T20:00:00Z"}""")]
    [InlineData("""{"type":"follow","time":"2025-03-01T20:00:00Z","senderId":4,"senderName":"bo"}""")]
    [InlineData("""{"type":"share","time":"2025-03-01T20:00:00Z"}""")]
    [InlineData("""{"type":"share","time":"2025-03-01T20:00:00Z","senderId":-4}""")]
    [InlineData("""{"type":"subscription","time":"2025-03-01T20:00:00Z","months":1}""")]
    [InlineData("""{"type":"subscription","time":"2025-03-01T20:00:00.125Z","senderId":4,"senderName":"bo","months":0}""")]
    public void Serialize_WritesTheLineBack_LeavingOutTheFieldsAtTheirDefaults(string line) =>
        Assert.Equal(line, LiveEventJson.Serialize(LiveEventJson.Parse(line)));

    [Theory]
    [InlineData("\"hello\"", "the line must be a JSON object of one event, such as {\"type\":\"viewers\",\"time\":\"2025-03-01T20:00:00Z\",\"count\":5} (at $, character 8)")]
    [InlineData("5", "the line must be a JSON object of one event, such as {\"type\":\"viewers\",\"time\":\"2025-03-01T20:00:00Z\",\"count\":5} (at $, character 2)")]
    [InlineData("[1]", "the line must be a JSON object of one event, such as {\"type\":\"viewers\",\"time\":\"2025-03-01T20:00:00Z\",\"count\":5} (at $, character 2)")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":"x"}""", "'count' must be a whole number (at $.count, character 51)")]
    [InlineData("""{"type":5}""", "'type' must be text in quotes (at $.type, character 10)")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5,"colour":1}""", "'colour' is not a field of a LIVE event line (the fields are listed in docs/live-ledger.md) (at $.colour, character 59)")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5,"count":6}""", "'count' appears twice in the line; each field may appear once (at $.count, character 59)")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5}x""", "'x' is invalid after a single JSON value. Expected end of data. (at $, character 50)")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":100000,"coins":1000001}""", "'coins' is 1000001; a gift's unit price must be at most 1,000,000 coins (see docs/input-limits.md)")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1000000,"total":1000000000001}""", "'total' is 1000000000001; a room's like total must be at most 1,000,000,000,000 (see docs/input-limits.md)")]
    public void ALineTheSerializerRefuses_IsToldInTheFilesWords_WithWhereItWent(string line, string error)
    {
        Assert.False(LiveEventJson.TryParse(line, out _, out var reason));
        Assert.Equal(error, reason);
    }

    [Fact]
    public void ALoneSurrogate_IsNamedByItsPlaceInTheLine()
    {
        // Not theory data: xunit's serialization of test cases would replace the lone surrogate.
        Assert.False(LiveEventJson.TryParse("{\"type\":\"follow\",\"time\":1740859200000,\"senderName\":\"a\uD800b\"}", out _, out var error));
        Assert.Equal("character 54 is a lone UTF-16 surrogate (U+D800); the line is not valid Unicode", error);
    }

    [Fact]
    public void TryParse_ALineOfExactlyTheLimit_IsRead_AndOneCharacterMore_IsRefusedUnread()
    {
        var line = """{"type":"viewers","time":1740859200000,"count":5}""";

        Assert.True(LiveEventJson.TryParse(line.PadRight(65_536), out _, out var error), error);
        Assert.False(LiveEventJson.TryParse(line.PadRight(65_537), out _, out error));
        Assert.Equal("the line is 65,537 characters long; a line may be at most 65,536 (see docs/input-limits.md)", error);
    }

    [Fact]
    public void Parse_ARefusedLine_ThrowsAFormatException_SayingWhy()
    {
        var error = Assert.Throws<FormatException>(() => LiveEventJson.Parse("""{"type":"viewers"}"""));
        Assert.Equal("Not a LIVE event line: 'time' is missing; expected ISO 8601 text such as '2025-03-01T20:00:00Z' or Unix milliseconds", error.Message);
    }

    [Fact]
    public void TryParse_ANullLine_IsRefusedByName() =>
        Assert.Equal("line", Assert.Throws<ArgumentNullException>(() => LiveEventJson.TryParse(null!, out _, out _)).ParamName);

    [Fact]
    public void Serialize_AnEventOfNoKind_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => LiveEventJson.Serialize(default));
        Assert.Equal("An event of kind None cannot be written. (Parameter 'e')", error.Message);
    }
}
