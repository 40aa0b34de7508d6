using Microsoft.Extensions.DependencyInjection;

namespace TikTokMonetization.RateCards;

/// <summary>The rate card names the application configured, so a model's misspelt card name fails at start-up instead of silently using defaults.</summary>
internal sealed class RateCardRegistry
{
    private readonly HashSet<string> _names = new(RateCardNames.BuiltIn, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _names;

    public void Add(string name) => _names.Add(RateCardNames.Normalize(name));

    public bool Contains(string? name) => _names.Contains(RateCardNames.Normalize(name));

    /// <summary>Returns the registry <c>AddTikTokMonetization</c> put in <paramref name="services"/>, or <see langword="null"/> before it ran.</summary>
    public static RateCardRegistry? In(IServiceCollection services) =>
        services.FirstOrDefault(d => d.ServiceType == typeof(RateCardRegistry))?.ImplementationInstance as RateCardRegistry;

    public string Describe() => string.Join(", ", _names.OrderBy(n => n, StringComparer.Ordinal).Select(n => "'" + (n.Length == 0 ? RateCardNames.DefaultKey : n) + "'"));
}
