using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;
using TikTokMonetization.Models.CreatorRewards;

namespace TikTokMonetization;

/// <summary>Adds the Creator Rewards model (with the legacy Creator Fund as a selectable program) through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe. The model it registers is a thread-safe singleton.</remarks>
public static class CreatorRewardsBuilderExtensions
{
    /// <summary>Adds the Creator Rewards revenue model (stream <c>creator-rewards</c>). Calling it again adds configuration, not a second model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="CreatorRewardsOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddCreatorRewards(this ITikTokMonetizationBuilder builder, Action<CreatorRewardsOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the Creator Rewards revenue model and binds its options from configuration (for example the <c>TikTokMonetization:CreatorRewards</c> section); reloads take effect on the next estimate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="CreatorRewardsOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddCreatorRewards(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder, (configuration as IConfigurationSection)?.Path);
        builder.Services.Configure<CreatorRewardsOptions>(configuration);
        return builder;
    }

    private static OptionsBuilder<CreatorRewardsOptions> Register(ITikTokMonetizationBuilder builder, string? configurationPath = null) =>
        ModelRegistration.Register<CreatorRewardsModel, CreatorRewardsOptions, CreatorRewardsOptionsValidator, CreatorRewardsOptionsCrossValidator>(builder, BuiltInModels.CreatorRewards, configurationPath);
}
