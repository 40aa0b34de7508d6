using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.Subscriptions;

namespace TikTokMonetization;

/// <summary>Adds the subscriptions model through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; registration is not thread-safe.</remarks>
public static class SubscriptionsBuilderExtensions
{
    /// <summary>Adds the subscriptions revenue model. Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="SubscriptionsOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddSubscriptions(this ITikTokMonetizationBuilder builder, Action<SubscriptionsOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the subscriptions revenue model and binds its options from configuration (for example the <c>TikTokMonetization:Subscriptions</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="SubscriptionsOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddSubscriptions(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<SubscriptionsOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<SubscriptionsOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null) =>
        ModelRegistration.Register<SubscriptionsModel, SubscriptionsOptions, SubscriptionsOptionsValidator, SubscriptionsOptionsCrossValidator>(builder, BuiltInModels.Subscriptions, configurationPath);
}
