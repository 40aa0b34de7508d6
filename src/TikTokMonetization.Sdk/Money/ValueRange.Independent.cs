namespace TikTokMonetization;

/// <content>The product of independent uncertain factors, and a cap.</content>
public readonly partial struct ValueRange
{
    /// <summary>The largest log factor applied to the expected value directly: e^66 is about 4.6 × 10^28, near decimal's limit.</summary>
    private const double MaxLogFactor = 66d;

    /// <summary>The significant digits kept of a spread factor, so that every platform gets the same decimal.</summary>
    private const int SignificantDigits = 12;

    /// <summary>
    /// Multiplies two uncertain, independent, non-negative factors: the expected value is the exact product, and the
    /// bounds combine in log space instead of point by point.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Use this, not <see cref="Multiply"/>, when the two ranges are independent estimates (a click-through rate and a
    /// conversion rate, say). A chain of five factors each at its own low is far less likely than any one of them, and
    /// the point-by-point corner products give ranges hundreds of times wide that say nothing. Here each factor's low
    /// and high are read as equally likely bounds around its expected value, and their spreads add as the root of the
    /// sum of squares of the log ratios (as for a product of independent log-normal factors):
    /// <c>high = expected × e^√(ln(h₁/e₁)² + ln(h₂/e₂)²)</c>, and the low the same way downwards.
    /// </para>
    /// <para>
    /// Exact where nothing is uncertain: when at most one factor moves on a side (the other is exact on that side),
    /// that bound is the plain product of the bounds, so an observed quantity times a rate keeps hand-checkable
    /// arithmetic. A bound of zero gives a zero bound. A zero expected product gives <c>0, 0, high × high</c>.
    /// The log-space factor is rounded to 12 significant digits before it multiplies the expected value, so the result
    /// is the same decimal on every platform and runtime; a high beyond <see cref="decimal"/>'s range as a factor of the
    /// expected value is reached down from the corner product instead, and is never above it. The result is ordered.
    /// </para>
    /// <para>The built-in merchandise and affiliate models chain their sales funnels with this.</para>
    /// </remarks>
    /// <param name="left">The first factor: its bounds must not be negative.</param>
    /// <param name="right">The second factor: its bounds must not be negative.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound of either factor is negative.</exception>
    /// <exception cref="OverflowException">The expected or the corner product is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange MultiplyIndependent(ValueRange left, ValueRange right)
    {
        if (left.Low < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(left), left, "An independent factor must not be negative.");
        }

        if (right.Low < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, "An independent factor must not be negative.");
        }

        return MultiplyIndependentCore(left, right, double.NaN, double.NaN);
    }

    /// <summary>
    /// <see cref="MultiplyIndependent(ValueRange, ValueRange)"/> by a factor that does not change between calls, whose
    /// log ratios were computed once (<see cref="IndependentFactor"/>): the same arithmetic, so the same decimals to the
    /// last digit, with a decimal division and a logarithm fewer per bound.
    /// </summary>
    /// <remarks>The built-in merchandise and affiliate models keep their options' rates this way.</remarks>
    /// <param name="left">The first factor: its bounds must not be negative.</param>
    /// <param name="right">The second factor: its range's bounds must not be negative.</param>
    /// <returns>The product, as <see cref="MultiplyIndependent(ValueRange, ValueRange)"/> of <paramref name="left"/> and <c>right.Range</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound of either factor is negative.</exception>
    /// <exception cref="OverflowException">The expected or the corner product is beyond <see cref="decimal"/>'s range.</exception>
    public static ValueRange MultiplyIndependent(ValueRange left, in IndependentFactor right)
    {
        if (left.Low < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(left), left, "An independent factor must not be negative.");
        }

        var range = right.Range;
        if (range.Low < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(right), range, "An independent factor must not be negative.");
        }

        return MultiplyIndependentCore(left, range, right.LowLogRatio, right.HighLogRatio);
    }

    /// <summary>The product for factors already checked; a log ratio of the right factor given as NaN is computed here.</summary>
    private static ValueRange MultiplyIndependentCore(ValueRange left, ValueRange right, double rightLowLog, double rightHighLog)
    {
        var product = left.Expected * right.Expected;
        var expected = product == 0m ? 0m : product;
        if (expected == 0m)
        {
            return new ValueRange(0m, expected, left.High * right.High);
        }

        var low = CombineBound(left.Low, left.Expected, right.Low, right.Expected, expected, -1d, rightLowLog);
        var high = CombineBound(left.High, left.Expected, right.High, right.Expected, expected, 1d, rightHighLog);
        return new ValueRange(Math.Min(low, expected), expected, Math.Max(high, expected));
    }

    /// <summary>
    /// The logarithm of a bound's ratio to its expected value as <see cref="CombineBound"/> takes it, or NaN where it
    /// never reads one (an exact or zero bound, or a zero expected value, where the product returns before).
    /// </summary>
    internal static double BoundLogRatio(decimal bound, decimal expected) =>
        bound == expected || bound <= 0m || expected <= 0m ? double.NaN : LogRatio(bound, expected);

    /// <summary>Returns the smaller of each point and <paramref name="cap"/>; the result stays ordered.</summary>
    /// <param name="cap">The largest value any point may take.</param>
    /// <returns>The capped range.</returns>
    public ValueRange AtMost(decimal cap) => new(Math.Min(Low, cap), Math.Min(Expected, cap), Math.Min(High, cap));

    /// <summary>
    /// One side of the range: exact when at most one factor moves on that side, log-space root-sum-square otherwise.
    /// <paramref name="rightLog"/> is the right factor's log ratio computed beforehand, or NaN to compute it here.
    /// </summary>
    private static decimal CombineBound(decimal leftBound, decimal leftExpected, decimal rightBound, decimal rightExpected, decimal expected, double direction, double rightLog)
    {
        if (leftBound == leftExpected || rightBound == rightExpected)
        {
            return leftBound * rightBound;
        }

        if (leftBound == 0m || rightBound == 0m)
        {
            return 0m;
        }

        var logFactor = direction * Hypot(LogRatio(leftBound, leftExpected), double.IsNaN(rightLog) ? LogRatio(rightBound, rightExpected) : rightLog);

        if (direction < 0d || logFactor <= MaxLogFactor)
        {
            return Spread(expected, logFactor);
        }

        // The root of the sum of squares never exceeds the sum, so the high stays below the corner product of the bounds.
        // Only an expected value a vanishing fraction of its bounds gives a factor beyond e^66, which would overflow
        // decimal on its own: the same point is then reached down from the corner (corner × e^(factor − room) =
        // expected × e^factor), and the corner itself within rounding of it.
        var corner = leftBound * rightBound;
        var room = Math.Log((double)corner) - Math.Log((double)expected);
        return logFactor >= room ? corner : Below(corner, logFactor - room);
    }

    /// <summary>
    /// <paramref name="value"/> × e^<paramref name="logFactor"/> for a negative log factor, keeping 12 significant digits of
    /// the factor however small it is (<see cref="Spread"/> keeps at most 15 decimal places, too few below 10^-3): the
    /// factor is written as a mantissa from 1 to 10 and a power of ten, and the value divided by that power exactly.
    /// </summary>
    private static decimal Below(decimal value, double logFactor)
    {
        var factor = Math.Exp(logFactor);
        var power = 1m;
        for (var places = 0; factor < 1d && places < 28; places++)
        {
            factor *= 10d;
            power *= 10m;
        }

        return value * (decimal)Math.Round(factor, SignificantDigits - 1) / power;
    }

    /// <summary>The logarithm of a ratio; by difference of logarithms when the ratio itself would overflow decimal.</summary>
    private static double LogRatio(decimal numerator, decimal denominator) =>
        RatioMayOverflow(numerator, denominator) && denominator < numerator / decimal.MaxValue
            ? Math.Log((double)numerator) - Math.Log((double)denominator)
            : Math.Log((double)(numerator / denominator));

    /// <summary>
    /// Whether the exact overflow test (a decimal division) is needed: never for a denominator of 1 or more (the ratio
    /// is at most the numerator), nor for a ratio that doubles put ten times below decimal's limit, far beyond their
    /// relative error of about 10^-16; the test then gives "fits" as well, so the shortcut changes no result.
    /// </summary>
    private static bool RatioMayOverflow(decimal numerator, decimal denominator) =>
        denominator < 1m && (double)numerator >= 7.9e27 * (double)denominator;

    private static double Hypot(double a, double b) => Math.Sqrt((a * a) + (b * b));

    private static decimal Spread(decimal expected, double logFactor)
    {
        if (logFactor == 0d)
        {
            return expected;
        }

        // Math.Exp may differ in its last bit or two between platforms and runtimes (about 1e-16 of the value). Keeping
        // 12 significant digits of the factor puts the rounding step some four orders of magnitude above that noise
        // whatever the factor's size, so every platform gets the same decimal.
        var exp = Math.Exp(logFactor);
        var factor = (decimal)Math.Round(exp, DecimalPlacesFor(exp, SignificantDigits));
        return expected * factor;
    }

    /// <summary>
    /// The decimal places that keep <paramref name="digits"/> significant digits of a positive value, within the 0 to 15
    /// that <see cref="Math.Round(double, int)"/> takes. The magnitude is found by comparison with powers of ten rather
    /// than with <see cref="Math.Log10"/>, so no other platform-dependent function takes part.
    /// </summary>
    private static int DecimalPlacesFor(double value, int digits)
    {
        var places = digits - 1;
        for (var power = 10d; value >= power && places > 0; power *= 10d)
        {
            places--;
        }

        for (var power = 1d; value < power && places < 15; power /= 10d)
        {
            places++;
        }

        return places;
    }
}
