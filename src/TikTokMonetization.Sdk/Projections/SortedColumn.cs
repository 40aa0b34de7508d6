namespace TikTokMonetization.Projections;

/// <summary>
/// A column of amounts sorted by their value in minor units (whole cents for US dollars) as 64-bit keys: every
/// amount the simulation stores was rounded to the currency's minor units, so the keys order the column exactly as
/// the amounts do, ties included, and the same sort algorithm moves the amounts as a decimal sort would, several
/// times faster. A column with an amount the keys cannot hold exactly is sorted as decimals.
/// </summary>
/// <remarks>Not thread-safe: it sorts the arrays it was given in place.</remarks>
internal readonly struct SortedColumn(decimal[] values, long[] keys, int length, int minorUnits)
{
    private readonly decimal _scale = Pow10(minorUnits);

    // The largest amount whose minor units a key holds, checked before multiplying (beyond it the product could overflow decimal).
    private readonly decimal _limit = long.MaxValue / Pow10(minorUnits);

    /// <summary>Gets the column: fill its first entries, then <see cref="Sort"/>.</summary>
    public decimal[] Values => values;

    /// <summary>Sorts the column's first entries in place, ascending.</summary>
    public void Sort()
    {
        for (var i = 0; i < length; i++)
        {
            var value = values[i];
            if (value > _limit || value < -_limit)
            {
                Array.Sort(values, 0, length);
                return;
            }

            var scaled = value * _scale;
            if (scaled != decimal.Truncate(scaled))
            {
                Array.Sort(values, 0, length);
                return;
            }

            keys[i] = (long)scaled;
        }

        Array.Sort(keys, values, 0, length);
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
