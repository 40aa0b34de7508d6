using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.RateCards;

/// <summary>Caches one <see cref="RateCard"/> per name and drops it when its options reload.</summary>
internal sealed class RateCardProvider : IRateCardProvider, IDisposable
{
    private readonly IOptionsMonitor<RateCardOptions> _options;
    private readonly ConcurrentDictionary<string, RateCard> _cards = new(StringComparer.Ordinal);
    private readonly IDisposable? _subscription;

    // The last cards returned, by the very name instance asked for (a model asks with its options' string on every
    // estimate), so a repeated request skips normalising and hashing the name. Several, so that models asking for
    // different cards in turn (LIVE gifts and a user's model, say) each find theirs without a new entry, which would
    // allocate, on every call. Each is stamped with the reload count read before its card was found: a reload of any
    // card moves the count on, so a card found before it is never returned after it.
    private const int RecentCount = 4;
    private readonly Recent?[] _recent = new Recent?[RecentCount];
    private int _nextRecent;
    private int _reloads;

    public RateCardProvider(IOptionsMonitor<RateCardOptions> options)
    {
        _options = options;
        _subscription = options.OnChange((_, name) =>
        {
            // Dropped first, counted second: a request that read the count before this reload keeps its old stamp.
            _cards.TryRemove(name ?? Options.DefaultName, out RateCard? _);
            Interlocked.Increment(ref _reloads);
        });
    }

    public RateCard Get(string? name = null)
    {
        var reloads = Volatile.Read(ref _reloads);
        for (var i = 0; i < RecentCount; i++)
        {
            var recent = Volatile.Read(ref _recent[i]);
            if (recent is not null && ReferenceEquals(recent.Name, name) && recent.Reloads == reloads)
            {
                return recent.Card;
            }
        }

        var key = RateCardNames.Normalize(name);
        var card = _cards.TryGetValue(key, out var cached) ? cached : _cards.GetOrAdd(key, n => RateCard.FromOptions(n, _options.Get(n)));

        // Replaced in turn; two threads may pick the same entry, which only costs a later miss.
        Volatile.Write(ref _recent[(_nextRecent++ & int.MaxValue) % RecentCount], new Recent(name, card, reloads));
        return card;
    }

    public void Dispose() => _subscription?.Dispose();

    private sealed class Recent(string? name, RateCard card, int reloads)
    {
        public string? Name { get; } = name;

        public RateCard Card { get; } = card;

        public int Reloads { get; } = reloads;
    }
}
