using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Internal;
using TikTokMonetization.RateCards;

namespace TikTokMonetization;

// The rate cards' registration, beside them; the class is documented in Revenue/TikTokMonetizationBuilderExtensions.cs.
public static partial class TikTokMonetizationBuilderExtensions
{
    /// <summary>Configures a rate card in code. Use a new name to add a card (for example per region or era), or a built-in name to change it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The card's name; <see cref="RateCardNames.Default"/> (empty) or <see cref="RateCardNames.DefaultKey"/> for the default card.</param>
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
    /// <param name="name">The card's name; <see cref="RateCardNames.Default"/> (empty) or <see cref="RateCardNames.DefaultKey"/> for the default card.</param>
    /// <param name="configuration">The section holding the card's <see cref="RateCardOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureRateCard(this ITikTokMonetizationBuilder builder, string name, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(configuration, nameof(configuration));
        RegisterRateCard(builder, name);
        builder.Services.Configure<RateCardOptions>(RateCardNames.Normalize(name), configuration);
        return builder;
    }

    private static Microsoft.Extensions.Options.OptionsBuilder<RateCardOptions> RegisterRateCard(ITikTokMonetizationBuilder builder, string name)
    {
        // A builder of the application's own making may hold services AddTikTokMonetization never saw.
        var registry = RateCardRegistry.In(builder.Services)
            ?? throw new InvalidOperationException("builder.Services has no TikTokMonetization services; call services.AddTikTokMonetization() first and configure rate cards on the builder it returns.");
        var key = RateCardNames.Normalize(name);
        registry.Add(key);
        return builder.Services.AddOptions<RateCardOptions>(key).ValidateOnStart();
    }
}
