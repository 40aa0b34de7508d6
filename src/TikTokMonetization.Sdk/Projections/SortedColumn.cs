using TikTokMonetization.Internal;

namespace TikTokMonetization.Projections;

/// <summary>
/// A column of amounts and its nearest-rank percentiles. Every amount the simulation stores was rounded to the
/// currency's minor units, so the amounts' values in minor units (whole cents for US dollars) as 64-bit keys order the
/// column exactly as the amounts do, ties included. <see cref="Sort"/> sorts by the keys with the same algorithm a
/// decimal sort uses, so it moves the amounts as that sort would, several times faster; <see cref="Percentiles"/>
/// selects only the ranks asked for, when that gives what the sort would, digit and scale alike. A column with an
/// amount the keys cannot hold exactly is sorted as decimals.
/// </summary>
/// <remarks>Not thread-safe: it reorders and overwrites the arrays it was given.</remarks>
internal readonly struct SortedColumn
{
    // More distinct ranks than this are cheaper to find by sorting than one selection each.
    private const int MaxSelectedRanks = 8;

    // 2^96, the first magnitude a decimal's 96-bit integer cannot hold, less a margin for the double arithmetic that
    // compares with it (its relative error is below 10^-15).
    private const double DecimalIntegerLimit = 7.9e28 * 0.999;

    private readonly decimal[] _values;
    private readonly long[] _keys;
    private readonly long[] _work;
    private readonly int _length;
    private readonly int _minorUnits;
    private readonly decimal _scale;

    // The largest amount whose minor units a key holds, checked before multiplying (beyond it the product could overflow decimal).
    private readonly decimal _limit;

    /// <summary>Initializes a column over the first <paramref name="length"/> entries of <paramref name="values"/>.</summary>
    /// <param name="values">The amounts; fill them, then call <see cref="Sort"/> or <see cref="Percentiles"/>.</param>
    /// <param name="keys">Scratch for the keys, at least as long as the column.</param>
    /// <param name="work">Scratch for the selection, at least as long as the column; <see langword="null"/> when only <see cref="Sort"/> is used.</param>
    /// <param name="length">How many entries the column has.</param>
    /// <param name="minorUnits">The currency's minor units.</param>
    public SortedColumn(decimal[] values, long[] keys, long[]? work, int length, int minorUnits)
    {
        _values = values;
        _keys = keys;
        _work = work ?? [];
        _length = length;
        _minorUnits = minorUnits;
        _scale = Pow10(minorUnits);
        _limit = long.MaxValue / _scale;
    }

    /// <summary>Gets the column: fill its first entries, then <see cref="Sort"/> or ask for its <see cref="Percentiles"/>.</summary>
    public decimal[] Values => _values;

    /// <summary>Sorts the column's first entries in place, ascending.</summary>
    public void Sort()
    {
        if (TryKeys(out _, out _, out _, out _))
        {
            Array.Sort(_keys, _values, 0, _length);
        }
        else
        {
            Array.Sort(_values, 0, _length);
        }
    }

    /// <summary>
    /// The column's percentiles and mean: exactly what <see cref="Sort"/> followed by
    /// <see cref="MoneyPercentiles.Of"/> gives, down to each amount's scale. The column's entries may be reordered.
    /// </summary>
    /// <remarks>
    /// Without sorting, when it can prove the result the same: the keys at the asked ranks are selected; the amount
    /// shown for a key is the one every entry with that key holds, bit for bit (when two entries of one key differ in
    /// scale, 1.5 and 1.50, only the sort says which lands at the rank, so the column is sorted); and the mean's sum
    /// is added in the column's order, which gives the sorted order's sum, bit for bit, when no partial sum in any order
    /// can need more than decimal's 96-bit integer at the column's largest scale (no addition rounds, and each keeps
    /// the larger scale) and no amount is negative (an exact zero sum of amounts of both signs takes its sign from the
    /// order of the additions: 1 + -1 is 0, -1 + 1 is -0). Otherwise the column is sorted; the simulation's amounts
    /// are never negative.
    /// </remarks>
    public MoneyPercentiles Percentiles(decimal[] percentiles, Currency currency)
    {
        if (_work.Length >= _length
            && _length > 0
            && TryKeys(out var minKey, out var maxKey, out var maxScale, out var anySigned)
            && !anySigned
            && TrySelect(percentiles, currency, minKey, maxKey, maxScale) is { } selected)
        {
            return selected;
        }

        Sort();
        return MoneyPercentiles.Of(percentiles, _values.AsSpan(0, _length), currency);
    }

    // Fills the keys; false when an amount is finer than the minor units or beyond what a key holds. anySigned says
    // whether an amount has its sign bit set (a negative amount, or a negative zero).
    private bool TryKeys(out long minKey, out long maxKey, out int maxScale, out bool anySigned)
    {
        minKey = long.MaxValue;
        maxKey = long.MinValue;
        maxScale = 0;
        anySigned = false;
        for (var i = 0; i < _length; i++)
        {
            var value = _values[i];
            if (value > _limit || value < -_limit)
            {
                return false;
            }

            var scaled = value * _scale;
            if (scaled != decimal.Truncate(scaled))
            {
                return false;
            }

            var key = (long)scaled;
            _keys[i] = key;
            minKey = Math.Min(minKey, key);
            maxKey = Math.Max(maxKey, key);
            var flags = new DecimalBits { Value = value }.Flags;
            maxScale = Math.Max(maxScale, (flags >> 16) & 0xFF);
            anySigned |= flags < 0;
        }

        return true;
    }

    private MoneyPercentiles? TrySelect(decimal[] percentiles, Currency currency, long minKey, long maxKey, int maxScale)
    {
        // No amount is negative here, so every partial sum, in any order, is at most the whole sum, at most length ×
        // the largest key in minor units: below 2^96 at the largest scale, no addition rounds or drops a digit of scale.
        if ((double)_length * maxKey * Math.Pow(10, maxScale - _minorUnits) >= DecimalIntegerLimit)
        {
            return null;
        }

        // The ranks, as MoneyPercentiles.Of finds them.
        Span<int> index = stackalloc int[percentiles.Length];
        for (var i = 0; i < percentiles.Length; i++)
        {
            index[i] = MoneyPercentiles.RankIndex(percentiles[i], _length);
        }

        // The distinct ranks, ascending, and the key a sort would put at each.
        Span<int> ranks = stackalloc int[percentiles.Length];
        index.CopyTo(ranks);
        for (var i = 1; i < ranks.Length; i++)
        {
            // At most twenty percentiles (SimulationSettings): an insertion sort.
            var rank = ranks[i];
            var j = i - 1;
            for (; j >= 0 && ranks[j] > rank; j--)
            {
                ranks[j + 1] = ranks[j];
            }

            ranks[j + 1] = rank;
        }

        var distinct = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (distinct == 0 || ranks[i] != ranks[distinct - 1])
            {
                ranks[distinct++] = ranks[i];
            }
        }

        if (distinct > MaxSelectedRanks)
        {
            return null;
        }

        Span<long> rankKeys = stackalloc long[distinct];
        if (minKey == maxKey)
        {
            rankKeys.Fill(minKey);
        }
        else
        {
            Array.Copy(_keys, _work, _length);
            var lo = 0;
            for (var r = 0; r < distinct; r++)
            {
                Select(_work, lo, _length - 1, ranks[r]);
                rankKeys[r] = _work[ranks[r]];
                lo = ranks[r] + 1;
            }
        }

        // One pass: the amount every entry of each selected key holds (or give up), and the sum in the column's order.
        Span<decimal> shown = stackalloc decimal[distinct];
        Span<bool> seen = stackalloc bool[distinct];
        var sum = 0m;
        for (var i = 0; i < _length; i++)
        {
            var value = _values[i];
            sum += value;
            var key = _keys[i];
            for (var r = 0; r < distinct; r++)
            {
                if (key != rankKeys[r])
                {
                    continue;
                }

                if (!seen[r])
                {
                    seen[r] = true;
                    shown[r] = value;
                }
                else if (!DecimalBits.Same(shown[r], value))
                {
                    return null;
                }
            }
        }

        var values = new Money[percentiles.Length];
        for (var i = 0; i < percentiles.Length; i++)
        {
            var r = 0;
            while (ranks[r] != index[i])
            {
                r++;
            }

            values[i] = new Money(shown[r], currency);
        }

        return MoneyPercentiles.FromSum(percentiles, values, sum, _length, currency);
    }

    // Reorders work[lo..hi] so that work[rank] holds what a sort would put there, with nothing greater before it and
    // nothing smaller after it: a selection with a three-way partition (a column of equal amounts, common for an
    // ineligible stream, takes one pass), sorting the rest if a bad run of pivots uses up its budget.
    private static void Select(long[] work, int lo, int hi, int rank)
    {
        var budget = 64;
        while (hi > lo)
        {
            if (budget-- == 0)
            {
                Array.Sort(work, lo, hi - lo + 1);
                return;
            }

            var pivot = MedianOfThree(work[lo], work[lo + ((hi - lo) >> 1)], work[hi]);
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                var x = work[i];
                if (x < pivot)
                {
                    work[i++] = work[lt];
                    work[lt++] = x;
                }
                else if (x > pivot)
                {
                    work[i] = work[gt];
                    work[gt--] = x;
                }
                else
                {
                    i++;
                }
            }

            if (rank < lt)
            {
                hi = lt - 1;
            }
            else if (rank > gt)
            {
                lo = gt + 1;
            }
            else
            {
                return;
            }
        }
    }

    private static long MedianOfThree(long a, long b, long c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));

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
