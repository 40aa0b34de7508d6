namespace TikTokMonetization.Projections;

/// <summary>
/// Turns <see cref="GrowthAssumptions"/> into each month's <see cref="DriverLevels"/>: deterministically for a
/// projection's low, expected and high scenarios, and by drawing random numbers for a simulated path.
/// </summary>
/// <remarks>
/// <para>
/// The built-in model compounds each driver's monthly factor <c>(1 + g)</c>, stops it at the driver's
/// <see cref="DriverGrowth.MaxMultiple"/> and applies seasonality to the flow drivers. Replace it (for example with a
/// model fitted on a creator's own history) through <c>UseGrowthModel&lt;T&gt;()</c> on the builder.
/// </para>
/// <para>
/// Implementations must be pure and thread-safe: the projector calls them from several threads at once. A simulated
/// path must draw only from the <see cref="SimulationRandom"/> it is given, so that the same seed gives the same
/// numbers at any degree of parallelism. The projector stops every level at <see cref="GrowthAssumptions.CeilingMultiple"/>
/// and flags it when that happens.
/// </para>
/// </remarks>
public interface IGrowthModel
{
    /// <summary>Gets the levels of one month in one scenario.</summary>
    /// <param name="assumptions">The assumptions; already validated.</param>
    /// <param name="month">The month, from 1 (the first month after the snapshot).</param>
    /// <param name="scenario">Low, expected or high growth.</param>
    /// <returns>The levels, as multiples of the snapshot's.</returns>
    DriverLevels Project(GrowthAssumptions assumptions, int month, RangePoint scenario);

    /// <summary>Draws one path: the levels of months 1 to <c>destination.Length</c>.</summary>
    /// <param name="assumptions">The assumptions; already validated.</param>
    /// <param name="random">The path's random numbers.</param>
    /// <param name="destination">Receives month 1 at index 0, month 2 at index 1, and so on.</param>
    void SamplePath(GrowthAssumptions assumptions, SimulationRandom random, Span<DriverLevels> destination);
}
