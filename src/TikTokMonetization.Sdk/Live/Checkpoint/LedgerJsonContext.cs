using System.Text.Json.Serialization;

namespace TikTokMonetization.Live;

/// <summary>
/// Source-generated (trim-safe, reflection-free) JSON metadata for the ledger's checkpoints and recorded-session lines,
/// kept apart from the snapshot documents' context. Unknown properties are errors, so a misspelt field is reported.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LedgerCheckpointDocument))]
[JsonSerializable(typeof(LiveEventLine))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext
{
}
