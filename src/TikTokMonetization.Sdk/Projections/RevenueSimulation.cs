namespace TikTokMonetization.Projections;

/// <summary>The result of a Monte Carlo simulation: per month and stream, percentiles and eligibility odds; the odds of reaching a goal.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RevenueSimulation
{
    internal RevenueSimulation(long seed, int paths, Currency currency, IReadOnlyList<SimulatedMonth> months, IncomeGoal? goal, decimal? goalReached, long capped)
    {
        Seed = seed;
        Paths = paths;
        Currency = currency;
        Months = months;
        Goal = goal;
        GoalReachedProbability = goalReached;
        CappedPathMonths = capped;
    }

    /// <summary>Gets the seed the paths were drawn from.</summary>
    public long Seed { get; }

    /// <summary>Gets the number of paths.</summary>
    public int Paths { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the months, from month 1.</summary>
    public IReadOnlyList<SimulatedMonth> Months { get; }

    /// <summary>Gets the goal the simulation was asked about, if any.</summary>
    public IncomeGoal? Goal { get; }

    /// <summary>
    /// Gets the share of paths whose total reaches the goal in at least one month up to the goal's month, from 0 to 1;
    /// <see langword="null"/> without a goal.
    /// </summary>
    public decimal? GoalReachedProbability { get; }

    /// <summary>
    /// Gets how many path-months had a driver stopped at <see cref="GrowthAssumptions.CeilingMultiple"/> or at 24 LIVE
    /// hours a day: their numbers are lower than the growth alone would give. Zero in a simulation that never got there.
    /// </summary>
    public long CappedPathMonths { get; }
}
