namespace TikTokMonetization.RateCards;

/// <summary>Resolves named rate cards from options, reflecting configuration reloads.</summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IRateCardProvider
{
    /// <summary>Returns the current rate card with the given name.</summary>
    /// <param name="name">The card's name; <see langword="null"/>, empty or <see cref="RateCardNames.DefaultKey"/> for the default card.</param>
    /// <returns>The card.</returns>
    RateCard Get(string? name = null);
}
