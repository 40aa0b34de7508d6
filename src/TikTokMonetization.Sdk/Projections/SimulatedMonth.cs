namespace TikTokMonetization.Projections;

/// <summary>One month of a <see cref="RevenueSimulation"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SimulatedMonth
{
    internal SimulatedMonth(int month, DateTime? date, MoneyPercentiles total, IReadOnlyList<SimulatedStream> streams, decimal? goalProbability)
    {
        Month = month;
        Date = date;
        Total = total;
        Streams = streams;
        GoalProbability = goalProbability;
    }

    /// <summary>Gets the month's number: 1 is the first month after the snapshot.</summary>
    public int Month { get; }

    /// <summary>Gets the month's first day, when the assumptions give a start month.</summary>
    public DateTime? Date { get; }

    /// <summary>Gets the percentiles of the total expected income over the paths.</summary>
    public MoneyPercentiles Total { get; }

    /// <summary>Gets every stream, in the engine's order.</summary>
    public IReadOnlyList<SimulatedStream> Streams { get; }

    /// <summary>Gets the share of paths whose total in this month reaches the goal, from 0 to 1; <see langword="null"/> without a goal.</summary>
    public decimal? GoalProbability { get; }
}
