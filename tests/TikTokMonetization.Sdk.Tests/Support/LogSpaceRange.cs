using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// An independent statement of how the funnel models combine uncertain factors: the expected value is the exact
/// product, and the low and high points spread from it by the root of the sum of the squared log-ratios of the factors
/// (see ValueRange.MultiplyIndependent). Tests compare the SDK with it to within a relative 1e-9.
/// </summary>
internal static class LogSpaceRange
{
    public static ValueRange Of(params (decimal Low, decimal Expected, decimal High)[] factors)
    {
        var expected = factors.Aggregate(1m, (product, f) => product * f.Expected);
        var down = Math.Sqrt(factors.Sum(f => Math.Pow(Math.Log((double)(f.Expected / f.Low)), 2)));
        var up = Math.Sqrt(factors.Sum(f => Math.Pow(Math.Log((double)(f.High / f.Expected)), 2)));
        return new ValueRange(expected * (decimal)Math.Exp(-down), expected, expected * (decimal)Math.Exp(up));
    }

    public static void AssertClose(ValueRange expected, ValueRange actual)
    {
        Assert.Equal(expected.Expected, actual.Expected);
        Assert.True(Math.Abs(expected.Low - actual.Low) <= expected.Low * 0.000000001m, $"low: expected {expected.Low}, actual {actual.Low}");
        Assert.True(Math.Abs(expected.High - actual.High) <= expected.High * 0.000000001m, $"high: expected {expected.High}, actual {actual.High}");
    }
}
