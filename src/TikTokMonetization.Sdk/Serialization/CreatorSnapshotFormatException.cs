namespace TikTokMonetization.Serialization;

/// <summary>The exception thrown when a creator snapshot's JSON cannot be read: it carries the JSON path, line and position of the offending value.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class CreatorSnapshotFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="CreatorSnapshotFormatException"/> class.</summary>
    /// <param name="message">What is wrong, including where.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.videos.views</c>, when known.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="position">The 1-based position in the line, when known.</param>
    /// <param name="innerException">The underlying exception.</param>
    public CreatorSnapshotFormatException(string message, string? path, long? lineNumber, long? position, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        Position = position;
    }

    /// <summary>Gets the JSON path of the offending value, for example <c>$.videos.views</c>, when known.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the offending value, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 1-based position of the offending value within its line, when known.</summary>
    public long? Position { get; }
}
