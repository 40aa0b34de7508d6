namespace TikTokMonetization.Live;

/// <summary>A line of a recorded session that could not be read: where it is and why. The reader skips it and goes on.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveEventLineError
{
    internal LiveEventLineError(string? source, long lineNumber, string reason)
    {
        Source = source;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Gets where the lines came from (a file name), when known.</summary>
    public string? Source { get; }

    /// <summary>Gets the line number, from 1.</summary>
    public long LineNumber { get; }

    /// <summary>Gets what is wrong with the line.</summary>
    public string Reason { get; }

    /// <summary>Returns <c>source: line N: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(Source is null ? string.Empty : Source + ": ")}line {LineNumber}: {Reason}";
}
