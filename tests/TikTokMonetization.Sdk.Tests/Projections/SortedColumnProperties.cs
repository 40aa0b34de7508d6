using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Internal;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// The simulation sorts each column of amounts by whole minor units, or selects only the ranks it reports; its
/// percentiles and means must be exactly those of a decimal sort, down to each amount's scale (0 and 0.00 are equal,
/// but print differently).
/// </summary>
public sealed class SortedColumnProperties
{
    [Property(MaxTest = 300)]
    public Property SortingByMinorUnits_GivesExactlyWhatADecimalSortGives(int[] cents, bool[] plain, int minorUnits)
    {
        var digits = Math.Abs(minorUnits % 4);
        var scale = (byte)digits;
        var amounts = cents
            .Select((c, i) => i < plain.Length && plain[i]
                ? decimal.Round(new decimal(c) / 100m, 0) // a whole amount, scale 0
                : new decimal(Math.Abs(c), 0, 0, c < 0, scale))
            .ToArray();
        return Check(amounts, digits).Label($"{amounts.Length} amounts, {digits} minor units");
    }

    [Fact]
    public void AColumnWithAnAmountFinerThanItsMinorUnits_IsSortedAsDecimals()
    {
        Assert.True(Check([0.005m, 0.01m, 0m, 0.00m, -1.2345m, 3m], minorUnits: 2));
    }

    [Fact]
    public void AColumnBeyondWhatItsKeysHold_IsSortedAsDecimals()
    {
        Assert.True(Check([decimal.MaxValue / 10m, 1m, -(decimal.MaxValue / 10m), 0m], minorUnits: 2));
    }

    [Property(MaxTest = 400)]
    public Property Percentiles_AreExactlyThoseOfTheSortedColumn_DigitScaleAndMeanAlike(int[] cents, byte[] scales, int[] asked, int minorUnits, bool fewDistinct)
    {
        // Amounts in whole minor units at scales from their own up to four more digits (1.5, 1.50, 1.500), often tied
        // when fewDistinct folds them onto a handful of values; percentiles anywhere in 0..100, repeated or not.
        var digits = Math.Abs(minorUnits % 4);
        var amounts = cents
            .Select((c, i) =>
            {
                var units = fewDistinct ? c % 4 : c;
                var extra = i < scales.Length ? scales[i] % 5 : 0;
                return Make(Math.Abs((long)units) * (long)Pow10(extra), units < 0, (byte)(digits + extra));
            })
            .ToArray();
        var percentiles = asked.Length == 0
            ? [10m, 50m, 90m]
            : asked.Take(20).Select(a => Math.Abs(a % 10_001) / 100m).ToArray();
        return CheckPercentiles(amounts, percentiles, digits)
            .Label($"{amounts.Length} amounts, {digits} minor units, percentiles {string.Join(" ", percentiles)}");
    }

    [Fact]
    public void Percentiles_OfTiesInTwoScales_AreWhatTheSortShows()
    {
        // 1.5 and 1.50 tie; which one a sort puts at the median is the sort's to say, so the column is sorted.
        Assert.True(CheckPercentiles([1.5m, 1.50m, 1.5m, 1.50m, 2m, 1.50m, 0m], [0m, 50m, 100m], 2));
        Assert.True(CheckPercentiles([0m, 0.00m, 0m, 0.00m], [10m, 50m, 90m], 2));
        Assert.True(CheckPercentiles([0m, 0m, 0m, 0m], [10m, 50m, 90m], 2));

        // A zero sum's sign follows the order of the additions (1 + -1 is 0, -1 + 1 is -0).
        Assert.True(CheckPercentiles([1m, -1m], [10m, 50m, 90m], 0));
        Assert.True(CheckPercentiles([0m, -0m, 0m], [50m], 0));
    }

