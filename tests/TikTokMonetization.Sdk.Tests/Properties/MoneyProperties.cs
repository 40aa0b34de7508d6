using System.Numerics;
using FsCheck.Xunit;
using static TikTokMonetization.Tests.MoneyArbitraries;

namespace TikTokMonetization.Tests;

/// <summary>The laws a user of <see cref="Money"/> relies on, checked on generated amounts, currencies and weights.</summary>
/// <remarks>
/// <see cref="decimal"/> parameters are amounts from <see cref="MoneyArbitraries.AnyAmount"/>: below 10^15 with up to
/// 12 fraction digits, so sums of three are exact and the arithmetic laws can use <c>==</c>.
/// </remarks>
[Properties(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500, QuietOnSuccess = true)]
public sealed class MoneyProperties
{
    [Property]
    public void Allocate_PreservesTheTotalAndTheCurrency(Money money, Weights weights)
    {
        var parts = money.Allocate(weights.Values);
        Assert.Equal(weights.Values.Length, parts.Length);
        Assert.All(parts, p => Assert.Equal(money.Currency, p.Currency));
        Assert.Equal(money, Money.Sum(parts, money.Currency));
    }

    [Property]
    public void Allocate_AtDecimalsLimits_StillPreservesTheTotal_AndGivesNothingToAZeroWeight(ExtremeAmount extreme, Currency currency, Weights weights)
    {
        var amount = extreme.Value;
        var money = new Money(amount, currency);
        var parts = money.Allocate(weights.Values);
        Assert.Equal(money, Money.Sum(parts, currency));
        Assert.All(parts, p => Assert.True(p.Amount == 0m || Math.Sign(p.Amount) == Math.Sign(amount), $"{p} has the wrong sign."));
        Assert.All(parts.Where((_, i) => weights.Values[i] == 0m), p => Assert.True(p.IsZero, $"a zero weight received {p}."));
        Assert.Equal(parts, money.Allocate(weights.Values));
    }

    [Property]
    public void Split_AtDecimalsLimits_PreservesTheTotal_InNearEqualParts(ExtremeAmount extreme, Currency currency, PartCount count)
    {
        // Near decimal.MaxValue a half share rounds up in its 29th digit, so summing the floored shares before settling
        // the leftover overflowed (Money.Usd(decimal.MaxValue).Split(2) threw OverflowException): any amount decimal can
        // hold must split, and the parts must add up to it exactly.
        var money = new Money(extreme.Value, currency);
        var parts = money.Split(count.Value);
        Assert.Equal(count.Value, parts.Length);
        Assert.Equal(money, Money.Sum(parts, currency));
        var magnitudes = parts.Select(p => Math.Abs(p.Amount)).ToArray();
        Assert.Equal(magnitudes.OrderByDescending(m => m), magnitudes);
    }

    [Property]
    public void Split_PreservesTheTotal(Money money, PartCount count)
    {
        var parts = money.Split(count.Value);
        Assert.Equal(count.Value, parts.Length);
        Assert.Equal(money, Money.Sum(parts, money.Currency));
    }

    [Property]
    public void Allocate_PartsAreWholeQuanta(Money money, Weights weights)
    {
        var quantum = Quantum(money);
        Assert.All(money.Allocate(weights.Values), p => Assert.Equal(0m, p.Amount % quantum));
    }

