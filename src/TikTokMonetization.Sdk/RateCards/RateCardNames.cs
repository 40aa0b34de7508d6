namespace TikTokMonetization.RateCards;

/// <summary>The names of the rate cards the SDK ships. Configure more under any other name.</summary>
/// <remarks>Constants only; thread-safe.</remarks>
public static class RateCardNames
{
    /// <summary>
    /// The default rate card (the empty name, as <c>Options.DefaultName</c>): 1 diamond per coin and US$0.005 per
    /// diamond, the figure creators and calculators consistently report for the era before February 2025.
    /// </summary>
    public const string Default = "";

    /// <summary>
    /// The United States "scaled LIVE rewards" era from 10 February 2025: creators receive 20% to 53% of a nominal
    /// US$0.01 per diamond depending on missions, so US$0.002 to US$0.0053 per diamond (expected US$0.004).
    /// </summary>
    public const string UsScaledLiveRewards2025 = "us-scaled-live-rewards-2025";
}
