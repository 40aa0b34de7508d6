using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.DependencyInjection;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization;

/// <summary>Registers the SDK in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>Call during application start-up; like <see cref="IServiceCollection"/>, registration is not thread-safe. The services it registers are thread-safe singletons.</remarks>
public static class TikTokMonetizationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the revenue engine, the rate cards and the engine options, and returns a builder to add revenue models.
    /// Calling it more than once registers the services once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// services.AddTikTokMonetization()
    ///     .AddLiveGifts(o =&gt; o.AgencyShare = 0.10m);
    /// </code>
    /// </example>
    public static ITikTokMonetizationBuilder AddTikTokMonetization(this IServiceCollection services)
    {
        Guard.NotNull(services, nameof(services));
        services.AddOptions();

        var registry = RateCardRegistry.In(services);
        if (registry is null)
        {
            registry = new RateCardRegistry();
            services.AddSingleton(registry);
        }

        services.TryAddSingleton<IRevenueEngine, RevenueEngine>();
        services.TryAddSingleton<IRevenueModelContext, EngineSettingsContext>();
        services.TryAddSingleton<IRateCardProvider, RateCardProvider>();
        services.TryAddSingleton<IReachModel, SaturatingReachModel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReachModelOptions>, ReachModelOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReachModelOptions>, ReachModelOptionsCrossValidator>());
        services.AddOptions<ReachModelOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RevenueEngineOptions>, RevenueEngineOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateCardOptions>, RateCardOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateCardOptions>, RateCardOptionsCrossValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RateCardOptions>, BuiltInRateCards>());
        services.AddOptions<RevenueEngineOptions>().ValidateOnStart();
        foreach (var name in registry.Names)
        {
            services.AddOptions<RateCardOptions>(name).ValidateOnStart();
        }

        return new TikTokMonetizationBuilder(services);
    }

    /// <summary>Adds the SDK and configures the engine options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the reporting currency, rounding, engagement definition and exchange rates.</param>
    /// <returns>The builder.</returns>
    public static ITikTokMonetizationBuilder AddTikTokMonetization(this IServiceCollection services, Action<RevenueEngineOptions> configure)
    {
        Guard.NotNull(configure, nameof(configure));
        var builder = services.AddTikTokMonetization();
        services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds the SDK and binds it from configuration (for example the <c>TikTokMonetization</c> section): the engine
    /// options from the section itself, every child of <c>RateCards</c> as a named rate card (the child named
    /// <c>default</c> is the default card), and <c>Reach</c> as the default reach model's options. Reloads take effect on
    /// the next estimate; cards added to the configuration after start-up are not picked up. Bind the models with
    /// <c>AddBuiltInModels(configuration)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="RevenueEngineOptions"/>, <c>RateCards</c> and <c>Reach</c>.</param>
    /// <returns>The builder.</returns>
    public static ITikTokMonetizationBuilder AddTikTokMonetization(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.NotNull(configuration, nameof(configuration));
        var builder = services.AddTikTokMonetization();
        services.Configure<RevenueEngineOptions>(configuration);
        foreach (var card in configuration.GetSection(RateCardsSection).GetChildren())
        {
            builder.ConfigureRateCard(string.Equals(card.Key, DefaultCardKey, StringComparison.OrdinalIgnoreCase) ? RateCardNames.Default : card.Key, card);
        }

        builder.ConfigureReach(configuration.GetSection(ReachSection));
        return builder;
    }

    /// <summary>The configuration key of the rate cards under the SDK's section.</summary>
    internal const string RateCardsSection = "RateCards";

    /// <summary>The configuration key of the reach model's options under the SDK's section.</summary>
    internal const string ReachSection = "Reach";

    /// <summary>The configuration key that names the default rate card (whose options name is empty).</summary>
    internal const string DefaultCardKey = "default";

    /// <summary>Applies the built-in values of the SDK's named rate cards before the application's own configuration.</summary>
    private sealed class BuiltInRateCards : IConfigureNamedOptions<RateCardOptions>
    {
        public void Configure(RateCardOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, RateCardOptions options) => RateCardDefaults.Apply(name ?? Options.DefaultName, options);
    }
}