    [Fact]
    public void Percentiles_OfAColumnWhoseSumRounds_AreWhatTheSortShows()
    {
        // 4,000 amounts near the keys' limit and one with nine decimals: their sum at nine decimals is past decimal's
        // 96-bit integer, so additions round and may drop scale, and the order they are added in could show.
        var amounts = Enumerable.Range(0, 4_000).Select(i => 92_000_000_000_000_000.00m - i).Append(1.000000000m).Append(0.50m).ToArray();
        Assert.True(CheckPercentiles(amounts, [0m, 50m, 100m], 2));
        Assert.True(CheckPercentiles(amounts.Reverse().ToArray(), [0m, 50m, 100m], 2));
    }

    [Fact]
    public void Percentiles_OfAConstantColumn_OrManyRanks_AreWhatTheSortShows()
    {
        var cents = Enumerable.Range(0, 5_000).Select(i => ((i * 7919) % 1_000) / 100m).ToArray();
        Assert.True(CheckPercentiles(cents, Enumerable.Range(0, 20).Select(i => i * 5m).ToArray(), 2));
        Assert.True(CheckPercentiles(cents, [0m, 0.01m, 99.99m, 100m, 50m, 50m], 2));
        Assert.True(CheckPercentiles(Enumerable.Repeat(3.25m, 1_000).ToArray(), [10m, 50m, 90m], 2));
        Assert.True(CheckPercentiles([42m], [0m, 100m], 0));
    }

    [Property(MaxTest = 200)]
    public Property DecimalBits_ReadTheScaleAndCompareTheBitsAsGetBitsDoes(int lo, int mid, int hi, bool negative, byte scale, int lo2)
    {
        var a = new decimal(lo, mid, hi, negative, (byte)(scale % 29));
        var b = new decimal(lo2, mid, hi, negative, (byte)(scale % 29));
        var scaleAgrees = DecimalBits.Scale(a) == ((decimal.GetBits(a)[3] >> 16) & 0xFF);
        var sameAgrees = DecimalBits.Same(a, b) == decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));
        return (scaleAgrees && sameAgrees && DecimalBits.Same(a, a)).ToProperty();
    }

    private static bool CheckPercentiles(decimal[] amounts, decimal[] percentiles, int minorUnits)
    {
        if (amounts.Length == 0)
        {
            return true;
        }

        var expected = (decimal[])amounts.Clone();
        Array.Sort(expected);
        var want = MoneyPercentiles.Of(percentiles, expected, Currency.Usd);
        var values = new decimal[amounts.Length + 2];
        amounts.CopyTo(values, 0);
        var column = new SortedColumn(values, new long[values.Length], new long[values.Length], amounts.Length, minorUnits);

        var got = column.Percentiles(percentiles, Currency.Usd);

        return got.Values.Select(v => Bits(v.Amount)).SequenceEqual(want.Values.Select(v => Bits(v.Amount)))
            && Bits(got.Mean.Amount) == Bits(want.Mean.Amount)
            && got.Percentiles.SequenceEqual(percentiles);
    }

    private static decimal Pow10(int digits) => digits == 0 ? 1m : 10m * Pow10(digits - 1);

    private static decimal Make(long magnitude, bool negative, byte scale) =>
        new((int)(magnitude & 0xFFFFFFFF), (int)(magnitude >> 32), 0, negative, scale);

    private static string Bits(decimal d) => string.Join(",", decimal.GetBits(d));

    private static bool Check(decimal[] amounts, int minorUnits)
    {
        var expected = (decimal[])amounts.Clone();
        Array.Sort(expected);
        var values = new decimal[amounts.Length + 3];
        amounts.CopyTo(values, 0);
        values[^1] = 7m; // entries past the column's length are left alone
        var column = new SortedColumn(values, new long[values.Length], null, amounts.Length, minorUnits);

        column.Sort();

        return values.Take(amounts.Length).Select(Bits).SequenceEqual(expected.Select(Bits)) && values[^1] == 7m;
    }
}
