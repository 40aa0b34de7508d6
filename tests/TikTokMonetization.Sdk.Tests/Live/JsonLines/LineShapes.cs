using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TikTokMonetization.Tests;

/// <summary>A made-up JSON Lines line, near the plain shape or just off it; shown as its text.</summary>
public sealed record EventLineText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// Lines for the JSON Lines reader's laws: every field of the format (and a few that are not), in any order, some twice
/// or missing, each value in one of the forms a writer might use or get wrong: numbers plain, negative, quoted, with
/// leading zeros, a fraction, an exponent or too many digits; strings with escapes, pairs and lone surrogates,
/// non-ASCII text and control characters; times in every ISO 8601 shape the format names and many it does not, and in
/// Unix milliseconds at the edges of the allowed range; spaces, tabs or none between tokens; trailing text.
/// </summary>
public static class LineShapes
{
    private static readonly string[] Names =
    [
        "type", "time", "giftId", "giftName", "giftType", "coins", "senderId", "senderName", "groupId", "repeatCount",
        "repeatEnd", "receiverId", "count", "total", "months",
    ];

    private static readonly string[] OddNames = ["colour", "Type", "gift_id", "", "time ", "t\\u0069me", "senderName\\u0000"];

    private static readonly string[] Types = ["gift", "like", "viewers", "follow", "share", "subscription", "Gift", "raid", "", "gift ", "gi\\u0066t"];

    private static readonly string[] Numbers =
    [
        "0", "1", "2", "3", "5655", "1001", "-1", "-0", "01", "1.0", "1.5", "1e3", "1E+2", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "100000", "100001", "1000000", "1000001", "7234567890123456789", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "99999999999999999999", "1000000000000", "1000000000001",
        "10000000000", "10000000001", "1200", "1201", "+1", "- 1", "0x10", "1_000", "NaN",
    ];

    private static readonly string[] Times =
    [
        "\"2025-03-01T20:00:01Z\"", "\"2025-03-01T20:00:01.25Z\"", "\"2025-03-01T20:00:01.2582471Z\"", "\"2025-03-01T20:00:01.25824712Z\"",
        "\"2025-03-01T20:00:01.Z\"", "\"2025-03-01T20:00:01\"", "\"2025-03-01T20:00\"", "\"2025-03-01T20:00Z\"", "\"2025-03-01T20:00:01+01:00\"",
        "\"2025-03-01T20:00:01.125-05:30\"", "\"2025-03-01T20:00:01+14:00\"", "\"2025-03-01T20:00:01z\"", "\"2025-03-01t20:00:01Z\"",
        "\"2025-03-01 20:00:01Z\"", "\"2025-02-29T20:00:01Z\"", "\"2024-02-29T20:00:01Z\"", "\"2025-04-31T00:00:00Z\"", "\"2025-13-01T00:00:00Z\"",
        "\"2025-00-01T00:00:00Z\"", "\"2025-03-00T00:00:00Z\"", "\"2025-03-01T24:00:00Z\"", "\"2025-03-01T23:60:00Z\"", "\"2025-03-01T23:59:60Z\"",
        "\"2015-12-31T23:59:59.9999999Z\"", "\"2016-01-01T00:00:00Z\"", "\"2099-12-31T23:59:59.9999999Z\"", "\"2100-01-01T00:00:00Z\"",
        "\"2016-01-01T00:00:00+01:00\"", "\"2099-12-31T23:30:00-01:00\"", "\"3/1/2025\"", "\"1740859200000\"", "\"\"", "\"2025-03-01T20:00:01Z \"",
        "\"2025-03-01T20:00:01\\u005A\"", "\"２０２５-03-01T20:00:01Z\"", "1740859200000", "1740859200000.0", "1.7408592e12", "1740859200",
        "1740859200000000", "1451606400000", "1451606399999", "4102444799999", "4102444800000", "-1740859200000", "0", "null", "true",
    ];

    private static readonly string[] Texts =
    [
        "\"ana\"", "\"Rose\"", "\"\"", "\"TikTok Universe\\u002B\"", "\"a\\\"b\"", "\"back\\\\slash\"", "\"sl\\/ash\"", "\"tab\\tnew\\nline\\r\\b\\f\"",
        "\"\\u00e9t\\u00C9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00x\"", "\"\\ud83dx\\ude00\"", "\"\\u12\"", "\"\\x41\"", "\"é😀ñ\"",
        "\"\\u0000\"", "\"\u001b[2J\"", "\"a\tb\"", "\"\u202Eevil\"", "\"" + new string('n', 256) + "\"", "\"" + new string('n', 257) + "\"",
        "\"" + new string('é', 200) + "\"", "\"" + string.Concat(Enumerable.Repeat("😀", 128)) + "\"", "\"" + string.Concat(Enumerable.Repeat("😀", 129)) + "\"",
        "5", "null", "true", "[]", "{}",
    ];

