using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using static TikTokMonetization.Tests.MoneyArbitraries;

namespace TikTokMonetization.Tests;

/// <summary>The laws a user of <see cref="Money"/> relies on, checked on generated amounts, currencies and weights.</summary>
public sealed class MoneyProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    [Fact]
    public void Allocate_PreservesTheTotalAndTheCurrency() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
        {
            var parts = money.Allocate(weights);
            Assert.Equal(weights.Length, parts.Length);
            Assert.All(parts, p => Assert.Equal(money.Currency, p.Currency));
            Assert.Equal(money, Money.Sum(parts, money.Currency));
        }).Check(Quick);

    [Fact]
    public void Allocate_AtDecimalsLimits_StillPreservesTheTotal() =>
        Prop.ForAll(AnyExtremeAmount(), AnyCurrency(), AnyWeights(), (amount, currency, weights) =>
        {
            var money = new Money(amount, currency);
            var parts = money.Allocate(weights);
            Assert.Equal(money, Money.Sum(parts, currency));
            Assert.All(parts, p => Assert.True(p.Amount == 0m || Math.Sign(p.Amount) == Math.Sign(amount), $"{p} has the wrong sign."));
            Assert.Equal(parts, money.Allocate(weights));
        }).Check(Quick);

    [Fact]
    public void Split_PreservesTheTotal() =>
        Prop.ForAll(AnyMoney(), AnyPartCount(), (money, count) =>
        {
            var parts = money.Split(count);
            Assert.Equal(count, parts.Length);
            Assert.Equal(money, Money.Sum(parts, money.Currency));
        }).Check(Quick);

    [Fact]
    public void Allocate_PartsAreWholeQuanta() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
        {
            var quantum = Quantum(money);
            Assert.All(money.Allocate(weights), p => Assert.Equal(0m, p.Amount % quantum));
        }).Check(Quick);

    [Fact]
    public void Allocate_PartsAreWithinOneQuantumOfTheExactShare() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
        {
            // Exact in whole numbers: part/quantum must lie within one of units * w / W, that is
            // |part * W - units * w| < W once the weights are scaled to integers (AnyWeights has at most three fraction digits).
            var quantum = Quantum(money);
            var units = new BigInteger(money.Amount / quantum);
            var scaled = weights.Select(w => new BigInteger(w * 1000m)).ToArray();
            var total = scaled.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
            var parts = money.Allocate(weights);
            for (var i = 0; i < parts.Length; i++)
            {
                var part = new BigInteger(parts[i].Amount / quantum);
                var gap = BigInteger.Abs((part * total) - (units * scaled[i]));
                Assert.True(gap < total, $"part {i} = {parts[i]} is a quantum or more away from its share of {money} by {string.Join(", ", weights)}.");
            }
        }).Check(Quick);

    [Fact]
    public void Allocate_GivesNothingToAZeroWeight() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
        {
            var parts = money.Allocate(weights);
            for (var i = 0; i < parts.Length; i++)
            {
                if (weights[i] == 0m)
                {
                    Assert.True(parts[i].IsZero, $"weight {i} is zero but received {parts[i]}.");
                }
            }
        }).Check(Quick);

    [Fact]
    public void Allocate_IsDeterministic_AndDependsOnTheValueNotItsTrailingZeros() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
        {
            var expected = money.Allocate(weights);
            Assert.Equal(expected, money.Allocate(weights));
            Assert.Equal(expected, money.Allocate((decimal[])weights.Clone()));

            // 12.50 and 12.5000 are equal money; they must be divided the same way.
            var padded = new Money(money.Amount * 1.0000m, money.Currency);
            Assert.Equal(expected, padded.Allocate(weights));
        }).Check(Quick);

    [Fact]
    public void Allocate_OfANegatedAmount_NegatesEveryPart() =>
        Prop.ForAll(AnyMoney(), AnyWeights(), (money, weights) =>
            Assert.Equal(money.Allocate(weights).Select(p => -p), (-money).Allocate(weights))).Check(Quick);

    [Fact]
    public void Split_PartsDifferByAtMostOneQuantum_LargestFirst() =>
        Prop.ForAll(AnyMoney(), AnyPartCount(), (money, count) =>
        {
            var magnitudes = money.Split(count).Select(p => Math.Abs(p.Amount)).ToArray();
            Assert.True(magnitudes.Max() - magnitudes.Min() <= Quantum(money));
            Assert.Equal(magnitudes.OrderByDescending(m => m), magnitudes);
        }).Check(Quick);

    [Fact]
    public void Addition_IsCommutative() =>
        Prop.ForAll(AnyCurrency(), AnyAmount(), AnyAmount(), (currency, x, y) =>
        {
            var (a, b) = (new Money(x, currency), new Money(y, currency));
            return a + b == b + a;
        }).Check(Quick);

    [Fact]
    public void Addition_IsAssociative() =>
        Prop.ForAll(AnyMoney(), AnyAmount(), AnyAmount(), (a, y, z) =>
        {
            var (b, c) = (new Money(y, a.Currency), new Money(z, a.Currency));
            return (a + b) + c == a + (b + c);
        }).Check(Quick);

    [Fact]
    public void AddingTheNegation_GivesZero() =>
        Prop.ForAll(AnyMoney(), a => a + (-a) == Money.Zero(a.Currency) && (a - a).IsZero).Check(Quick);

    [Fact]
    public void SubtractingWhatWasAdded_GivesTheOriginal() =>
        Prop.ForAll(AnyMoney(), AnyAmount(), (a, y) =>
        {
            var b = new Money(y, a.Currency);
            return (a + b) - b == a && Money.Subtract(Money.Add(a, b), b) == a;
        }).Check(Quick);

    [Fact]
    public void CombiningDifferentCurrencies_AlwaysThrows() =>
        Prop.ForAll(AnyMoney(), AnyMoney(), (a, b) =>
        {
            if (a.Currency == b.Currency)
            {
                return;
            }

            Assert.Throws<CurrencyMismatchException>(() => a + b);
            Assert.Throws<CurrencyMismatchException>(() => a - b);
            Assert.Throws<CurrencyMismatchException>(() => a.CompareTo(b));
            Assert.False(a == b);
        }).Check(Quick);

    [Fact]
    public void Round_IsIdempotent_AndWithinHalfAMinorUnit() =>
        Prop.ForAll(AnyMoney(), Arb.From(Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero)), (money, mode) =>
        {
            var rounded = money.Round(mode);
            Assert.Equal(rounded, rounded.Round(mode));
            Assert.Equal(money.Currency, rounded.Currency);
            Assert.True(Math.Abs(rounded.Amount - money.Amount) <= money.Currency.MinorUnit / 2m);
            Assert.Equal(0m, rounded.Amount % money.Currency.MinorUnit);
        }).Check(Quick);

    [Fact]
    public void ToString_ThenTryParse_RoundTrips_WhateverTheCurrentCulture() =>
        MoneyTests.WithCulture("de-DE", () =>
            Prop.ForAll(AnyMoney(), money =>
            {
                var text = money.ToString();
                Assert.True(Money.TryParse(text, out var parsed), $"'{text}' did not parse.");
                Assert.Equal(money, parsed);
                Assert.Equal(money.Currency, parsed.Currency);
                Assert.Equal(text, parsed.ToString());
            }).Check(Quick));

    [Fact]
    public void Comparison_FollowsTheAmount() =>
        Prop.ForAll(AnyMoney(), AnyAmount(), (a, y) =>
        {
            var b = new Money(y, a.Currency);
            var expected = Math.Sign(a.Amount.CompareTo(b.Amount));
            return Math.Sign(a.CompareTo(b)) == expected
                && (a < b) == (expected < 0)
                && (a >= b) == (expected >= 0)
                && (a == b) == (expected == 0)
                && Money.Max(a, b).Amount == Math.Max(a.Amount, b.Amount);
        }).Check(Quick);

    [Fact]
    public void EqualityAndOrdering_KeepTheValueTypeContract() =>
        Prop.ForAll(AnyCurrency(), Arb.Zip(AnyAmount(), AnyAmount()), AnyAmount(), (currency, xy, z) =>
        {
            var sorted = new[] { xy.Item1, xy.Item2, z }.Distinct().OrderBy(v => v).Select(v => new Money(v, currency)).ToArray();
            if (sorted.Length == 3)
            {
                ValueTypeContract.AssertOrdering(sorted[0], sorted[1], sorted[2]);
            }

            ValueTypeContract.AssertEqualValues(sorted[0], new Money(sorted[0].Amount * 1.000m, currency));
        }).Check(Quick);

    private static decimal Quantum(Money money) =>
        1m / Pow10(Math.Max(money.Currency.MinorUnits, SignificantScale(money.Amount)));

    private static decimal Pow10(int digits) => digits == 0 ? 1m : 10m * Pow10(digits - 1);
}
