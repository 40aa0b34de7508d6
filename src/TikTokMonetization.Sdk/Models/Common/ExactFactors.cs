namespace TikTokMonetization.Models.Common;

/// <summary>
/// Finds the factors of exactly 1 that a built-in model may skip: a product by 1 with no decimal places is the other
/// operand to the last digit and scale, while 1.0 or 1.00 adds decimal places and must be multiplied. Written on the
/// public API alone, like every built-in model file (<c>TikTokMonetization.Sdk.PublicApiModel.Tests</c> compiles it with
/// them), and read once per options instance, so the array <see cref="decimal.GetBits(decimal)"/> returns does not matter.
/// </summary>
internal static class ExactFactors
{
    /// <summary>Whether <paramref name="value"/> is 1 with no decimal places.</summary>
    public static bool IsExactlyOne(decimal value)
    {
        var bits = decimal.GetBits(value);
        return bits[0] == 1 && bits[1] == 0 && bits[2] == 0 && bits[3] == 0;
    }

    /// <summary>The factor, or <see langword="null"/> when it is 1 with no decimal places (and so skipped).</summary>
    public static decimal? UnlessExactlyOne(decimal factor) => IsExactlyOne(factor) ? null : factor;
}