    private static readonly string[] Flags = ["true", "false", "0", "1", "2", "-1", "\"true\"", "\"1\"", "1.0", "null", "True", "truex"];

    private static readonly string[] Spaces = ["", "", "", "", "", "", " ", "\t", "  "];

    private static readonly string[] Starts = ["", "", "", "", " ", "\t", "\u00a0", "\v", "\uFEFF"];

    private static readonly string[] Ends = ["", "", "", "", " ", "\t", ",", "}", " x", "\u00a0", "]"];

    private static readonly Dictionary<string, string[]> FieldsOf = new()
    {
        ["gift"] = ["giftId", "giftName", "giftType", "coins", "senderId", "senderName", "groupId", "repeatCount", "repeatEnd", "receiverId"],
        ["like"] = ["senderId", "senderName", "count", "total"],
        ["viewers"] = ["count"],
        ["follow"] = ["senderId", "senderName"],
        ["share"] = ["senderId", "senderName"],
        ["subscription"] = ["senderId", "senderName", "months"],
    };

    private static readonly Dictionary<string, string> Good = new()
    {
        ["giftId"] = "5655",
        ["giftName"] = "\"Rose\"",
        ["giftType"] = "1",
        ["coins"] = "1",
        ["senderId"] = "\"1001\"",
        ["senderName"] = "\"ana\"",
        ["groupId"] = "101",
        ["repeatCount"] = "2",
        ["repeatEnd"] = "false",
        ["receiverId"] = "0",
        ["count"] = "5",
        ["total"] = "100",
        ["months"] = "3",
    };

    /// <summary>A valid line of one type with zero to three changes: a value replaced, a field added, repeated or dropped.</summary>
    public static Arbitrary<EventLineText> Lines() =>
        (from type in Gen.Elements(FieldsOf.Keys.ToArray())
         from optional in Gen.Choose(0, 4_095)
         from changes in Gen.ArrayOf(Gen.Choose(0, 100_000), 6)
         from count in Gen.Choose(0, 3)
         from goodTime in Gen.Elements(Times.Take(3).Append("1740859200000").ToArray())
         from spaces in Gen.ArrayOf(Gen.Elements(Spaces), 40)
         from start in Gen.Elements(Starts)
         from end in Gen.Elements(Ends)
         from order in Gen.Choose(0, 1_000)
         select new EventLineText(Build(type, optional, changes.Take(count).ToArray(), goodTime, spaces, start, end, order))).ToArbitrary();

    private static string Build(string type, int optional, int[] changes, string time, string[] spaces, string start, string end, int order)
    {
        var members = new List<(string Name, string Value)> { ("type", "\"" + type + "\""), ("time", time) };
        var fields = FieldsOf[type];
        for (var f = 0; f < fields.Length; f++)
        {
            // The fields a type needs are there unless a change drops them.
            if ((optional & (1 << f)) != 0 || fields[f] is "giftId" or "senderId" or "count")
            {
                members.Add((fields[f], Good[fields[f]]));
            }
        }

        foreach (var change in changes)
        {
            var at = change % members.Count;
            var pick = change / 7;
            switch (change % 5)
            {
                case 0 or 1:
                    members[at] = (members[at].Name, ValueFor(members[at].Name, pick));
                    break;
                case 2:
                    var name = pick % 4 == 0 ? OddNames[pick % OddNames.Length] : Names[pick % Names.Length];
                    members.Add((name, ValueFor(name, pick)));
                    break;
                case 3:
                    members.Add(members[at]);
                    break;
                default:
                    members.RemoveAt(at);
                    break;
            }
        }

        var random = new Random(order);
        var shuffled = order % 3 == 0 ? members.OrderBy(_ => random.Next()).ToList() : members;
        var s = 0;
        string Space() => spaces[s++ % spaces.Length];
        return start + "{" + Space() + string.Join(Space() + "," + Space(), shuffled.Select(m => $"\"{m.Name}\"{Space()}:{Space()}{m.Value}")) + Space() + "}" + end;
    }

    private static string ValueFor(string name, int pick) => name switch
    {
        "type" => "\"" + Types[pick % Types.Length] + "\"",
        "time" => Times[pick % Times.Length],
        "giftName" or "senderName" => Texts[pick % Texts.Length],
        "repeatEnd" => Flags[pick % Flags.Length],
        _ => pick % 5 == 0 ? "\"" + Numbers[pick % Numbers.Length] + "\"" : pick % 7 == 0 ? Texts[pick % Texts.Length] : Numbers[pick % Numbers.Length],
    };

    /// <summary>A whole session: lines of <see cref="Lines"/> joined by any of the line breaks, some blank.</summary>
    public static string Session(IEnumerable<EventLineText> lines, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(random.Next(12) == 0 ? "  " : line.Text).Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }

        return text.ToString();
    }
}
