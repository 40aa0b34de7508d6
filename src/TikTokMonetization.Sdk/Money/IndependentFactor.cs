namespace TikTokMonetization;

/// <summary>
/// A factor of <see cref="ValueRange.MultiplyIndependentBy"/> that does not change
/// between estimates (a rate from the options), with the logarithms of its bounds' ratios to its expected value
/// computed once instead of on every product: the decimal division and the logarithm are most of a product's time.
/// </summary>
/// <remarks>
/// The ratios are computed by the same function the product uses, so a product by this factor gives the same decimals,
/// to the last digit, as <see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/> by its range (a law checks
/// it). Immutable, so safe to share between threads.
/// </remarks>
internal readonly struct IndependentFactor
{
    /// <summary>Initializes a new instance of the <see cref="IndependentFactor"/> struct.</summary>
    /// <param name="range">The factor. A negative bound is refused by the product, as for a plain range.</param>
    public IndependentFactor(ValueRange range)
    {
        Range = range;
        LowLogRatio = ValueRange.BoundLogRatio(range.Low, range.Expected);
        HighLogRatio = ValueRange.BoundLogRatio(range.High, range.Expected);
    }

    /// <summary>Gets the factor.</summary>
    public ValueRange Range { get; }

    /// <summary>Gets ln(low ÷ expected), or NaN where the product never reads it.</summary>
    public double LowLogRatio { get; }

    /// <summary>Gets ln(high ÷ expected), or NaN where the product never reads it.</summary>
    public double HighLogRatio { get; }
}
