namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The product of two uncertain amounts as the merchandise and affiliate models define it (see <c>ValueRange.MultiplyIndependent</c>): the
/// expected value is the plain product, and each bound moves away from it by the root-sum-square of the two factors'
/// log spreads, exact instead when only one factor moves on that side. Written out so the hand-written baselines can
/// give the same low and high to the last digit.
/// </summary>
internal static class FunnelByHand
{
    public static (decimal Low, decimal Expected, decimal High) Times((decimal Low, decimal Expected, decimal High) a, (decimal Low, decimal Expected, decimal High) b)
    {
        var expected = a.Expected * b.Expected;
        if (expected == 0m)
        {
            return (0m, 0m, a.High * b.High);
        }

        var low = Bound(a.Low, a.Expected, b.Low, b.Expected, expected, -1d);
        var high = Bound(a.High, a.Expected, b.High, b.Expected, expected, 1d);
        return (Math.Min(low, expected), expected, Math.Max(high, expected));
    }

    private static decimal Bound(decimal aBound, decimal aExpected, decimal bBound, decimal bExpected, decimal expected, double direction)
    {
        if (aBound == aExpected || bBound == bExpected)
        {
            return aBound * bBound;
        }

        if (aBound == 0m || bBound == 0m)
        {
            return 0m;
        }

        var logA = Math.Log((double)(aBound / aExpected));
        var logB = Math.Log((double)(bBound / bExpected));
        var spread = direction * Math.Sqrt((logA * logA) + (logB * logB));

        if (spread == 0d)
        {
            return expected;
        }

        // The factor keeps 12 significant digits before it becomes a decimal, as the SDK rounds it.
        var factor = Math.Exp(spread);
        var places = 11;
        for (var power = 10d; factor >= power && places > 0; power *= 10d)
        {
            places--;
        }

        for (var power = 1d; factor < power && places < 15; power /= 10d)
        {
            places++;
        }

        return expected * (decimal)Math.Round(factor, places);
    }
}
