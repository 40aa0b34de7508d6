using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers FsCheck generators for amounts (<see cref="decimal"/>), currencies, money, allocation weights, part counts,
/// amounts at <see cref="decimal"/>'s limits, rounding modes and the TikTok units, all of which shrink toward small,
/// short values so that a failure is reported on the simplest case that still fails.
/// Use it as <c>[Property(Arbitrary = [typeof(MoneyArbitraries)])]</c>.
/// </summary>
/// <remarks>
/// Amounts stay below 10^15 in magnitude, have up to 18 significant digits and up to 12 fraction digits, trailing zeros
/// included (100.0000 is a different <see cref="decimal"/> from 100 and must behave the same). That reaches far past any
/// creator's earnings while leaving room for sums, minor-unit scaling and weights without touching
/// <see cref="decimal"/>'s limits; <see cref="AnyExtremeAmount"/> and hand-written examples cover the limits themselves.
/// </remarks>
public static class MoneyArbitraries
{
    /// <summary>Gets currencies covering every minor-unit size in the built-in list (0, 2 and 3) and "no currency".</summary>
    public static IReadOnlyList<Currency> Currencies { get; } =
        new[] { "USD", "EUR", "GBP", "JPY", "KRW", "CLP", "BHD", "KWD", "INR", "BRL", "XXX" }
            .Select(Currency.FromCode)
            .ToArray();

    /// <summary>Generates amounts: mostly cents-shaped, some with sub-minor digits, trailing zeros or large magnitudes.</summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> AmountGen() =>
        from digits in Gen.Frequency(
            (4, Gen.Choose(0, 10_000).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (2, from high in Gen.Choose(0, 999_999_999) from low in Gen.Choose(0, 999_999_999) select (high * 1_000_000_000L) + low))
        from scale in Gen.Frequency((4, Gen.Constant(2)), (3, Gen.Choose(0, 4)), (1, Gen.Choose(0, 12)))
        from negative in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select Compose(BelowMaxWhole(digits, scale), scale, negative);

    /// <summary>Gets amounts as a shrinking arbitrary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<decimal> AnyAmount() => Arb.From(AmountGen(), ShrinkAmount);

    /// <summary>Gets built-in currencies as an arbitrary that shrinks toward US dollars.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Currency> AnyCurrency() =>
        Arb.From(Gen.Elements<Currency>(Currencies), c => c == Currency.Usd ? [] : [Currency.Usd]);

    /// <summary>Gets money in a built-in currency.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Money> AnyMoney() =>
        Arb.Zip(AnyAmount(), AnyCurrency()).Convert(t => new Money(t.Item1, t.Item2), m => (m.Amount, m.Currency));

    /// <summary>
    /// Gets allocation weights: one to eight non-negative entries with up to three fraction digits, at least one of them
    /// positive, zero entries included about one time in seven.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Weights> AnyWeights()
    {
        var weight = Gen.Frequency(
            (1, Gen.Constant(0m)),
            (3, Gen.Choose(1, 10).Select(i => (decimal)i)),
            (2, Gen.Choose(1, 10_000).Select(i => i / 1000m)),
            (1, Gen.Choose(1, int.MaxValue).Select(i => (decimal)i)));
        var weights =
            from count in Gen.Choose(1, 8)
            from entries in Gen.ArrayOf(weight, count)
            select entries.Any(w => w > 0m) ? entries : [1m, .. entries.Skip(1)];
        return Arb.From(weights, ShrinkWeights).Convert(w => new Weights(w), w => w.Values);
    }

    /// <summary>Gets part counts for <see cref="Money.Split(int)"/>, 1 to 12.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartCount> AnyPartCount() =>
        Arb.From(Gen.Choose(1, 12), n => n > 1 ? [1, n - 1] : []).Convert(n => new PartCount(n), p => p.Value);

    /// <summary>Gets the two rounding modes money offers, shrinking toward banker's rounding.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MidpointRounding> AnyRoundingMode() =>
        Arb.From(Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero), m => m == MidpointRounding.ToEven ? [] : [MidpointRounding.ToEven]);

    /// <summary>Gets coins, from whole counts to fractional expected values.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Coins> AnyCoins() => AnyAmount().Convert(v => new Coins(v), c => c.Value);

    /// <summary>Gets diamonds, from whole counts to fractional expected values.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Diamonds> AnyDiamonds() => AnyAmount().Convert(v => new Diamonds(v), d => d.Value);

