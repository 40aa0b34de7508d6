using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Funnel;

/// <summary>Point-by-point range arithmetic for the funnel models. Multiplying ordered, non-negative ranges keeps their order.</summary>
internal static class FunnelMath
{
    public static ValueRange Times(decimal quantity, ValueRange rate) =>
        new(quantity * rate.Low, quantity * rate.Expected, quantity * rate.High);

    public static ValueRange Times(ValueRange quantity, ValueRange rate) =>
        new(quantity.Low * rate.Low, quantity.Expected * rate.Expected, quantity.High * rate.High);

    /// <summary>The smaller of each point and a cap; a cap keeps the order of the range.</summary>
    public static ValueRange AtMost(ValueRange range, decimal cap) =>
        new(Math.Min(range.Low, cap), Math.Min(range.Expected, cap), Math.Min(range.High, cap));

    /// <summary>Converts a configured range of money from one currency to another with a known factor.</summary>
    public static ValueRange Scale(ValueRange range, decimal factor) =>
        factor == 1m ? range : new ValueRange(range.Low * factor, range.Expected * factor, range.High * factor);
}
