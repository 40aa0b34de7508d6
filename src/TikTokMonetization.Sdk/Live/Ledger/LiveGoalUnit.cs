namespace TikTokMonetization.Live;

/// <summary>What a <see cref="LiveGoal"/> counts.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum LiveGoalUnit
{
    /// <summary>Diamonds collected by the host.</summary>
    Diamonds = 0,

    /// <summary>Cash, in the rate card's currency, at the card's expected rate.</summary>
    Cash = 1,
}