    /// <summary>
    /// Generates amounts anywhere in <see cref="decimal"/>'s range: any 96-bit digits at any scale, so most of them have
    /// 28 or 29 significant digits and no room left for arithmetic; one in five has digits within 1,000 (mostly within
    /// 16) of the largest, 2^96 - 1 (the digits of <see cref="decimal.MaxValue"/>), where a share that rounds up in its last
    /// digit leaves no room for the sum of the shares.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> ExtremeAmountGen() =>
        from digits in Gen.Frequency((4, AnyDigits()), (1, DigitsBelowTheLimit()))
        from scale in Gen.Choose(0, 28)
        from negative in Gen.Elements(false, true)
        select new decimal(digits.Low, digits.Middle, digits.High, negative, (byte)scale);

    /// <summary>Gets amounts anywhere in <see cref="decimal"/>'s range, shrinking like <see cref="AnyAmount"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExtremeAmount> AnyExtremeAmount() =>
        Arb.From(ExtremeAmountGen(), ShrinkAmount).Convert(a => new ExtremeAmount(a), a => a.Value);

    /// <summary>Returns how many fraction digits the amount needs, trailing zeros not counted (2 for 12.3400).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The number of fraction digits.</returns>
    public static int SignificantScale(decimal amount)
    {
        // Read off the shortest invariant text rather than the decimal's bits, so the oracle shares no code with the SDK.
        var text = amount.ToString("0.############################", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }

    // Below 10^15 with at most 12 fraction digits, a sum of three amounts needs at most 28 significant digits, so decimal
    // holds it exactly and the arithmetic laws can be checked with ==. Past that, decimal rounds the last digit.
    private const long MaxWhole = 1_000_000_000_000_000;

    // Digits are below 10^18, so from three fraction digits on the amount is already below 10^15.
    private static long BelowMaxWhole(long digits, int scale) => scale >= 3 ? digits : digits % (MaxWhole * (long)Math.Pow(10, scale));

    private static decimal Compose(long digits, int scale, bool negative) =>
        new((int)(digits & 0xFFFF_FFFF), (int)(digits >> 32), 0, negative, (byte)scale);

    private static Gen<(int Low, int Middle, int High)> AnyDigits() =>
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from middle in Gen.Choose(int.MinValue, int.MaxValue)
        from high in Gen.Frequency((1, Gen.Choose(0, 1000)), (3, Gen.Choose(int.MinValue, int.MaxValue)))
        select (low, middle, high);

    // 2^96 - 1 - below: all ones in the high and middle words (-1 as int), the low word counted down from all ones.
    private static Gen<(int Low, int Middle, int High)> DigitsBelowTheLimit() =>
        Gen.Frequency((3, Gen.Choose(0, 16)), (1, Gen.Choose(0, 1000))).Select(below => (unchecked((int)(uint.MaxValue - (uint)below)), -1, -1));

    private static IEnumerable<decimal> ShrinkAmount(decimal amount)
    {
        if (amount == 0m)
        {
            yield break;
        }

        yield return 0m;
        if (amount < 0m)
        {
            yield return -amount;
        }

        var scale = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        if (scale > 0)
        {
            // One fraction digit fewer, keeping the digits that remain.
            yield return decimal.Round(amount, scale - 1, MidpointRounding.ToZero);
        }
        else if (Math.Abs(amount) >= 10m)
        {
            yield return decimal.Truncate(amount / 10m);
        }
    }

    private static IEnumerable<decimal[]> ShrinkWeights(decimal[] weights)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            var without = weights.Where((_, j) => j != i).ToArray();
            if (without.Any(w => w > 0m))
            {
                yield return without;
            }
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 1m && weights[i] != 0m)
            {
                var simpler = (decimal[])weights.Clone();
                simpler[i] = 1m;
                yield return simpler;
            }
        }
    }
}

/// <summary>Allocation weights: one to eight non-negative entries, at least one positive.</summary>
/// <param name="Values">The weights.</param>
public readonly record struct Weights(decimal[] Values)
{
    /// <inheritdoc />
    public override string ToString() => "weights [" + string.Join(", ", Values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}

/// <summary>A number of parts for <see cref="Money.Split(int)"/>, 1 to 12.</summary>
/// <param name="Value">The count.</param>
public readonly record struct PartCount(int Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " parts";
}

/// <summary>An amount anywhere in <see cref="decimal"/>'s range, most with 28 or 29 significant digits.</summary>
/// <param name="Value">The amount.</param>
public readonly record struct ExtremeAmount(decimal Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
