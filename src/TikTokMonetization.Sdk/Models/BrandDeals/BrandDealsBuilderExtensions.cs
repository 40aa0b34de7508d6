using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization;

/// <summary>Adds the brand-deals (sponsored posts) model through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe.</remarks>
public static class BrandDealsBuilderExtensions
{
    /// <summary>Adds the brand-deals revenue model. Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="BrandDealsOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddBrandDeals(this ITikTokMonetizationBuilder builder, Action<BrandDealsOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the brand-deals revenue model and binds its options from configuration (for example the <c>TikTokMonetization:BrandDeals</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="BrandDealsOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddBrandDeals(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<BrandDealsOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<BrandDealsOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null) =>
        ModelRegistration.Register<BrandDealsModel, BrandDealsOptions, BrandDealsOptionsValidator, BrandDealsOptionsCrossValidator>(builder, BuiltInModels.BrandDeals, configurationPath);
}
