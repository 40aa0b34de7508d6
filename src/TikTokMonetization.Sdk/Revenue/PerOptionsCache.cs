using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// What a model derives from its options (a currency looked up by code, a region list's rule text, a multiplier looked
/// up by name), computed once per options instance instead of on every estimate.
/// </summary>
/// <remarks>
/// The key is the options object's reference: <c>IOptionsMonitor</c> builds a new instance on every reload and the SDK
/// never changes one after it is built, so a new reference is the only way the derived values can change. One entry is
/// kept, because a model reads one options instance at a time (<c>CurrentValue</c>). Thread-safe: the entry is
/// immutable and replaced whole; two threads that see a new instance at once may both compute it, and either result
/// is correct, so <c>derive</c> must be a pure function of the options.
/// </remarks>
/// <typeparam name="TOptions">The options type.</typeparam>
/// <typeparam name="TValue">What is derived from it.</typeparam>
public sealed class PerOptionsCache<TOptions, TValue>
    where TOptions : class
{
    private readonly Func<TOptions, TValue> _derive;
    private Entry? _entry;

    /// <summary>Initializes a new instance of the <see cref="PerOptionsCache{TOptions, TValue}"/> class.</summary>
    /// <param name="derive">Computes the value from an options instance; a pure function.</param>
    /// <exception cref="ArgumentNullException"><paramref name="derive"/> is <see langword="null"/>.</exception>
    public PerOptionsCache(Func<TOptions, TValue> derive) => _derive = Guard.NotNull(derive, nameof(derive));

    /// <summary>Returns the value derived from <paramref name="options"/>, computing it when the instance is new.</summary>
    /// <param name="options">The current options instance.</param>
    /// <returns>The derived value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public TValue Get(TOptions options)
    {
        Guard.NotNull(options, nameof(options));
        var entry = Volatile.Read(ref _entry);
        if (entry is null || !ReferenceEquals(entry.Options, options))
        {
            entry = new Entry(options, _derive(options));
            Volatile.Write(ref _entry, entry);
        }

        return entry.Value;
    }

    private sealed class Entry
    {
        public Entry(TOptions options, TValue value)
        {
            Options = options;
            Value = value;
        }

        public TOptions Options { get; }

        public TValue Value { get; }
    }
}
