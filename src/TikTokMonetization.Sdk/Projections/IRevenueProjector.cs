using TikTokMonetization.Creators;

namespace TikTokMonetization.Projections;

/// <summary>
/// Revenue over time, from the same engine, models, rate cards and eligibility rules as a single report: a
/// month-by-month projection with the months in which eligibility changes, a seeded Monte Carlo simulation with
/// percentiles and the odds of reaching a goal, and goal-seek on one lever.
/// </summary>
/// <remarks>
/// Register it with <c>AddTikTokMonetization().AddProjections()</c>. Every registered model takes part, a user's own
/// as much as a built-in one. Implementations are thread-safe: one instance serves any number of callers at once.
/// </remarks>
public interface IRevenueProjector
{
    /// <summary>Projects the snapshot month by month at low, expected and high growth.</summary>
    /// <param name="snapshot">The starting point (month 0); validated.</param>
    /// <param name="assumptions">How the drivers grow; validated.</param>
    /// <param name="months">How many months, from 1 to <see cref="SimulationSettings.MaxMonths"/>.</param>
    /// <returns>One report per month, each stream at low and high growth, and the eligibility crossings.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">
    /// The snapshot is invalid, or a month's grown snapshot is beyond the input limits or has a count its field cannot
    /// hold; the message names the month and the fields.
    /// </exception>
    /// <exception cref="InvalidGrowthAssumptionsException">The assumptions are invalid; the message lists every problem.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range.</exception>
    RevenueProjection Project(CreatorSnapshot snapshot, GrowthAssumptions assumptions, int months);

    /// <summary>Simulates many paths of growth drawn from the assumptions, and summarises them month by month.</summary>
    /// <param name="snapshot">The starting point (month 0); validated.</param>
    /// <param name="assumptions">How the drivers grow; validated.</param>
    /// <param name="settings">Paths, months, seed and percentiles; validated.</param>
    /// <param name="goal">An income to reach, or <see langword="null"/>. When given, every amount is in its currency, and the snapshot must cover one month (28 to 31 days).</param>
    /// <param name="progress">Receives progress as paths complete, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the simulation.</param>
    /// <returns>Percentiles per month and stream, the odds of eligibility and of the goal.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">
    /// The snapshot is invalid, or a path-month's grown snapshot is beyond the input limits or has a count its field
    /// cannot hold; the message names the month and the fields.
    /// </exception>
    /// <exception cref="ArgumentException">Another argument is invalid; the message lists every problem.</exception>
    RevenueSimulation Simulate(CreatorSnapshot snapshot, GrowthAssumptions assumptions, SimulationSettings settings, IncomeGoal? goal = null, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Finds the smallest value of one lever at which the expected total income per period reaches a target.</summary>
    /// <param name="snapshot">The starting point; validated.</param>
    /// <param name="target">The expected total to reach, in any currency the engine can report in.</param>
    /// <param name="lever">The quantity to raise: <see cref="GoalLever.Views"/>, <see cref="GoalLever.Followers"/>, … or your own; raising it must never lower the total.</param>
    /// <returns>The answer and the report at it, or why the lever cannot reach the target.</returns>
    /// <remarks>
    /// A lever value whose snapshot is invalid, beyond the input limits, or has a count its field cannot hold is out of
    /// reach: the answer then stops at the largest valid value and says so.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot is invalid.</exception>
    GoalSeekResult SeekGoal(CreatorSnapshot snapshot, Money target, GoalLever lever);
}
