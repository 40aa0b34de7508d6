using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TikTokMonetization.DependencyInjection;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization;

/// <summary>Adds revenue models and rate cards through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; registration is not thread-safe.</remarks>
public static class TikTokMonetizationBuilderExtensions
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

    /// <summary>Configures a rate card in code. Use a new name to add a card (for example per region or era), or a built-in name to change it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The card's name; <see cref="RateCardNames.Default"/> (empty) for the default card.</param>
    /// <param name="configure">Sets the card's rates, source and date.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureRateCard(this ITikTokMonetizationBuilder builder, string name, Action<RateCardOptions> configure)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(configure, nameof(configure));
        RegisterRateCard(builder, name).Configure(configure);
        return builder;
    }

    /// <summary>Binds a rate card from configuration; reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The card's name; <see cref="RateCardNames.Default"/> (empty) for the default card.</param>
    /// <param name="configuration">The section holding the card's <see cref="RateCardOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureRateCard(this ITikTokMonetizationBuilder builder, string name, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(configuration, nameof(configuration));
        RegisterRateCard(builder, name);
        builder.Services.Configure<RateCardOptions>(name, configuration);
        return builder;
    }

    /// <summary>Replaces the reach model the likes analysis uses (the default is a documented saturating curve).</summary>
    /// <typeparam name="TReachModel">The reach model; registered as a singleton, so it must be thread-safe.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder UseReachModel<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TReachModel>(this ITikTokMonetizationBuilder builder)
        where TReachModel : class, IReachModel
    {
        Guard.NotNull(builder, nameof(builder));
        builder.Services.Replace(ServiceDescriptor.Singleton<IReachModel, TReachModel>());
        return builder;
    }

    /// <summary>Configures the default reach model's curve in code.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets <see cref="ReachModelOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureReach(this ITikTokMonetizationBuilder builder, Action<ReachModelOptions> configure)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configure, nameof(configure));
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Binds the default reach model's curve from configuration (for example the <c>TikTokMonetization:Reach</c> section).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="ReachModelOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureReach(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        builder.Services.Configure<ReachModelOptions>(configuration);
        return builder;
    }

    private static Microsoft.Extensions.Options.OptionsBuilder<RateCardOptions> RegisterRateCard(ITikTokMonetizationBuilder builder, string name)
    {
        var registry = (RateCardRegistry)builder.Services.First(d => d.ServiceType == typeof(RateCardRegistry)).ImplementationInstance!;
        registry.Add(name);
        return builder.Services.AddOptions<RateCardOptions>(name).ValidateOnStart();
    }
}
