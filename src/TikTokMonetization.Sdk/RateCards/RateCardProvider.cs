using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.RateCards;

/// <summary>Caches one <see cref="RateCard"/> per name and drops it when its options reload.</summary>
internal sealed class RateCardProvider : IRateCardProvider, IDisposable
{
    private readonly IOptionsMonitor<RateCardOptions> _options;
    private readonly ConcurrentDictionary<string, RateCard> _cards = new(StringComparer.Ordinal);
    private readonly IDisposable? _subscription;

    public RateCardProvider(IOptionsMonitor<RateCardOptions> options)
    {
        _options = options;
        _subscription = options.OnChange((_, name) => _cards.TryRemove(name ?? Options.DefaultName, out RateCard? _));
    }

    public RateCard Get(string? name = null)
    {
        var key = RateCardNames.Normalize(name);
        return _cards.TryGetValue(key, out var card) ? card : _cards.GetOrAdd(key, n => RateCard.FromOptions(n, _options.Get(n)));
    }

    public void Dispose() => _subscription?.Dispose();
}
