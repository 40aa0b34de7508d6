namespace TikTokMonetization;

/// <summary>
/// A factor of <see cref="ValueRange.MultiplyIndependent(ValueRange, in IndependentFactor)"/> that does not change
/// between estimates (a rate from a model's options), with the logarithms of its bounds' ratios to its expected value
/// computed once instead of on every product: the decimal division and the logarithm are most of a product's time.
/// </summary>
/// <remarks>
/// <para>
/// Build one per options instance (for example with <see cref="Revenue.PerOptionsCache{TOptions, TValue}"/>) and
/// multiply by it in every estimate. The ratios are computed by the same function the product uses, so a product by this
/// factor gives the same decimals, to the last digit and scale, as
/// <see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/> by its <see cref="Range"/> (a law checks it).
/// </para>
/// <para>Immutable, so safe to share between threads. The default value is the factor 0, 0, 0.</para>
/// </remarks>
public readonly struct IndependentFactor
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

    /// <summary>Gets ln(low ÷ expected), or NaN where the product never reads it (0 for the default value, whose product returns before).</summary>
    internal double LowLogRatio { get; }

    /// <summary>Gets ln(high ÷ expected), or NaN where the product never reads it (0 for the default value, whose product returns before).</summary>
    internal double HighLogRatio { get; }

    /// <inheritdoc/>
    public override string ToString() => Range.ToString();
}
