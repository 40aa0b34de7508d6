using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// Growing a count gives exactly the whole number decimal's product rounds to (half away from zero), whichever way the
/// SDK computes it: a double product where it is clearly on one side of a half, decimal otherwise. A projection's
/// counts, and every amount that follows from them, must not depend on that choice.
/// </summary>
[Properties(MaxTest = 2000, QuietOnSuccess = true)]
public sealed class GrowthRoundingProperties
{
    [Property]
    public bool AGrownCount_IsDecimalsRoundedProduct(ulong countSeed, ulong mantissa, byte scaleSeed, byte sizeSeed)
    {
        // Counts from 0 to past the input limits (10^12), at every magnitude; multiples with up to 20 significant digits,
        // from a vanishing fraction to 10^6, so that the products stay within a long.
        var count = (long)(countSeed % (1UL << (sizeSeed % 51)));
        var multiple = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)(scaleSeed % 29));
        while (multiple > 1_000_000m)
        {
            multiple /= 1_000_000m;
        }

        return SnapshotGrowth.ScaleCount(count, multiple) == Reference(count, multiple);
    }

    [Property]
    public bool ACountWhoseProductIsWithinAHairOfAHalf_RoundsAsDecimalDoes(PositiveInt countSeed, NonNegativeInt whole, sbyte nudge)
    {
        // A multiple that puts the product at whole + 0.5, give or take a few units of the 28th digit: the case a double
        // product cannot decide, which must fall back to decimal.
        var count = (long)countSeed.Get;
        var multiple = ((whole.Get + 0.5m) / count) + (nudge * 1e-26m);
        if (multiple <= 0m)
        {
            return true;
        }

        return SnapshotGrowth.ScaleCount(count, multiple) == Reference(count, multiple);
    }

    [Theory]
    [InlineData(2L, "1.25", 3L)] // exactly 2.5: away from zero
    [InlineData(3L, "0.5", 2L)] // exactly 1.5
    [InlineData(10L, "1.05", 11L)] // 10.5, though the double nearest 1.05 is a hair above it
    [InlineData(1_000_000L, "1.0000004999999999999999999999", 1_000_000L)] // a hair below a half
    [InlineData(1_000_000L, "1.0000005", 1_000_001L)] // the half itself
    [InlineData(999_999_999_999L, "1.0000000000005", 999_999_999_999L)] // 999,999,999,999.4999999999995: just below
    [InlineData(999_999_999_999L, "1.0000000000005000000000006", 1_000_000_000_000L)] // ….5000000000000999…: a hair above
    [InlineData(999_999_999_999L, "1.0000000000005000000000005", 1_000_000_000_000L)] // ….49999…9995 exactly, which decimal's 28 digits round to .5: decimal's answer is kept
    public void Halves_AndNearHalves_RoundAsDecimalDoes(long count, string multiple, long expected)
    {
        var m = decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Reference(count, m));
        Assert.Equal(expected, SnapshotGrowth.ScaleCount(count, m));
    }

    private static long Reference(long count, decimal multiple) => (long)decimal.Round(count * multiple, 0, MidpointRounding.AwayFromZero);
}
