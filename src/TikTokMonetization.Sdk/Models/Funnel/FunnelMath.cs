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

        return Spread(expected, direction * Hypot(Log(quantityBound, quantityExpected), Log(rateBound, rateExpected)));
    }

    private static double Log(decimal numerator, decimal denominator) => Math.Log((double)(numerator / denominator));

    private static double Hypot(double a, double b) => Math.Sqrt((a * a) + (b * b));

    private static decimal Spread(decimal expected, double logFactor)
    {
        if (logFactor == 0d)
        {
            return expected;
        }

        // Round the factor to 12 significant digits so results are stable across platforms' Math.Exp.
        var factor = (decimal)Math.Round(Math.Exp(logFactor), 12);
        return expected * factor;
    }

    /// <summary>The smaller of each point and a cap; a cap keeps the order of the range.</summary>
    public static ValueRange AtMost(ValueRange range, decimal cap) =>
        new(Math.Min(range.Low, cap), Math.Min(range.Expected, cap), Math.Min(range.High, cap));

    /// <summary>Converts a configured range of money from one currency to another with a known factor.</summary>
    public static ValueRange Scale(ValueRange range, decimal factor) =>
        factor == 1m ? range : new ValueRange(range.Low * factor, range.Expected * factor, range.High * factor);
}
