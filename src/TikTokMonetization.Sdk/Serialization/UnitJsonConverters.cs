using System.Text.Json;
using System.Text.Json.Serialization;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Serialization;

/// <summary>Reads and writes <see cref="Coins"/> as a JSON number.</summary>
internal sealed class CoinsJsonConverter : JsonConverter<Coins>
{
    public override Coins Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Coins value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>Reads and writes <see cref="Diamonds"/> as a JSON number.</summary>
internal sealed class DiamondsJsonConverter : JsonConverter<Diamonds>
{
    public override Diamonds Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Diamonds value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>Reads <see cref="Money"/> from <c>"12.34 USD"</c> or <c>{ "amount": 12.34, "currency": "USD" }</c>; writes the object form.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            return Money.TryParse(text, out var parsed)
                ? parsed
                : throw new JsonException($"{SafeText.Quote(text)} is not money; expected an amount and an ISO 4217 code such as \"12.34 USD\".");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money must be a string such as \"12.34 USD\" or an object such as { \"amount\": 12.34, \"currency\": \"USD\" }.");
        }

        decimal? amount = null;
        string? code = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (string.Equals(property, "amount", StringComparison.OrdinalIgnoreCase))
            {
                amount = amount is null ? reader.GetDecimal() : throw Duplicate(property);
            }
            else if (string.Equals(property, "currency", StringComparison.OrdinalIgnoreCase))
            {
                code = code is null ? reader.GetString() : throw Duplicate(property);
            }
            else
            {
                throw new JsonException($"Money has no property {SafeText.Quote(property)}; it has 'amount' and 'currency'.");
            }
        }

        if (amount is null || code is null)
        {
            throw new JsonException("Money needs both 'amount' and 'currency'.");
        }

        return Currency.TryFromCode(code, out var currency)
            ? new Money(amount.Value, currency)
            : throw new JsonException($"{SafeText.Quote(code)} is not an ISO 4217 currency code the SDK knows.");
    }

    private static JsonException Duplicate(string? property) =>
        new($"Money has the property {SafeText.Quote(property)} twice; each property may appear once.");

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
