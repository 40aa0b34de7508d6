using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Checks, in each <c>[GlobalSetup]</c>, that the SDK path and its hand-written baseline produce the same numbers,
/// so a ratio can never compare different work.
/// </summary>
internal static class Agreement
{
    /// <summary>The built-in models' names in the order <c>AddBuiltInModels</c> registers them, which is the report's order.</summary>
    private static readonly string[] BuiltInStreams = ["live-gifts", "creator-rewards", "brand-deals", "merchandise", "affiliate", "subscriptions"];

    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark set-up check failed: " + message);
        }
    }

    public static void RequireEqual(string what, decimal sdk, decimal byHand) =>
        Require(sdk == byHand, string.Format(CultureInfo.InvariantCulture, "{0}: the SDK gives {1}, the hand-written baseline {2}.", what, sdk, byHand));

    /// <summary>Compares a range with three hand-written values stored low, expected, high from <paramref name="start"/>.</summary>
    public static void RequireEqual(string what, MoneyRange sdk, decimal[] byHand, int start)
    {
        RequireEqual(what + " low", sdk.Low.Amount, byHand[start]);
        RequireEqual(what + " expected", sdk.Expected.Amount, byHand[start + 1]);
        RequireEqual(what + " high", sdk.High.Amount, byHand[start + 2]);
    }

    /// <summary>Requires the six built-in streams in report order, which is the order the hand-written baselines write them in.</summary>
    public static void RequireStreams(IEnumerable<string> names)
    {
        var actual = names.ToArray();
        Require(actual.SequenceEqual(BuiltInStreams), $"the engine runs [{string.Join(", ", actual)}]; the baselines expect [{string.Join(", ", BuiltInStreams)}].");
    }
}
