namespace TikTokMonetization.RateCards;

/// <summary>The names of the rate cards the SDK ships. Configure more under any other name.</summary>
/// <remarks>Constants and an immutable list; thread-safe.</remarks>
public static class RateCardNames
{
    /// <summary>
    /// The default rate card (the empty name, as <c>Options.DefaultName</c>): 1 diamond per coin and US$0.005 per
    /// diamond, the figure creators and calculators consistently report for the era before February 2025.
    /// </summary>
    public const string Default = "";

    /// <summary>
    /// The name <c>default</c>, which means <see cref="Default"/> wherever a card is named (in any letter case): in
    /// configuration (<c>RateCards:default</c>, <c>LiveGifts:RateCard</c>), in <see cref="IRateCardProvider.Get"/> and in
    /// <c>ConfigureRateCard</c>. It is the name breakdowns and the command-line tool show for the default card.
    /// </summary>
    public const string DefaultKey = "default";

    /// <summary>
    /// The United States "scaled LIVE rewards" era from 10 February 2025: creators receive 20% to 53% of a nominal
    /// US$0.01 per diamond depending on missions, so US$0.002 to US$0.0053 per diamond (expected US$0.004).
    /// </summary>
    public const string UsScaledLiveRewards2025 = "us-scaled-live-rewards-2025";

    /// <summary>
    /// The other published coin-to-diamond convention: two coins make one diamond (0.5 diamonds per coin), at US$0.005
    /// per diamond, so US$0.0025 per coin, half the default card's. calculatecreator.com's LIVE gifts calculator states
    /// this chain ("2 coins = 1 diamond", US$0.005 per diamond, viewers paying US$0.0105 per coin), as does
    /// tipsforallgames.com ("200 diamonds = $1"). The default card follows the LIVE client libraries instead, where a
    /// gift's <c>diamond_count</c> equals its price in coins.
    /// </summary>
    public const string TwoCoinsPerDiamond = "two-coins-per-diamond";

    /// <summary>Gets the names of the built-in cards, the default (empty) name first.</summary>
    /// <value><see cref="Default"/>, <see cref="UsScaledLiveRewards2025"/> and <see cref="TwoCoinsPerDiamond"/>.</value>
    public static IReadOnlyList<string> BuiltIn { get; } = [Default, UsScaledLiveRewards2025, TwoCoinsPerDiamond];

    /// <summary>Returns whether a name is one of the built-in cards' names (ordinal).</summary>
    /// <param name="name">The name; <see langword="null"/> means the default card.</param>
    /// <returns><see langword="true"/> for a built-in card.</returns>
    public static bool IsBuiltIn(string? name)
    {
        var key = Normalize(name);
        return key == Default || key == UsScaledLiveRewards2025 || key == TwoCoinsPerDiamond;
    }

    /// <summary>Returns the options name of a card: <see cref="Default"/> for <see langword="null"/>, empty or <see cref="DefaultKey"/> (any letter case), otherwise the name unchanged.</summary>
    /// <param name="name">The name as given.</param>
    /// <returns>The name under which the card's options are kept.</returns>
    public static string Normalize(string? name) =>
        name is null || string.Equals(name, DefaultKey, StringComparison.OrdinalIgnoreCase) ? Default : name;
}
