namespace TikTokMonetization.Revenue;

/// <summary>
/// How a <see cref="BreakdownLine"/>'s amount follows from its quantity and rate, so that every line can be read, and
/// checked, as true arithmetic.
/// </summary>
/// <remarks><see cref="Testing.RevenueModelContract"/> checks every line of every estimate against its kind. An enumeration; values are immutable and thread-safe.</remarks>
public enum BreakdownLineKind
{
    /// <summary>The amount is the quantity times the rate, at the low, expected and high points alike.</summary>
    Product = 0,

    /// <summary>
    /// The expected amount is the expected quantity times the expected rate; the low and high amounts combine the two
    /// factors' uncertainties as independent (see <see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/>), so they lie within the
    /// products of the factors' ends rather than on them.
    /// </summary>
    IndependentProduct = 1,

    /// <summary>
    /// The amount is the quantity times the rate, held within <see cref="BreakdownLine.Minimum"/> and
    /// <see cref="BreakdownLine.Maximum"/> at each point (a score capped at 1, a multiplier clamped to a band).
    /// </summary>
    Limited = 2,

    /// <summary>
    /// The rate is a range between two ends and the quantity, from 0 to 1, places the expected amount between them: the
    /// expected amount is <c>rate.Low + quantity × (rate.High − rate.Low)</c>, the low and high amounts are the rate's
    /// ends, and the rate's own expected value is that placed point too.
    /// </summary>
    Interpolation = 3,
}
