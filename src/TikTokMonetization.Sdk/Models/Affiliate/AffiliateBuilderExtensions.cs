using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization;

/// <summary>Adds the TikTok Shop affiliate model through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe.</remarks>
public static class AffiliateBuilderExtensions
{
    /// <summary>Adds the TikTok Shop affiliate revenue model. Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="AffiliateOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddAffiliate(this ITikTokMonetizationBuilder builder, Action<AffiliateOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the TikTok Shop affiliate revenue model and binds its options from configuration (for example the <c>TikTokMonetization:Affiliate</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="AffiliateOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddAffiliate(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<AffiliateOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<AffiliateOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null) =>
        ModelRegistration.Register<AffiliateModel, AffiliateOptions, AffiliateOptionsValidator, AffiliateOptionsCrossValidator>(builder, BuiltInModels.Affiliate, configurationPath);
}
