using FsCheck.Xunit;

namespace TikTokMonetization.Tests;

/// <summary>The laws a user of <see cref="Coins"/> and <see cref="Diamonds"/> relies on.</summary>
[Properties(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500, QuietOnSuccess = true)]
public sealed class UnitProperties
{
    private delegate bool TryParser<T>(string? text, out T value);

    [Property]
    public void Coins_ToString_ThenTryParse_RoundTrips(Coins coins) => AssertRoundTrips(coins, Coins.TryParse);

    [Property]
    public void Diamonds_ToString_ThenTryParse_RoundTrips(Diamonds diamonds) => AssertRoundTrips(diamonds, Diamonds.TryParse);

    [Property]
    public bool Coins_FollowTheAdditionLaws(Coins a, Coins b, Coins c) =>
        a + b == b + a
        && (a + b) + c == a + (b + c)
        && a + (-a) == Coins.Zero
        && (a + b) - b == a
        && Coins.Add(a, b) == a + b;

    [Property]
    public bool Diamonds_FollowTheAdditionLaws(Diamonds a, Diamonds b, Diamonds c) =>
        a + b == b + a
        && (a + b) + c == a + (b + c)
        && a + (-a) == Diamonds.Zero
        && (a + b) - b == a
        && Diamonds.Add(a, b) == a + b;

    [Property]
    public bool Coins_ComparisonFollowsTheValue(Coins a, Coins b)
    {
        var expected = Math.Sign(a.Value.CompareTo(b.Value));
        return Math.Sign(a.CompareTo(b)) == expected && (a < b) == (expected < 0) && (a >= b) == (expected >= 0);
    }

    [Property]
    public bool Diamonds_ComparisonFollowsTheValue(Diamonds a, Diamonds b)
    {
        var expected = Math.Sign(a.Value.CompareTo(b.Value));
        return Math.Sign(a.CompareTo(b)) == expected && (a <= b) == (expected <= 0) && (a > b) == (expected > 0);
    }

    [Property]
    public void Units_KeepTheValueTypeContract(decimal x, decimal y, decimal z)
    {
        var sorted = new[] { x, y, z }.Distinct().OrderBy(v => v).ToArray();
        if (sorted.Length == 3)
        {
            ValueTypeContract.AssertOrdering(new Coins(sorted[0]), new Coins(sorted[1]), new Coins(sorted[2]));
            ValueTypeContract.AssertOrdering(new Diamonds(sorted[0]), new Diamonds(sorted[1]), new Diamonds(sorted[2]));
        }

        // The same value with more trailing zeros is the same quantity.
        ValueTypeContract.AssertEqualValues(new Coins(z), new Coins(z * 1.00m));
        ValueTypeContract.AssertEqualValues(new Diamonds(z), new Diamonds(z * 1.00m));
    }

    private static void AssertRoundTrips<T>(T value, TryParser<T> tryParse)
        where T : struct, IEquatable<T>
    {
        var text = value.ToString();
        Assert.True(tryParse(text, out var parsed), $"'{text}' did not parse.");
        Assert.Equal(value, parsed);
        Assert.Equal(text, parsed.ToString());
    }
}
