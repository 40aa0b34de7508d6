using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// One line of a recorded session in JSON Lines (see <c>docs/live-ledger.md</c>): a <c>type</c>, a <c>time</c> (ISO 8601
/// text or Unix milliseconds) and the fields of that event type. Ids may be JSON numbers or strings of digits, because
/// JavaScript cannot hold 64-bit ids as numbers.
/// </summary>
internal sealed class LiveEventLine
{
    public string? Type { get; set; }

    [JsonConverter(typeof(StrictTimestampConverter))]
    public DateTimeOffset? Time { get; set; }

    public long? GiftId { get; set; }

    public string? GiftName { get; set; }

    public int? GiftType { get; set; }

    /// <summary>The gift's unit price in coins.</summary>
    public int? Coins { get; set; }

    public long? SenderId { get; set; }

    public string? SenderName { get; set; }

    public long? GroupId { get; set; }

    public int? RepeatCount { get; set; }

    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? RepeatEnd { get; set; }

    public long? ReceiverId { get; set; }

    /// <summary>Likes in the message, or viewers in the room.</summary>
    public long? Count { get; set; }

    /// <summary>The room's total likes.</summary>
    public long? Total { get; set; }

    public int? Months { get; set; }
}

/// <summary>
/// Source-generated JSON metadata for one recorded-session line: camelCase, ids readable from strings, unknown properties
/// and a property given twice are errors (a duplicate "coins" must not silently replace the first), and nesting is at most
/// 4 deep (a line is one flat object).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = 4,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveEventLine))]
internal sealed partial class LiveEventLineJsonContext : JsonSerializerContext
{
}

/// <summary>
/// Reads a time strictly: ISO 8601 text (<c>2025-03-01T20:00:00Z</c>, UTC when it has no offset) or Unix milliseconds,
/// both between 2016 and 2100 (TikTok LIVE began after 2016). Culture-dependent text such as <c>3/1/2025</c> is refused,
/// and a number in Unix seconds or microseconds is refused with that hint instead of being read as a date in 1970 or 50000.
/// </summary>
internal sealed class StrictTimestampConverter : JsonConverter<DateTimeOffset?>
{
    internal const long MinMilliseconds = 1_451_606_400_000; // 2016-01-01T00:00:00Z
    internal const long MaxMilliseconds = 4_102_444_800_000; // 2100-01-01T00:00:00Z

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var milliseconds):
                return FromMilliseconds(milliseconds);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (IsIso8601(text)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                {
                    return time >= DateTimeOffset.FromUnixTimeMilliseconds(MinMilliseconds) && time < DateTimeOffset.FromUnixTimeMilliseconds(MaxMilliseconds)
                        ? time
                        : throw new JsonException($"'time' is {SafeText.Quote(text)}; it must be between 2016-01-01 and 2100-01-01.");
                }

                throw new JsonException($"'time' is {SafeText.Quote(text)}; expected ISO 8601 such as '2025-03-01T20:00:00Z' (date, 'T', time, optional fraction and offset) or Unix milliseconds.");
            default:
                throw new JsonException("'time' must be ISO 8601 text such as '2025-03-01T20:00:00Z' or a whole number of Unix milliseconds.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteStringValue(time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset FromMilliseconds(long milliseconds)
    {
        if (milliseconds is >= MinMilliseconds and < MaxMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        var text = milliseconds.ToString(CultureInfo.InvariantCulture);
        var hint = milliseconds is >= MinMilliseconds / 1000 and < MaxMilliseconds / 1000
            ? " It looks like Unix seconds: multiply by 1000."
            : milliseconds is >= MinMilliseconds * 1000 and < MaxMilliseconds * 1000
                ? " It looks like Unix microseconds: divide by 1000."
                : string.Empty;
        throw new JsonException($"'time' is {text}; Unix milliseconds must be from {MinMilliseconds} (2016-01-01) to {MaxMilliseconds - 1} (2099-12-31).{hint}");
    }

    /// <summary>The shape <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]][Z|±hh:mm]</c>; the parser then checks the values.</summary>
    private static bool IsIso8601(string text)
    {
        const string Date = "dddd-dd-ddTdd:dd";
        if (text.Length < Date.Length)
        {
            return false;
        }

        for (var i = 0; i < Date.Length; i++)
        {
            if (Date[i] == 'd' ? !IsDigit(text[i]) : text[i] != Date[i])
            {
                return false;
            }
        }

        var p = Date.Length;
        if (p + 2 < text.Length && text[p] == ':' && IsDigit(text[p + 1]) && IsDigit(text[p + 2]))
        {
            p += 3;
            if (p < text.Length && text[p] == '.')
            {
                var start = ++p;
                while (p < text.Length && IsDigit(text[p]))
                {
                    p++;
                }

                if (p - start is < 1 or > 7)
                {
                    return false;
                }
            }
        }

        var rest = text.Length - p;
        return rest == 0
            || (rest == 1 && text[p] == 'Z')
            || (rest == 6 && text[p] is '+' or '-' && IsDigit(text[p + 1]) && IsDigit(text[p + 2]) && text[p + 3] == ':' && IsDigit(text[p + 4]) && IsDigit(text[p + 5]));
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}

/// <summary>Reads <c>true</c>/<c>false</c> or 0/1 (TikTok-Live-Connector's legacy <c>repeat_end</c>); writes a boolean.</summary>
internal sealed class FlexibleBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
        _ => throw new JsonException("'repeatEnd' must be true, false, 0 or 1."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
