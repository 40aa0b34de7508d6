using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TikTokMonetization.Cli;

/// <summary>Writes the <c>--format json</c> documents (source-generated System.Text.Json; the schema is in docs/cli.md).</summary>
internal static class CliJson
{
    /// <summary>The version of the documents' shape: it changes only when a field is renamed or removed, never when one is added.</summary>
    public const int SchemaVersion = 1;

    // Relaxed escaping keeps sources readable ("×", "'", "US$"); the documents go to scripts and terminals, never into HTML.
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write<T>(TextWriter output, T document, JsonTypeInfo<T> type) => output.WriteLine(JsonSerializer.Serialize(document, type));
}

/// <summary>The serializer metadata of every document the tool writes.</summary>
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(EligibilityDocument))]
[JsonSerializable(typeof(LikesDocument))]
[JsonSerializable(typeof(ProjectionDocument))]
[JsonSerializable(typeof(GoalDocument))]
[JsonSerializable(typeof(LiveReplayDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
