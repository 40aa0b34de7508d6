using TikTokMonetization.Creators;

namespace TikTokMonetization.Projections;

/// <summary>
/// A grown count that does not fit its field, with the problem it is, so that a projection can name the month it
/// happened in as it names a month beyond an input limit. Callers of <see cref="SnapshotGrowth.Apply"/> see an
/// <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal sealed class GrownCountOutOfRangeException(string parameter, object actual, string message, SnapshotProblem problem)
    : ArgumentOutOfRangeException(parameter, actual, message)
{
    /// <summary>Gets the field, what it would be, and what it can hold.</summary>
    public SnapshotProblem Problem { get; } = problem;
}
