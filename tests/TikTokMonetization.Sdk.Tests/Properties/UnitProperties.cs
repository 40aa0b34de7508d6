using FsCheck;
using FsCheck.Fluent;
using static TikTokMonetization.Tests.MoneyArbitraries;

namespace TikTokMonetization.Tests;

/// <summary>The laws a user of <see cref="Coins"/> and <see cref="Diamonds"/> relies on.</summary>
public sealed class UnitProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private delegate bool TryParser<T>(string? text, out T value);

    [Fact]
    public void Coins_ToString_ThenTryParse_RoundTrips() =>
        Prop.ForAll(AnyCoins(), coins => AssertRoundTrips(coins, Coins.TryParse)).Check(Quick);

    [Fact]
    public void Diamonds_ToString_ThenTryParse_RoundTrips() =>
        Prop.ForAll(AnyDiamonds(), diamonds => AssertRoundTrips(diamonds, Diamonds.TryParse)).Check(Quick);

    [Fact]
    public void Coins_FollowTheAdditionLaws() =>
        Prop.ForAll(AnyCoins(), AnyCoins(), AnyCoins(), (a, b, c) =>
            a + b == b + a
            && (a + b) + c == a + (b + c)
            && a + (-a) == Coins.Zero
            && (a + b) - b == a
            && Coins.Add(a, b) == a + b).Check(Quick);

    [Fact]
    public void Diamonds_FollowTheAdditionLaws() =>
        Prop.ForAll(AnyDiamonds(), AnyDiamonds(), AnyDiamonds(), (a, b, c) =>
            a + b == b + a
            && (a + b) + c == a + (b + c)
            && a + (-a) == Diamonds.Zero
            && (a + b) - b == a
            && Diamonds.Add(a, b) == a + b).Check(Quick);

    [Fact]
    public void Coins_ComparisonFollowsTheValue() =>
        Prop.ForAll(AnyCoins(), AnyCoins(), (a, b) =>
        {
            var expected = Math.Sign(a.Value.CompareTo(b.Value));
            return Math.Sign(a.CompareTo(b)) == expected && (a < b) == (expected < 0) && (a >= b) == (expected >= 0);
        }).Check(Quick);

    [Fact]
    public void Diamonds_ComparisonFollowsTheValue() =>
        Prop.ForAll(AnyDiamonds(), AnyDiamonds(), (a, b) =>
        {
            var expected = Math.Sign(a.Value.CompareTo(b.Value));
            return Math.Sign(a.CompareTo(b)) == expected && (a <= b) == (expected <= 0) && (a > b) == (expected > 0);
        }).Check(Quick);

    [Fact]
    public void Units_KeepTheValueTypeContract() =>
        Prop.ForAll(Arb.Zip(AnyAmount(), AnyAmount()), AnyAmount(), (xy, z) =>
        {
            var sorted = new[] { xy.Item1, xy.Item2, z }.Distinct().OrderBy(v => v).ToArray();
            if (sorted.Length == 3)
            {
                ValueTypeContract.AssertOrdering(new Coins(sorted[0]), new Coins(sorted[1]), new Coins(sorted[2]));
                ValueTypeContract.AssertOrdering(new Diamonds(sorted[0]), new Diamonds(sorted[1]), new Diamonds(sorted[2]));
            }

            // The same value with more trailing zeros is the same quantity.
            ValueTypeContract.AssertEqualValues(new Coins(z), new Coins(z * 1.00m));
            ValueTypeContract.AssertEqualValues(new Diamonds(z), new Diamonds(z * 1.00m));
        }).Check(Quick);

    private static void AssertRoundTrips<T>(T value, TryParser<T> tryParse)
        where T : struct, IEquatable<T>
    {
        var text = value.ToString();
        Assert.True(tryParse(text, out var parsed), $"'{text}' did not parse.");
        Assert.Equal(value, parsed);
        Assert.Equal(text, parsed.ToString());
    }
}
