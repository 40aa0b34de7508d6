using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// The simulation sorts each column of amounts by whole minor units; its percentiles must be exactly those of a decimal
/// sort, down to each amount's scale (0 and 0.00 are equal, but print differently).
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

    private static bool Check(decimal[] amounts, int minorUnits)
    {
        var expected = (decimal[])amounts.Clone();
        Array.Sort(expected);
        var values = new decimal[amounts.Length + 3];
        amounts.CopyTo(values, 0);
        values[^1] = 7m; // entries past the column's length are left alone
        var column = new SortedColumn(values, new long[values.Length], amounts.Length, minorUnits);

        column.Sort();

        return values.Take(amounts.Length).Select(Bits).SequenceEqual(expected.Select(Bits)) && values[^1] == 7m;

        static string Bits(decimal d) => string.Join(",", decimal.GetBits(d));
    }
}
