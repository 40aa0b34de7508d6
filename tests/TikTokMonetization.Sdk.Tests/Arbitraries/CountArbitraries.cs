using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers generators of the counts the boundary and likes laws draw on their own: follower counts around every
/// follower minimum, ages around 18, small video counts, reporting periods, and likes added to a creator.
/// Use it beside a creator arbitrary: <c>[Property(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)])]</c>.
/// </summary>
public static class CountArbitraries
{
    /// <summary>Gets follower counts from 0 to 3,000 and from 9,000 to 11,000, the minimums 1,000 and 10,000 and their neighbours included.</summary>
    /// <returns>The arbitrary; it shrinks toward the nearest minimum.</returns>
    public static Arbitrary<FollowerCount> AnyFollowerCount() =>
        Arb.From(
            Gen.Frequency(
                (4, Gen.Choose(0, 3_000)),
                (4, Gen.Choose(9_000, 11_000)),
                (1, Gen.Elements(0, 999, 1_000, 1_001, 9_999, 10_000, 10_001))).Select(n => new FollowerCount(n)),
            f => TowardThe(f.Value, f.Value < 6_000 ? 1_000 : 10_000).Select(n => new FollowerCount(n)));

    /// <summary>Gets ages from 0 to 60, with 17, 18 and 19 drawn more often.</summary>
    /// <returns>The arbitrary; it shrinks toward 18.</returns>
    public static Arbitrary<AgeInYears> AnyAge() =>
        Arb.From(
            Gen.Frequency((4, Gen.Choose(0, 60)), (1, Gen.Elements(17, 18, 19))).Select(a => new AgeInYears(a)),
            a => TowardThe(a.Value, 18).Select(n => new AgeInYears(n)));

    /// <summary>Gets video counts from 0 to 6 (the video minimums are 1 and, when configured, 3).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<VideoCount> AnyVideoCount() =>
        Arb.From(Gen.Choose(0, 6).Select(v => new VideoCount(v)), v => v.Value > 0 ? [new VideoCount(v.Value - 1)] : []);

    /// <summary>Gets reporting periods from 1 to 366 days.</summary>
    /// <returns>The arbitrary; it shrinks toward 30 days.</returns>
    public static Arbitrary<PeriodLength> AnyPeriodLength() =>
        Arb.From(Gen.Choose(1, 366).Select(d => new PeriodLength(d)), p => TowardThe(p.Days, 30).Select(d => new PeriodLength(d)));

    /// <summary>Gets offsets from -2 to 2 around a threshold.</summary>
    /// <returns>The arbitrary; it shrinks toward 0.</returns>
    public static Arbitrary<ThresholdOffset> AnyThresholdOffset() =>
        Arb.From(Gen.Choose(-2, 2).Select(o => new ThresholdOffset(o)), o => TowardThe(o.Value, 0).Select(n => new ThresholdOffset(n)));

    /// <summary>Gets extra likes from 0 to <see cref="int.MaxValue"/>, spread evenly (most are in the hundreds of millions).</summary>
    /// <returns>The arbitrary; it shrinks by halving.</returns>
    public static Arbitrary<ExtraLikes> AnyExtraLikes() =>
        Arb.From(Gen.Choose(0, int.MaxValue).Select(l => new ExtraLikes(l)), l => l.Value > 0 ? [new ExtraLikes(0), new ExtraLikes(l.Value / 2)] : []);

    /// <summary>Gets likes added in a likes analysis: from 1 to 10,000, or up to about 2 × 10^11 in steps of 100.</summary>
    /// <returns>The arbitrary; it shrinks toward one like.</returns>
    public static Arbitrary<AddedLikes> AnyAddedLikes() =>
        Arb.From(
            Gen.OneOf(Gen.Choose(1, 10_000).Select(l => (long)l), Gen.Choose(1, int.MaxValue).Select(l => (long)l * 100)).Select(l => new AddedLikes(l)),
            l => l.Value > 1 ? [new AddedLikes(1), new AddedLikes(Math.Max(1, l.Value / 2))] : []);

    // One step to the target, then half the way: enough for FsCheck to walk a failure to the boundary.
    private static IEnumerable<int> TowardThe(int value, int target)
    {
        if (value == target)
        {
            yield break;
        }

        yield return target;
        var half = value + ((target - value) / 2);
        if (half != value && half != target)
        {
            yield return half;
        }
    }
}

/// <summary>A follower count near a follower minimum.</summary>
/// <param name="Value">The count.</param>
public readonly record struct FollowerCount(int Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " followers";
}

/// <summary>An age in years.</summary>
/// <param name="Value">The age.</param>
public readonly record struct AgeInYears(int Value)
{
    /// <inheritdoc />
    public override string ToString() => "age " + Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A small number of videos posted.</summary>
/// <param name="Value">The count.</param>
public readonly record struct VideoCount(int Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " videos";
}

/// <summary>A reporting period.</summary>
/// <param name="Days">The length in days, 1 to 366.</param>
public readonly record struct PeriodLength(int Days)
{
    /// <inheritdoc />
    public override string ToString() => Days.ToString(CultureInfo.InvariantCulture) + " days";
}

/// <summary>A small offset from a threshold.</summary>
/// <param name="Value">The offset, -2 to 2.</param>
public readonly record struct ThresholdOffset(int Value)
{
    /// <inheritdoc />
    public override string ToString() => "offset " + Value.ToString("+0;-0;0", CultureInfo.InvariantCulture);
}

/// <summary>Likes added to a creator's videos or LIVE sessions, 0 or more.</summary>
/// <param name="Value">The likes.</param>
public readonly record struct ExtraLikes(int Value)
{
    /// <inheritdoc />
    public override string ToString() => "+" + Value.ToString(CultureInfo.InvariantCulture) + " likes";
}

/// <summary>Likes added in a likes analysis, 1 or more.</summary>
/// <param name="Value">The likes.</param>
public readonly record struct AddedLikes(long Value)
{
    /// <inheritdoc />
    public override string ToString() => "+" + Value.ToString(CultureInfo.InvariantCulture) + " likes";
}
