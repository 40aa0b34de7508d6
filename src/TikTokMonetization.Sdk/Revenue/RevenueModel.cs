using System.Diagnostics.CodeAnalysis;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// An optional base class for a configurable revenue model registered with
/// <c>AddRevenueModel&lt;TModel, TOptions&gt;(name, ...)</c>: it takes the name and display name from the registration,
/// reads the current options and settings once per estimate, and checks the argument, so a model writes only its
/// arithmetic in <see cref="Estimate(CreatorSnapshot, TOptions, RevenueModelSettings)"/>.
/// </summary>
/// <typeparam name="TOptions">The model's options type.</typeparam>
/// <remarks>
/// The contract of <see cref="IRevenueModel"/> applies: the estimate must be a pure function of its arguments and the
/// implementation thread-safe (one instance serves every thread).
/// </remarks>
public abstract class RevenueModel<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IRevenueModel
    where TOptions : class
{
    /// <summary>Initializes a new instance of the <see cref="RevenueModel{TOptions}"/> class.</summary>
    /// <param name="context">The registered instance's context.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    protected RevenueModel(RevenueModelContext<TOptions> context) =>
        Context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc />
    public string Name => Context.Name;

    /// <inheritdoc />
    public string DisplayName => Context.DisplayName;

    /// <summary>Gets the registered instance's context.</summary>
    protected RevenueModelContext<TOptions> Context { get; }

    /// <inheritdoc />
    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        return Estimate(snapshot, Context.Options, Context.Settings);
    }

    /// <summary>Estimates the stream from a validated snapshot with one version of the options and settings.</summary>
    /// <param name="snapshot">The validated snapshot.</param>
    /// <param name="options">The current options of this instance.</param>
    /// <param name="settings">The current engine settings.</param>
    /// <returns>The estimate, named <see cref="Name"/>.</returns>
    protected abstract RevenueEstimate Estimate(CreatorSnapshot snapshot, TOptions options, RevenueModelSettings settings);
}
