using FsCheck.Xunit;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The laws of the public range arithmetic that every model (built-in or a user's) computes with: point by point,
/// exact, and always ordered.
/// </summary>
[Properties(Arbitrary = [typeof(RangeArbitraries), typeof(MoneyArbitraries)], MaxTest = 500, QuietOnSuccess = true)]
public sealed class RangeProperties
{
    [Property]
    public void Multiply_IsPointByPoint_AndOrderedForNonNegativeRanges(ValueRange quantity, ValueRange rate)
    {
        var product = quantity * rate;

        Assert.Equal(quantity.Low * rate.Low, product.Low);
        Assert.Equal(quantity.Expected * rate.Expected, product.Expected);
        Assert.Equal(quantity.High * rate.High, product.High);
        Assert.Equal(product, ValueRange.Multiply(quantity, rate));
    }

    [Property]
    public void MultiplyIndependent_ByAFactorComputedOnce_GivesThePlainProductsDecimals_ToTheLastBit(ValueRange left, ValueRange right)
    {
        // The built-in funnels multiply by options' rates whose log ratios are computed once (IndependentFactor); a
        // speed-up may not move a digit, nor a decimal's scale.
        AssertSameBits(ValueRange.MultiplyIndependent(left, right), ValueRange.MultiplyIndependent(left, new IndependentFactor(right)));
        AssertSameBits(ValueRange.MultiplyIndependent(right, left), ValueRange.MultiplyIndependent(right, new IndependentFactor(left)));
    }

    [Theory]
    [InlineData("0", "0.0000000001", "1000000000000", "0", "0.0000000001", "1000000000")]
    [InlineData("1", "1", "10000000000000", "0.5", "1", "2")]
    [InlineData("0.5", "1", "2", "1", "1", "10000000000000")]
    [InlineData("0.0000000000000000000000000001", "1", "10000000000000000", "0.5", "0.7", "0.9")]
    [InlineData("0.5", "0.7", "0.9", "0.0000000000000000000000000001", "0.0000000000000000000000000002", "10000000000000000")]
    [InlineData("3", "3", "3", "0", "0", "5")]
    [InlineData("1", "2", "3", "0", "0", "5")]
    [InlineData("1", "2", "3", "0", "0.5", "5")]
    public void MultiplyIndependent_ByAFactorComputedOnce_GivesThePlainProductsDecimals_AtTheEdges(string leftLow, string leftExpected, string leftHigh, string low, string expected, string high)
    {
        static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var left = new ValueRange(D(leftLow), D(leftExpected), D(leftHigh));
        var right = new ValueRange(D(low), D(expected), D(high));

        AssertSameBits(ValueRange.MultiplyIndependent(left, right), ValueRange.MultiplyIndependent(left, new IndependentFactor(right)));
    }

    [Fact]
    public void MultiplyIndependent_ByTheDefaultFactor_IsTheProductByZero()
    {
        // A default IndependentFactor (an array's element, say) holds no computed ratios; its range is 0, 0, 0, whose
        // product returns before any ratio is read.
        var left = new ValueRange(1m, 2m, 3m);

        AssertSameBits(ValueRange.MultiplyIndependent(left, default(ValueRange)), ValueRange.MultiplyIndependent(left, default(IndependentFactor)));
        Assert.Equal(default(ValueRange), default(IndependentFactor).Range);
    }

    [Fact]
    public void MultiplyIndependent_ByANegativeFactorComputedOnce_IsRefusedAsThePlainProductIs()
    {
        var negative = new ValueRange(-1m, 1m, 2m);

        var plain = Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.MultiplyIndependent(ValueRange.Exactly(1m), negative));
        var once = Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.MultiplyIndependent(ValueRange.Exactly(1m), new IndependentFactor(negative)));
        Assert.Equal(plain.Message, once.Message);
        Assert.Equal("right", once.ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.MultiplyIndependent(negative, new IndependentFactor(ValueRange.Exactly(1m)))).ParamName);
    }

    private static void AssertSameBits(ValueRange expected, ValueRange actual)
    {
        Assert.Equal(decimal.GetBits(expected.Low), decimal.GetBits(actual.Low));
        Assert.Equal(decimal.GetBits(expected.Expected), decimal.GetBits(actual.Expected));
        Assert.Equal(decimal.GetBits(expected.High), decimal.GetBits(actual.High));
    }

    [Property]
    public void Add_IsPointByPoint_AndCommutative(ValueRange left, ValueRange right)
    {
        var sum = left + right;

        Assert.Equal(new ValueRange(left.Low + right.Low, left.Expected + right.Expected, left.High + right.High), sum);
        Assert.Equal(sum, right + left);
    }

    [Property]
    public void Scale_StaysOrdered_AndANegativeFactorSwapsLowAndHigh(ValueRange range, Factor factor)
    {
        var f = factor.Value;
        var scaled = range.Scale(f);

        Assert.Equal(Math.Min(range.Low * f, range.High * f), scaled.Low);
        Assert.Equal(range.Expected * f, scaled.Expected);
        Assert.Equal(Math.Max(range.Low * f, range.High * f), scaled.High);
        Assert.Equal(scaled, range * f);
    }

    [Property]
    public void ScaleByOne_KeepsEveryDigit_TrailingZerosIncluded(ValueRange range)
    {
        var scaled = range.Scale(1m);

        Assert.Equal(range.ToString(), scaled.ToString());
    }

    [Property]
    public void Negate_IsOrdered_AndItsOwnInverse(ValueRange range)
    {
        var negated = -range;

        Assert.Equal(-range.High, negated.Low);
        Assert.Equal(-range.Low, negated.High);
        Assert.Equal(range, negated.Negate());
    }

    [Property]
    public void MoneyConvertTo_MultipliesEveryAmount_AndTakesTheNewCurrency(ValueRange amounts, Currency from, Currency to, Factor rate)
    {
        var positive = Math.Abs(rate.Value) + 0.0001m;
        var converted = new MoneyRange(amounts, from).ConvertTo(to, positive);

        Assert.Equal(to, converted.Currency);
        Assert.Equal(amounts.Scale(positive), converted.Amounts);
    }

    [Property]
    public void MoneyScale_MultipliesEveryAmount_InTheSameCurrency(ValueRange amounts, Currency currency, Factor factor)
    {
        var f = Math.Abs(factor.Value);
        var scaled = new MoneyRange(amounts, currency).Scale(f);

        Assert.Equal(currency, scaled.Currency);
        Assert.Equal(amounts.Scale(f), scaled.Amounts);
    }
}
