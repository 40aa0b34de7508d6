using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// Everything one registered instance of a configurable model reads: its name and display name, its own options (the
/// named instance it was registered with, following reloads) and the engine's settings. The SDK makes one per
/// <c>AddRevenueModel&lt;TModel, TOptions&gt;(name, ...)</c> call and passes it to the model's constructor, so one model
/// class can be registered several times with different options.
/// </summary>
/// <typeparam name="TOptions">The model's options type.</typeparam>
/// <remarks>
/// Thread-safe. <see cref="Options"/> and <see cref="Settings"/> return the current versions; read each once per
/// estimate and use those instances throughout, so that a reload in the middle never mixes two versions.
/// </remarks>
public sealed class RevenueModelContext<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IRevenueModelContext
    where TOptions : class
{
    private readonly IOptionsMonitor<TOptions> _options;
    private readonly IRevenueModelContext _engine;

    /// <summary>Initializes a new instance of the <see cref="RevenueModelContext{TOptions}"/> class (the SDK's registration makes it; tests may too).</summary>
    /// <param name="descriptor">The registered model.</param>
    /// <param name="options">The options monitor; the instance named <see cref="RevenueModelDescriptor.OptionsName"/> is read.</param>
    /// <param name="engine">The engine's settings.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RevenueModelContext(RevenueModelDescriptor descriptor, IOptionsMonitor<TOptions> options, IRevenueModelContext engine)
    {
        Descriptor = Guard.NotNull(descriptor, nameof(descriptor));
        _options = Guard.NotNull(options, nameof(options));
        _engine = Guard.NotNull(engine, nameof(engine));
    }

    /// <summary>Gets the registered model's descriptor.</summary>
    public RevenueModelDescriptor Descriptor { get; }

    /// <summary>Gets the model's stable stream name; an estimate must use it (<see cref="RevenueEstimate.Stream"/>).</summary>
    public string Name => Descriptor.Name;

    /// <summary>Gets the model's display name.</summary>
    public string DisplayName => Descriptor.DisplayName;

    /// <summary>Gets the current version of this instance's options.</summary>
    public TOptions Options => _options.Get(Descriptor.OptionsName);

    /// <summary>Gets the current engine settings.</summary>
    public RevenueModelSettings Settings => _engine.Settings;
}
