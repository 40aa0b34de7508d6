using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Projections;

namespace TikTokMonetization;

/// <summary>Registers revenue projections, simulations and goal-seek on the SDK's builder.</summary>
/// <remarks>Call these while configuring services, from one thread; the services they register are thread-safe singletons.</remarks>
public static class ProjectionsBuilderExtensions
{
    /// <summary>Registers <see cref="IRevenueProjector"/>, the built-in growth model and <see cref="ProjectionOptions"/>, validated at start-up.</summary>
    /// <param name="builder">The SDK's builder.</param>
    /// <param name="configure">Sets the default assumptions and settings, or <see langword="null"/>.</param>
    /// <returns>The builder, for chaining. Calling this more than once registers the services once.</returns>
    public static ITikTokMonetizationBuilder AddProjections(this ITikTokMonetizationBuilder builder, Action<ProjectionOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Registers projections with their default assumptions and settings bound from configuration.</summary>
    /// <param name="builder">The SDK's builder.</param>
    /// <param name="configuration">The <c>Projections</c> section (with <c>Growth</c> and <c>Simulation</c>).</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddProjections(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder);
        builder.Services.Configure<ProjectionOptions>(configuration);
        return builder;
    }

    /// <summary>Replaces the built-in growth model with your own (for example one fitted on a creator's history).</summary>
    /// <typeparam name="TGrowthModel">The model; a singleton, pure and thread-safe.</typeparam>
    /// <param name="builder">The SDK's builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder UseGrowthModel<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TGrowthModel>(this ITikTokMonetizationBuilder builder)
        where TGrowthModel : class, IGrowthModel
    {
        Guard.NotNull(builder, nameof(builder));
        builder.Services.Replace(ServiceDescriptor.Singleton<IGrowthModel, TGrowthModel>());
        return builder;
    }

    private static OptionsBuilder<ProjectionOptions> Register(ITikTokMonetizationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IGrowthModel, CompoundGrowthModel>();
        services.TryAddSingleton<IRevenueProjector, RevenueProjector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProjectionOptions>, ProjectionOptionsValidator>());
        return services.AddOptions<ProjectionOptions>().ValidateOnStart();
    }
}
