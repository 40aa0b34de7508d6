using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// The current value of a model's options (<see cref="IOptionsMonitor{TOptions}.CurrentValue"/>), held in a field and
/// replaced when the monitor reports a change, so that an estimate reads a field instead of looking the options up in
/// the monitor's named cache every time.
/// </summary>
/// <remarks>
/// <para>
/// The built-in models read their options through this type; a custom model can do the same (see
/// <c>docs/extending.md</c>). The value follows the options under <see cref="Options.DefaultName"/>, as
/// <see cref="IOptionsMonitor{TOptions}.CurrentValue"/> does: on a reload the monitor builds (and validates) a new instance
/// and raises <see cref="IOptionsMonitor{TOptions}.OnChange(Action{TOptions, string})"/>, and this type takes that
/// instance. The first value is read when it is first asked for, so invalid options fail where they failed before: at
/// the first estimate, or at start-up with <c>ValidateOnStart</c>. Options removed from the monitor's cache by hand
/// (<see cref="IOptionsMonitorCache{TOptions}"/>) without a change notification are not seen until the next change.
/// </para>
/// <para>
/// Thread-safe. Dispose it to stop listening to the monitor when its owner is shorter-lived than the monitor (a
/// transient or scoped model); the built-in models are singletons, which live as long as the monitor.
/// </para>
/// </remarks>
/// <typeparam name="TOptions">The options type.</typeparam>
public sealed class CurrentOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IDisposable
    where TOptions : class
{
    private readonly IOptionsMonitor<TOptions> _monitor;
    private readonly IDisposable? _listener;
    private TOptions? _value;

    /// <summary>Initializes a new instance of the <see cref="CurrentOptions{TOptions}"/> class.</summary>
    /// <param name="monitor">The options monitor to follow.</param>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is <see langword="null"/>.</exception>
    public CurrentOptions(IOptionsMonitor<TOptions> monitor)
    {
        _monitor = Guard.NotNull(monitor, nameof(monitor));
        _listener = monitor.OnChange(OnChange);
    }

    /// <summary>Gets the current options: the instance <see cref="IOptionsMonitor{TOptions}.CurrentValue"/> gives.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid (on the first read, as the monitor reports it).</exception>
    public TOptions Value
    {
        get
        {
            var value = Volatile.Read(ref _value);
            if (value is not null)
            {
                return value;
            }

            // A change reported while the first value was being read wins: it is the newer instance.
            var first = _monitor.CurrentValue;
            return Interlocked.CompareExchange(ref _value, first, null) ?? first;
        }
    }

    /// <summary>Stops following the monitor; <see cref="Value"/> keeps the last instance.</summary>
    public void Dispose() => _listener?.Dispose();

    private void OnChange(TOptions options, string? name)
    {
        if (string.IsNullOrEmpty(name) || string.Equals(name, Options.DefaultName, StringComparison.Ordinal))
        {
            Volatile.Write(ref _value, options);
        }
    }
}
