using TikTokMonetization.Creators;

namespace TikTokMonetization.Projections;

/// <summary>The exception thrown when <see cref="GrowthAssumptions"/> hold values that are not allowed. It lists every problem at once.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class InvalidGrowthAssumptionsException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidGrowthAssumptionsException"/> class.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidGrowthAssumptionsException(IReadOnlyList<SnapshotProblem> problems)
        : base(BuildMessage(problems), "assumptions") => Problems = problems;

    /// <summary>Gets every problem found, each naming the field, the value and what is allowed.</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<SnapshotProblem> problems)
    {
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The growth assumptions are invalid ({problems.Count} {noun}):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  - " + p))}";
    }
}
