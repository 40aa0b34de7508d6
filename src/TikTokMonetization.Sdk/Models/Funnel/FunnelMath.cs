using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Funnel;

/// <summary>Range arithmetic for the funnel models.</summary>
internal static class FunnelMath
{
    public static ValueRange Times(decimal quantity, ValueRange rate) =>
        new(quantity * rate.Low, quantity * rate.Expected, quantity * rate.High);

    /// <summary>
    /// Multiplies two uncertain, independent, non-negative factors. The expected value is the exact product. The low and
    /// high points are not the products of the factors' lows and highs: a funnel of five factors each at its own low is
    /// far less likely than any one of them, and corner products gave ranges of 400× that said nothing. Each factor's
    /// low and high are read as equally likely bounds around its expected value, and the spreads add in log space
    /// (root of the sum of squares), as for a product of independent log-normal factors. With one exact factor the
    /// result equals the point-by-point product, so observed quantities keep their hand-checkable arithmetic; a factor
    /// whose low is zero makes the low zero.
    /// </summary>
    public static ValueRange Times(ValueRange quantity, ValueRange rate)
    {
        var expected = TimesExpected(quantity.Expected, rate.Expected);
        if (expected == 0m)
        {
            return new ValueRange(0m, expected, quantity.High * rate.High);
        }

        var low = Combine(quantity.Low, quantity.Expected, rate.Low, rate.Expected, expected, -1d);
        var high = Combine(quantity.High, quantity.Expected, rate.High, rate.Expected, expected, 1d);
        return new ValueRange(Math.Min(low, expected), expected, Math.Max(high, expected));
    }

    /// <summary>
    /// The expected point of <see cref="Times(ValueRange, ValueRange)"/> alone, for the fast paths: the exact product,
    /// and a plain 0 when the product is zero, as <see cref="Times(ValueRange, ValueRange)"/> returns it.
    /// </summary>
    public static decimal TimesExpected(decimal quantity, decimal rate)
    {
        var product = quantity * rate;
        return product == 0m ? 0m : product;
    }

    /// <summary>One side of the range: exact when at most one factor moves on that side, log-space root-sum-square otherwise.</summary>
    private static decimal Combine(decimal quantityBound, decimal quantityExpected, decimal rateBound, decimal rateExpected, decimal expected, double direction)
    {
        if (quantityBound == quantityExpected || rateBound == rateExpected)
        {
            return quantityBound * rateBound;
        }

        if (quantityBound == 0m || rateBound == 0m)
        {
            return 0m;
        }

        var logFactor = direction * Hypot(Log(quantityBound, quantityExpected), Log(rateBound, rateExpected));

        if (direction < 0d || logFactor <= MaxLogFactor)
        {
            return Spread(expected, logFactor);
        }

        // The root of the sum of squares never exceeds the sum, so the high stays below the corner product of the bounds,
        // which the option bounds keep inside decimal's range. Only an expected value a vanishing fraction of its bounds
        // gives a factor beyond e^66, which would overflow decimal on its own: the same point is then reached down from
        // the corner (corner × e^(factor − room) = expected × e^factor), and the corner itself within rounding of it.
        var corner = quantityBound * rateBound;
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

    /// <summary>The largest log factor applied to the expected value directly: e^66 is about 4.6 × 10^28, near decimal's limit.</summary>
    private const double MaxLogFactor = 66d;

    /// <summary>The logarithm of a ratio; by difference of logarithms when the ratio itself would overflow decimal.</summary>
    private static double Log(decimal numerator, decimal denominator) =>
        denominator < numerator / decimal.MaxValue
            ? Math.Log((double)numerator) - Math.Log((double)denominator)
            : Math.Log((double)(numerator / denominator));

    private static double Hypot(double a, double b) => Math.Sqrt((a * a) + (b * b));

    private static decimal Spread(decimal expected, double logFactor)
    {
        if (logFactor == 0d)
        {
            return expected;
        }

        // Math.Exp may differ in its last bit or two between platforms and runtimes (about 1e-16 of the value). Keeping
        // 12 significant digits of the factor puts the rounding step some four orders of magnitude above that noise
        // whatever the factor's size, so every platform gets the same decimal. Rounding to 12 decimal places, as this
        // did before, kept up to 15 digits of a factor over 100 and so came within a step or two of the noise.
        var exp = Math.Exp(logFactor);
        var factor = (decimal)Math.Round(exp, DecimalPlacesFor(exp, SignificantDigits));
        return expected * factor;
    }

    private const int SignificantDigits = 12;

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

    /// <summary>The smaller of each point and a cap; a cap keeps the order of the range.</summary>
    public static ValueRange AtMost(ValueRange range, decimal cap) =>
        new(Math.Min(range.Low, cap), Math.Min(range.Expected, cap), Math.Min(range.High, cap));

    /// <summary>Converts a configured range of money from one currency to another with a known factor.</summary>
    public static ValueRange Scale(ValueRange range, decimal factor) =>
        factor == 1m ? range : new ValueRange(range.Low * factor, range.Expected * factor, range.High * factor);
}
