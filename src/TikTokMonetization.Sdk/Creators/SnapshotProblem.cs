namespace TikTokMonetization.Creators;

/// <summary>One thing wrong with a <see cref="CreatorSnapshot"/>: which field, what value it had and what is allowed.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SnapshotProblem
{
    /// <summary>Initializes a new instance of the <see cref="SnapshotProblem"/> class.</summary>
    /// <param name="path">The field's path from the snapshot, for example <c>Videos.QualifiedViews</c>.</param>
    /// <param name="value">The offending value as invariant text.</param>
    /// <param name="allowed">What is allowed, for example <c>between 0 and Videos.Views (100)</c>.</param>
    public SnapshotProblem(string path, string value, string allowed)
    {
        Path = path;
        Value = value;
        Allowed = allowed;
    }

    /// <summary>Gets the field's path from the snapshot in C# property names, for example <c>Videos.QualifiedViews</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the same path as a JSON path in the snapshot's JSON form, for example <c>$.videos.qualifiedViews</c>.</summary>
    public string JsonPath => "$." + string.Join(".", Path.Split('.').Select(s => char.ToLowerInvariant(s[0]) + s.Substring(1)));

    /// <summary>Gets the offending value as invariant text.</summary>
    public string Value { get; }

    /// <summary>Gets a description of what is allowed.</summary>
    public string Allowed { get; }

    /// <summary>Returns a one-line description such as <c>Videos.QualifiedViews is 120; it must be at most Videos.Views (100).</c></summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Path} is {Value}; it must be {Allowed}.";
}
