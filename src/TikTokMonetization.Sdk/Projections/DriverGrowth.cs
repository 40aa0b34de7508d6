namespace TikTokMonetization.Projections;

/// <summary>The monthly growth of one driver: how it is distributed and where it saturates.</summary>
/// <remarks>
/// Rates are fractions per month: <c>0.05</c> is +5 % a month, <c>-0.02</c> is −2 % a month. An options class: set it
/// up in code or bind it from configuration, then validate it through <see cref="GrowthAssumptions.Validate"/>. It is
/// not thread-safe while it is being changed; once set up, any number of threads may read it.
/// </remarks>
public sealed class DriverGrowth
{
    /// <summary>The highest monthly rate accepted: +1,000 % a month.</summary>
    public const decimal MaxRate = 10m;

    /// <summary>The highest log-normal spread accepted (the standard deviation of the log of the monthly factor).</summary>
    public const decimal MaxSpread = 2m;

    /// <summary>Gets or sets how the rate is given.</summary>
    /// <value>The default value is <see cref="GrowthDistribution.Fixed"/>.</value>
    public GrowthDistribution Distribution { get; set; } = GrowthDistribution.Fixed;

    /// <summary>Gets or sets the monthly rate of a <see cref="GrowthDistribution.Fixed"/> driver.</summary>
    /// <value>Above −1 and at most <see cref="MaxRate"/>. The default value is 0 (no growth).</value>
    public decimal Rate { get; set; }

    /// <summary>Gets or sets the lowest monthly rate of a <see cref="GrowthDistribution.Range"/> driver.</summary>
    /// <value>Above −1, at most <see cref="Expected"/>. The default value is 0.</value>
    public decimal Low { get; set; }

    /// <summary>Gets or sets the expected (most likely) monthly rate of a <see cref="GrowthDistribution.Range"/> driver.</summary>
    /// <value>Between <see cref="Low"/> and <see cref="High"/>. The default value is 0.</value>
    public decimal Expected { get; set; }

    /// <summary>Gets or sets the highest monthly rate of a <see cref="GrowthDistribution.Range"/> driver.</summary>
    /// <value>At least <see cref="Expected"/>, at most <see cref="MaxRate"/>. The default value is 0.</value>
    public decimal High { get; set; }

    /// <summary>Gets or sets the median monthly rate of a <see cref="GrowthDistribution.LogNormal"/> driver.</summary>
    /// <value>Above −1 and at most <see cref="MaxRate"/>. The default value is 0.</value>
    public decimal Median { get; set; }

    /// <summary>Gets or sets the spread of a <see cref="GrowthDistribution.LogNormal"/> driver: the standard deviation of <c>ln(1 + g)</c>.</summary>
    /// <value>0 to <see cref="MaxSpread"/>. The default value is 0 (every month at the median).</value>
    public decimal Spread { get; set; }

    /// <summary>
    /// Gets or sets where the driver saturates, as a multiple of its level in the snapshot: with 3, followers stop at
    /// three times today's count however long the growth goes on.
    /// </summary>
    /// <value>
    /// At least 1 and at most <see cref="GrowthAssumptions.CeilingMultiple"/>, or <see langword="null"/> for no
    /// cap of the driver's own (the ceiling still applies, and reaching it is flagged). The default value is <see langword="null"/>.
    /// </value>
    public decimal? MaxMultiple { get; set; }

    /// <summary>Gets a driver that does not grow.</summary>
    /// <returns>A new <see cref="DriverGrowth"/> at its defaults.</returns>
    public static DriverGrowth None() => new();

    /// <summary>Gets a driver that grows by the same rate every month.</summary>
    /// <param name="rate">The monthly rate, as a fraction (0.05 is +5 % a month).</param>
    /// <returns>A new <see cref="DriverGrowth"/>.</returns>
    public static DriverGrowth Fixed(decimal rate) => new() { Distribution = GrowthDistribution.Fixed, Rate = rate };

    /// <summary>Gets a driver whose monthly rate lies between a low and a high value, most likely at the expected one.</summary>
    /// <param name="low">The lowest monthly rate.</param>
    /// <param name="expected">The most likely monthly rate.</param>
    /// <param name="high">The highest monthly rate.</param>
    /// <returns>A new <see cref="DriverGrowth"/>.</returns>
    public static DriverGrowth Between(decimal low, decimal expected, decimal high) =>
        new() { Distribution = GrowthDistribution.Range, Low = low, Expected = expected, High = high };

    /// <summary>Gets a driver whose monthly growth factor is log-normal around a median rate.</summary>
    /// <param name="median">The median monthly rate.</param>
    /// <param name="spread">The standard deviation of <c>ln(1 + g)</c>.</param>
    /// <returns>A new <see cref="DriverGrowth"/>.</returns>
    public static DriverGrowth LogNormal(decimal median, decimal spread) =>
        new() { Distribution = GrowthDistribution.LogNormal, Median = median, Spread = spread };

    /// <summary>Returns this driver with a saturation level.</summary>
    /// <param name="maxMultiple">The highest multiple of the snapshot's level the driver reaches.</param>
    /// <returns>This instance, so that the call can be chained.</returns>
    public DriverGrowth SaturatingAt(decimal maxMultiple)
    {
        MaxMultiple = maxMultiple;
        return this;
    }
}
