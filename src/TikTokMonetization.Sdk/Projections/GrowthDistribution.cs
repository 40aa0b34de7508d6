namespace TikTokMonetization.Projections;

/// <summary>How a driver's monthly growth rate is given.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
public enum GrowthDistribution
{
    /// <summary>The same rate every month and on every simulated path: <see cref="DriverGrowth.Rate"/>.</summary>
    Fixed = 0,

    /// <summary>
    /// A low, expected and high monthly rate (<see cref="DriverGrowth.Low"/>, <see cref="DriverGrowth.Expected"/>,
    /// <see cref="DriverGrowth.High"/>); a simulation draws each month's rate from the triangular distribution on them.
    /// </summary>
    Range = 1,

    /// <summary>
    /// A log-normal monthly growth factor: <c>1 + g = (1 + Median) × exp(Spread × Z)</c> with <c>Z</c> standard normal.
    /// The low and high scenarios of a deterministic projection are its 10th and 90th percentiles.
    /// </summary>
    LogNormal = 2,
}
