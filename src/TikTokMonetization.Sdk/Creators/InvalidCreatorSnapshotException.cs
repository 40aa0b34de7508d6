namespace TikTokMonetization.Creators;

/// <summary>The exception thrown when a <see cref="CreatorSnapshot"/> is used with values that are not allowed. It lists every problem at once.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class InvalidCreatorSnapshotException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCreatorSnapshotException"/> class.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="source">Where the snapshot came from (a file name), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public InvalidCreatorSnapshotException(IReadOnlyList<SnapshotProblem> problems, string? source = null)
        : this(problems, source, jsonPaths: source is not null, parameter: "snapshot")
    {
    }

    /// <summary>The exception for a snapshot read from JSON, whose problems are named by their JSON paths even without a source name.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="source">Where the JSON came from (a file name), or <see langword="null"/>.</param>
    /// <param name="jsonPaths">Whether each problem is named by its JSON path as well as its property path.</param>
    /// <param name="parameter">The argument that held the snapshot or its JSON.</param>
    internal InvalidCreatorSnapshotException(IReadOnlyList<SnapshotProblem> problems, string? source, bool jsonPaths, string parameter)
        : this(problems, source, BuildMessage(problems, source, jsonPaths), parameter)
    {
    }

    private InvalidCreatorSnapshotException(IReadOnlyList<SnapshotProblem> problems, string? source, string message, string parameter)
        : base(message, parameter)
    {
        Problems = problems;
        SourceName = source;
        _message = message;
    }

    /// <summary>Gets the message: which snapshot, and every problem on a line of its own.</summary>
    /// <remarks>
    /// Unlike other <see cref="ArgumentException"/> messages, it does not end with the parameter's name, which would
    /// read as part of the last problem; <see cref="ArgumentException.ParamName"/> still gives it.
    /// </remarks>
    public override string Message => _message;

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    /// <summary>Gets where the snapshot came from (a file name), or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    private readonly string _message;

    private static string BuildMessage(IReadOnlyList<SnapshotProblem> problems, string? source, bool jsonPaths)
    {
        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid creator snapshot has at least one problem; the list given is empty.", nameof(problems));
        }

        var where = source is not null ? $"The creator snapshot in '{source}'" : jsonPaths ? "The creator snapshot's JSON" : "The creator snapshot";
        var noun = problems.Count == 1 ? "problem" : "problems";
        var lines = problems.Select(p => jsonPaths ? $"  - {p.JsonPath} ({p.Path}) is {p.Value}; it must be {p.Allowed}." : "  - " + p);
        return $"{where} is invalid ({problems.Count} {noun}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
