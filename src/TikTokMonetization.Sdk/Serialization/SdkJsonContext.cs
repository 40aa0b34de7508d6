using System.Text.Json.Serialization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Serialization;

/// <summary>Source-generated (trim-safe, reflection-free) JSON metadata for the SDK's document types. A key given twice is an error, not "last one wins".</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    MaxDepth = InputLimits.MaxSnapshotDepth,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CoinsJsonConverter), typeof(DiamondsJsonConverter), typeof(MoneyJsonConverter)])]
[JsonSerializable(typeof(CreatorSnapshot))]
[JsonSerializable(typeof(CreatorSnapshotDocument))]
internal sealed partial class SdkJsonContext : JsonSerializerContext
{
}
