using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization;

/// <summary>Adds revenue models and rate cards through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; registration is not thread-safe.</remarks>
public static partial class TikTokMonetizationBuilderExtensions
{
    /// <summary>
    /// Adds your own revenue model. The engine runs it exactly like a built-in model: same contract, same report,
    /// same batch path. Adding the same model type twice registers it once.
    /// </summary>
    /// <typeparam name="TModel">The model type; registered as a singleton, so it must be thread-safe.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddRevenueModel<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel>(this ITikTokMonetizationBuilder builder)
        where TModel : class, IRevenueModel
    {
        Guard.NotNull(builder, nameof(builder));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRevenueModel, TModel>());
        return builder;
    }

    /// <summary>Adds a revenue model instance. Adding a second instance of the same type is ignored.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="model">The model; it must be thread-safe.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddRevenueModel(this ITikTokMonetizationBuilder builder, IRevenueModel model)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(model, nameof(model));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IRevenueModel), model));
        return builder;
    }
}
