using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TikTokMonetization.Live;

/// <summary>Reads a time as ISO 8601 text (UTC when it has no offset) or as Unix milliseconds; writes ISO 8601 in UTC.</summary>
internal sealed class FlexibleTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var milliseconds):
                return milliseconds is >= 0 and <= 253_402_300_799_999L
                    ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                    : throw new JsonException($"'time' is {milliseconds}; Unix milliseconds must be from 0 to 253402300799999.");
            case JsonTokenType.String:
                var text = reader.GetString();
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                    ? time
                    : throw new JsonException($"'time' is '{text}'; expected ISO 8601 such as '2025-03-01T20:00:00Z' or Unix milliseconds.");
            default:
                throw new JsonException("'time' must be ISO 8601 text such as '2025-03-01T20:00:00Z' or a number of Unix milliseconds.");
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
