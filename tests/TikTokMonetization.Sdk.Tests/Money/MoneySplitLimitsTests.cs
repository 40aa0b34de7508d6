namespace TikTokMonetization.Tests;

/// <summary>Splitting never throws and never loses or invents a cent, up to decimal's limits.</summary>
public sealed class MoneySplitLimitsTests
{
    public static TheoryData<decimal, int> NearTheLimits => new()
    {
        { decimal.MaxValue, 2 },
        { decimal.MaxValue, 7 },
        { decimal.MaxValue - 1, 3 },
        { decimal.MinValue, 2 },
        { 7922816251426433759354395033.5m, 2 },
        { 79228162514264337593543950.33m, 7 },
        { decimal.MaxValue, 1_000 },
    };

    [Theory]
    [MemberData(nameof(NearTheLimits))]
    public void Split_NearDecimalMax_NeverThrows_AndAddsUpExactly(decimal amount, int parts)
    {
        foreach (var currency in new[] { Currency.Usd, Currency.Jpy, Currency.FromCode("BHD") })
        {
            var split = new Money(amount, currency).Split(parts);

            Assert.Equal(parts, split.Length);
            Assert.Equal(amount, split.Aggregate(0m, (sum, part) => sum + part.Amount));
            Assert.True(split.Max(p => p.Amount) - split.Min(p => p.Amount) <= 1m, "parts differ by at most one counting unit");
        }
    }
}