    [Property]
    public void Allocate_PartsAreWithinOneQuantumOfTheExactShare(Money money, Weights weights)
    {
        // Exact in whole numbers: part/quantum must lie within one of units * w / W, that is
        // |part * W - units * w| < W once the weights are scaled to integers (AnyWeights has at most three fraction digits).
        var quantum = Quantum(money);
        var units = new BigInteger(money.Amount / quantum);
        var scaled = weights.Values.Select(w => new BigInteger(w * 1000m)).ToArray();
        var total = scaled.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
        var parts = money.Allocate(weights.Values);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = new BigInteger(parts[i].Amount / quantum);
            var gap = BigInteger.Abs((part * total) - (units * scaled[i]));
            Assert.True(gap < total, $"part {i} = {parts[i]} is a quantum or more away from its share of {money} by {weights}.");
        }
    }

    [Property]
    public void Allocate_GivesNothingToAZeroWeight(Money money, Weights weights)
    {
        var parts = money.Allocate(weights.Values);
        for (var i = 0; i < parts.Length; i++)
        {
            if (weights.Values[i] == 0m)
            {
                Assert.True(parts[i].IsZero, $"weight {i} is zero but received {parts[i]}.");
            }
        }
    }

    [Property]
    public void Allocate_IsDeterministic_AndDependsOnTheValueNotItsTrailingZeros(Money money, Weights weights)
    {
        var expected = money.Allocate(weights.Values);
        Assert.Equal(expected, money.Allocate(weights.Values));
        Assert.Equal(expected, money.Allocate((decimal[])weights.Values.Clone()));

        // 12.50 and 12.5000 are equal money; they must be divided the same way.
        var padded = new Money(money.Amount * 1.0000m, money.Currency);
        Assert.Equal(expected, padded.Allocate(weights.Values));
    }

    [Property]
    public void Allocate_OfANegatedAmount_NegatesEveryPart(Money money, Weights weights) =>
        Assert.Equal(money.Allocate(weights.Values).Select(p => -p), (-money).Allocate(weights.Values));

    [Property]
    public void Split_PartsDifferByAtMostOneQuantum_LargestFirst(Money money, PartCount count)
    {
        var magnitudes = money.Split(count.Value).Select(p => Math.Abs(p.Amount)).ToArray();
        Assert.True(magnitudes.Max() - magnitudes.Min() <= Quantum(money));
        Assert.Equal(magnitudes.OrderByDescending(m => m), magnitudes);
    }

    [Property]
    public bool Addition_IsCommutative(Currency currency, decimal x, decimal y)
    {
        var (a, b) = (new Money(x, currency), new Money(y, currency));
        return a + b == b + a;
    }

    [Property]
    public bool Addition_IsAssociative(Money a, decimal y, decimal z)
    {
        var (b, c) = (new Money(y, a.Currency), new Money(z, a.Currency));
        return (a + b) + c == a + (b + c);
    }

    [Property]
    public bool AddingTheNegation_GivesZero(Money a) => a + (-a) == Money.Zero(a.Currency) && (a - a).IsZero;

    [Property]
    public bool SubtractingWhatWasAdded_GivesTheOriginal(Money a, decimal y)
    {
        var b = new Money(y, a.Currency);
        return (a + b) - b == a && Money.Subtract(Money.Add(a, b), b) == a;
    }

    [Property]
    public void CombiningDifferentCurrencies_AlwaysThrows(Money a, Money b)
    {
        if (a.Currency == b.Currency)
        {
            return;
        }

        Assert.Throws<CurrencyMismatchException>(() => a + b);
        Assert.Throws<CurrencyMismatchException>(() => a - b);
        Assert.Throws<CurrencyMismatchException>(() => a.CompareTo(b));
        Assert.False(a == b);
    }

    [Property]
    public void Round_IsIdempotent_AndWithinHalfAMinorUnit(Money money, MidpointRounding mode)
    {
        var rounded = money.Round(mode);
        Assert.Equal(rounded, rounded.Round(mode));
        Assert.Equal(money.Currency, rounded.Currency);
        Assert.True(Math.Abs(rounded.Amount - money.Amount) <= money.Currency.MinorUnit / 2m);
        Assert.Equal(0m, rounded.Amount % money.Currency.MinorUnit);
    }

    [Property]
    public void ToString_ThenTryParse_RoundTrips_WhateverTheCurrentCulture(Money money) =>
        MoneyTests.WithCulture("de-DE", () =>
        {
            var text = money.ToString();
            Assert.True(Money.TryParse(text, out var parsed), $"'{text}' did not parse.");
            Assert.Equal(money, parsed);
            Assert.Equal(money.Currency, parsed.Currency);
            Assert.Equal(text, parsed.ToString());
        });

    [Property]
    public bool Comparison_FollowsTheAmount(Money a, decimal y)
    {
        var b = new Money(y, a.Currency);
        var expected = Math.Sign(a.Amount.CompareTo(b.Amount));
        return Math.Sign(a.CompareTo(b)) == expected
            && (a < b) == (expected < 0)
            && (a >= b) == (expected >= 0)
            && (a == b) == (expected == 0)
            && Money.Max(a, b).Amount == Math.Max(a.Amount, b.Amount);
    }

    [Property]
    public void EqualityAndOrdering_KeepTheValueTypeContract(Currency currency, decimal x, decimal y, decimal z)
    {
        var sorted = new[] { x, y, z }.Distinct().OrderBy(v => v).Select(v => new Money(v, currency)).ToArray();
        if (sorted.Length == 3)
        {
            ValueTypeContract.AssertOrdering(sorted[0], sorted[1], sorted[2]);
        }

        ValueTypeContract.AssertEqualValues(sorted[0], new Money(sorted[0].Amount * 1.000m, currency));
    }

    private static decimal Quantum(Money money) =>
        1m / Pow10(Math.Max(money.Currency.MinorUnits, SignificantScale(money.Amount)));

    private static decimal Pow10(int digits) => digits == 0 ? 1m : 10m * Pow10(digits - 1);
}
