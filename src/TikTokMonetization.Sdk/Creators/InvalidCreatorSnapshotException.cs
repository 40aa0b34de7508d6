namespace TikTokMonetization.Creators;

/// <summary>The exception thrown when a <see cref="CreatorSnapshot"/> is used with values that are not allowed. It lists every problem at once.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class InvalidCreatorSnapshotException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCreatorSnapshotException"/> class.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="source">Where the snapshot came from (a file name), or <see langword="null"/>.</param>
    public InvalidCreatorSnapshotException(IReadOnlyList<SnapshotProblem> problems, string? source = null)
        : base(BuildMessage(problems, source), "snapshot")
    {
        Problems = problems;
        SourceName = source;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    /// <summary>Gets where the snapshot came from (a file name), or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    private static string BuildMessage(IReadOnlyList<SnapshotProblem> problems, string? source)
    {
        var where = source is null ? "The creator snapshot" : $"The creator snapshot in '{source}'";
        var noun = problems.Count == 1 ? "problem" : "problems";
        var lines = problems.Select(p => source is null ? "  - " + p : $"  - {p.JsonPath} ({p.Path}) is {p.Value}; it must be {p.Allowed}.");
        return $"{where} is invalid ({problems.Count} {noun}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
