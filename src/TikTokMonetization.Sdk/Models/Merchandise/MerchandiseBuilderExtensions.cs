using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.Merchandise;

namespace TikTokMonetization;

/// <summary>Adds the merchandise model through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe.</remarks>
public static class MerchandiseBuilderExtensions
{
    /// <summary>Adds the merchandise revenue model. Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="MerchandiseOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddMerchandise(this ITikTokMonetizationBuilder builder, Action<MerchandiseOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the merchandise revenue model and binds its options from configuration (for example the <c>TikTokMonetization:Merchandise</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="MerchandiseOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddMerchandise(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<MerchandiseOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<MerchandiseOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null) =>
        ModelRegistration.Register<MerchandiseModel, MerchandiseOptions, MerchandiseOptionsValidator, MerchandiseOptionsCrossValidator>(builder, BuiltInModels.Merchandise, configurationPath);
}
