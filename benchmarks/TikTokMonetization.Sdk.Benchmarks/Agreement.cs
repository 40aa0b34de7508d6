using System.Globalization;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Checks, in each <c>[GlobalSetup]</c>, that the SDK path and its hand-written baseline produce the same numbers,
/// so a ratio can never compare different work.
/// </summary>
internal static class Agreement
{
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark set-up check failed: " + message);
        }
    }

    public static void RequireEqual(string what, decimal sdk, decimal byHand) =>
        Require(sdk == byHand, string.Format(CultureInfo.InvariantCulture, "{0}: the SDK gives {1}, the hand-written baseline {2}.", what, sdk, byHand));
}
