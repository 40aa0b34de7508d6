using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// Ranges for the range-arithmetic laws: bounds below 10^6 with at most 4 fraction digits, so that a product of two
/// (at most 20 significant digits) or a sum is exact in <see cref="decimal"/> and the laws can compare with <c>==</c>.
/// </summary>
public static class RangeArbitraries
{
    /// <summary>Gets ordered ranges with non-negative bounds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValueRange> AnyNonNegativeRange() =>
        (from a in Bound() from b in Bound() from c in Bound() select Ordered(a, b, c)).ToArbitrary();

    /// <summary>Gets factors from -10^6 to 10^6 with at most 4 fraction digits, zero and one included.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Factor> AnyFactor() =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1m, -1m, 1.0000m)),
            (6, from bound in Bound() from sign in Gen.Elements(1m, -1m) select bound * sign))
        .Select(v => new Factor(v)).ToArbitrary();

    private static Gen<decimal> Bound() =>
        from whole in Gen.Choose(0, 999_999)
        from fraction in Gen.Choose(0, 9_999)
        from digits in Gen.Choose(0, 4)
        select decimal.Round(whole + (fraction / 10_000m), digits);

    private static ValueRange Ordered(decimal a, decimal b, decimal c)
    {
        var sorted = new[] { a, b, c };
        Array.Sort(sorted);
        return new ValueRange(sorted[0], sorted[1], sorted[2]);
    }
}

/// <summary>A scaling factor, negative included.</summary>
/// <param name="Value">The factor.</param>
public readonly record struct Factor(decimal Value);
