using System.Text.Json;
using System.Text.Json.Serialization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Serialization;

/// <summary>
/// Reads <see cref="AccountKind"/> strictly: one of its names (any letter case), never a number or a comma-separated
/// list. The general string-enum converter accepts both, so <c>"Personal, Business"</c> became a value no rule expects.
/// </summary>
internal sealed class AccountKindJsonConverter : JsonConverter<AccountKind>
{
    private const string Allowed = "'Personal', 'Business' or 'GovernmentOrPolitical'";

    public override AccountKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"accountKind must be text: {Allowed}.");
        }

        var text = reader.GetString();
        foreach (var kind in new[] { AccountKind.Personal, AccountKind.Business, AccountKind.GovernmentOrPolitical })
        {
            if (string.Equals(text, kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new JsonException($"accountKind is {SafeText.Quote(text)}; it must be {Allowed}.");
    }

    public override void Write(Utf8JsonWriter writer, AccountKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
