using TikTokMonetization.RateCards;

namespace TikTokMonetization.RateCards;

/// <summary>The rate card names the application configured, so a model's misspelt card name fails at start-up instead of silently using defaults.</summary>
internal sealed class RateCardRegistry
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal) { RateCardNames.Default, RateCardNames.UsScaledLiveRewards2025 };

    public IReadOnlyCollection<string> Names => _names;

    public void Add(string name) => _names.Add(name);

    public bool Contains(string? name) => _names.Contains(name ?? RateCardNames.Default);

    public string Describe() => string.Join(", ", _names.OrderBy(n => n, StringComparer.Ordinal).Select(n => "'" + n + "'"));
}
