using System.Text;
using System.Text.Json;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Serialization;

/// <summary>
/// Reads and writes <see cref="CreatorSnapshot"/> as JSON (System.Text.Json with source generation: trim- and AOT-safe).
/// Property names are camelCase, enums are strings, comments and trailing commas are allowed, and an unknown property
/// is an error so that a misspelt field is reported rather than ignored.
/// </summary>
/// <remarks>Every member is thread-safe.</remarks>
public static class CreatorSnapshotJson
{
    /// <summary>Reads and validates a snapshot from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Where the text came from (a file name), used in error messages; optional.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The text is not a snapshot; the exception carries the JSON path, line and position.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed with its JSON path.</exception>
    public static CreatorSnapshot Deserialize(string json, string? sourceName = null)
    {
        Guard.NotNull(json, nameof(json));
        return Read(() => JsonSerializer.Deserialize(json, SdkJsonContext.Default.CreatorSnapshotDocument), sourceName);
    }

    /// <summary>Reads and validates a snapshot from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">Where the stream came from (a file name), used in error messages; optional.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The stream is not a snapshot; the exception carries the JSON path, line and position.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed with its JSON path.</exception>
    public static CreatorSnapshot Deserialize(Stream utf8Json, string? sourceName = null)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        return Read(() => JsonSerializer.Deserialize(utf8Json, SdkJsonContext.Default.CreatorSnapshotDocument), sourceName);
    }

    /// <summary>Reads and validates a snapshot from a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The file is not a snapshot.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed.</exception>
    public static CreatorSnapshot ReadFile(string path)
    {
        Guard.NotNull(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Deserialize(stream, path);
    }

    /// <summary>Writes a snapshot as indented JSON.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text; <see cref="Deserialize(string, string?)"/> reads it back to an equal snapshot.</returns>
    public static string Serialize(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        return JsonSerializer.Serialize(snapshot, SdkJsonContext.Default.CreatorSnapshot);
    }

    private static CreatorSnapshot Read(Func<CreatorSnapshotDocument?> read, string? sourceName)
    {
        CreatorSnapshotDocument? document;
        try
        {
            document = read();
        }
        catch (JsonException ex)
        {
            var where = new StringBuilder(sourceName ?? "creator snapshot");
            if (ex.Path is not null)
            {
                where.Append(": ").Append(ex.Path);
            }

            if (ex.LineNumber is { } line)
            {
                where.Append(" (line ").Append(line + 1).Append(", position ").Append((ex.BytePositionInLine ?? 0) + 1).Append(')');
            }

            throw new CreatorSnapshotFormatException(
                $"{where}: {Describe(ex)}",
                ex.Path,
                ex.LineNumber + 1,
                ex.BytePositionInLine + 1,
                ex);
        }

        if (document is null)
        {
            throw new CreatorSnapshotFormatException($"{sourceName ?? "creator snapshot"}: the JSON is 'null'; expected an object.", "$", null, null, null);
        }

        var snapshot = document.ToSnapshot();
        var problems = snapshot.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidCreatorSnapshotException(problems, sourceName ?? "JSON");
        }

        return snapshot;
    }

    private static string Describe(JsonException ex)
    {
        // The serializer ends some messages with its own position, counted from 0; the caller already gives it from 1.
        var message = ex.Message;
        var suffix = $" Path: {ex.Path} | LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}.";
        if (message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message.Substring(0, message.Length - suffix.Length);
        }

        return CreatorSnapshotDocument.UsePublicTypeNames(message);
    }
}
