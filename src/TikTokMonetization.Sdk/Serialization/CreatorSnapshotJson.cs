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
    /// <param name="json">The JSON text, at most 1 MiB (see docs/input-limits.md).</param>
    /// <param name="sourceName">Where the text came from (a file name), used in error messages; optional.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The text is not a snapshot; the exception carries the JSON path, line and position.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed with its JSON path.</exception>
    public static CreatorSnapshot Deserialize(string json, string? sourceName = null)
    {
        Guard.NotNull(json, nameof(json));
        if (json.Length > InputLimits.MaxSnapshotBytes)
        {
            throw TooLarge(sourceName, json.Length, "characters");
        }

        // Encoding a lone UTF-16 surrogate to UTF-8 would throw ArgumentException from inside the serializer.
        if (SafeText.LoneSurrogate(json) is { } index)
        {
            throw new CreatorSnapshotFormatException(
                $"{sourceName ?? "creator snapshot"}: character {index + 1} is a lone UTF-16 surrogate (U+{(int)json[index]:X4}); the text is not valid Unicode.",
                null,
                null,
                null,
                null);
        }

        return Read(() => JsonSerializer.Deserialize(json, SdkJsonContext.Default.CreatorSnapshotDocument), sourceName, nameof(json));
    }

    /// <summary>Reads and validates a snapshot from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; at most 1 MiB is read (see docs/input-limits.md).</param>
    /// <param name="sourceName">Where the stream came from (a file name), used in error messages; optional.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The stream is not a snapshot, or is larger than 1 MiB; the exception carries the JSON path, line and position.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed with its JSON path.</exception>
    public static CreatorSnapshot Deserialize(Stream utf8Json, string? sourceName = null)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        var bytes = ReadBounded(utf8Json, sourceName);
        return Read(() => JsonSerializer.Deserialize(bytes, SdkJsonContext.Default.CreatorSnapshotDocument), sourceName, nameof(utf8Json));
    }

    /// <summary>Reads and validates a snapshot from a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The valid snapshot.</returns>
    /// <exception cref="CreatorSnapshotFormatException">The file cannot be read (missing, a directory, not permitted, larger than 1 MiB) or is not a snapshot; the message names the path.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed.</exception>
    public static CreatorSnapshot ReadFile(string path)
    {
        Guard.NotNull(path, nameof(path));
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = ReadBounded(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new CreatorSnapshotFormatException($"{path}: cannot be read as a creator snapshot: {Reason(ex, path)}", null, null, null, ex);
        }

        return Read(() => JsonSerializer.Deserialize(bytes, SdkJsonContext.Default.CreatorSnapshotDocument), path, nameof(path));
    }

    /// <summary>Writes a snapshot as indented JSON.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text; <see cref="Deserialize(string, string?)"/> reads it back to an equal snapshot.</returns>
    public static string Serialize(CreatorSnapshot snapshot)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        return JsonSerializer.Serialize(snapshot, SdkJsonContext.Default.CreatorSnapshot);
    }

    private static CreatorSnapshot Read(Func<CreatorSnapshotDocument?> read, string? sourceName, string parameter)
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
                $"{SafeText.Clean(where.ToString())}: {Describe(ex)}",
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
        var problems = snapshot.ValidateWithLimits();
        if (problems.Count > 0)
        {
            throw new InvalidCreatorSnapshotException(problems, sourceName, jsonPaths: true, parameter);
        }

        return snapshot;
    }

    private static string Reason(Exception ex, string path) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException when Directory.Exists(path) => "it is a directory, not a file",
        UnauthorizedAccessException => "permission denied",
        _ => SafeText.Clean(ex.Message),
    };

    private static byte[] ReadBounded(Stream stream, string? sourceName)
    {
        // Read at most one byte past the limit: a larger input is refused without being read whole.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, InputLimits.MaxSnapshotBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > InputLimits.MaxSnapshotBytes)
            {
                throw TooLarge(sourceName, buffer.Length, "bytes or more");
            }
        }

        return buffer.ToArray();
    }

    private static CreatorSnapshotFormatException TooLarge(string? sourceName, long size, string unit) => new(
        FormattableString.Invariant($"{sourceName ?? "creator snapshot"}: the input is {size:N0} {unit}; a creator snapshot may be at most {InputLimits.MaxSnapshotBytes:N0} bytes (see docs/input-limits.md)."),
        null,
        null,
        null,
        null);

    private static string Describe(JsonException ex)
    {
        // The serializer ends some messages with its own position, counted from 0; the caller already gives it from 1.
        var message = ex.Message;
        var suffix = $" Path: {ex.Path} | LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}.";
        if (message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message.Substring(0, message.Length - suffix.Length);
        }

        return SafeText.Clean(Plain(CreatorSnapshotDocument.UsePublicTypeNames(message), ex.Path));
    }

    private static string Holder(string? parent) => parent is null ? "the creator snapshot" : "'" + parent + "'";

    /// <summary>
    /// The serializer's messages in the words of the file, without .NET type or member names: an unknown or repeated field
    /// is named as the file spells it, with the object it is in, and a value of the wrong kind says what kind the field
    /// takes.
    /// </summary>
    private static string Plain(string message, string? path)
    {
        if (JsonErrorText.IsUnknownField(message))
        {
            // A name the path cannot hold unambiguously (one with "']" in it) is named by the path before the message.
            return JsonErrorText.TrySplitLastField(path, out var parent, out var name)
                ? $"'{name}' is not a field of {Holder(parent)}."
                : "the field at this path is not a field of a creator snapshot.";
        }

        // Only a known field can be reported twice (an unknown one is refused first), so its name is a plain one.
        if (JsonErrorText.IsDuplicateField(message) && JsonErrorText.TrySplitLastField(path, out var holder, out var field))
        {
            return $"'{field}' appears twice in {Holder(holder)}; each field may appear once.";
        }

        return JsonErrorText.TryGetExpectedKind(message, out var kind)
            ? $"the value must be {ValueKinds.InJson(kind, "an ISO 8601 date, such as 2025-03-01") ?? "an object in braces"}."
            : message;
    }
}
