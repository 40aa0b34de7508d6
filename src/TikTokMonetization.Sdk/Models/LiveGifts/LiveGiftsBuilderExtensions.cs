using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Live;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.LiveGifts;

namespace TikTokMonetization;

/// <summary>Adds the LIVE gifts model through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe.</remarks>
public static class LiveGiftsBuilderExtensions
{
    /// <summary>Adds the LIVE gifts revenue model. Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="LiveGiftsOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddLiveGifts(this ITikTokMonetizationBuilder builder, Action<LiveGiftsOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the LIVE gifts revenue model and binds its options from configuration (for example the <c>TikTokMonetization:LiveGifts</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="LiveGiftsOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddLiveGifts(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<LiveGiftsOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<LiveGiftsOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null)
    {
        // The LIVE ledger converts through this model's card unless its own options name one.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILiveLedgerDefaultRateCard, LiveGiftsLedgerRateCard>());
        return ModelRegistration.Register<LiveGiftsModel, LiveGiftsOptions, LiveGiftsOptionsValidator, LiveGiftsOptionsCrossValidator>(builder, BuiltInModels.LiveGifts, configurationPath);
    }
}
