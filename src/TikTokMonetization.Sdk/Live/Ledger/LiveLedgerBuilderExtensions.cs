using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Live;

namespace TikTokMonetization;

/// <summary>Adds the LIVE gift ledger through an <see cref="ITikTokMonetizationBuilder"/>.</summary>
/// <remarks>
/// In the root namespace, next to <c>AddLiveGifts</c>, so that <c>services.AddTikTokMonetization().AddLiveLedger()</c>
/// needs no extra <c>using</c>. Call during application start-up; like <c>IServiceCollection</c>, registration is not thread-safe.
/// </remarks>
public static class LiveLedgerBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ILiveLedgerFactory"/> and the built-in <see cref="GiftCatalog"/> (unless one is registered already).
    /// The options are validated at start-up. Calling it again adds configuration, not a second factory.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="LiveLedgerOptions"/>, or <see langword="null"/> for the documented defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddLiveLedger(this ITikTokMonetizationBuilder builder, Action<LiveLedgerOptions>? configure = null)
    {
        Guard.NotNull(builder, nameof(builder));
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Adds the LIVE gift ledger and binds its options from configuration (for example the <c>TikTokMonetization:LiveLedger</c> section); reloads apply to the next ledger created.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="LiveLedgerOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddLiveLedger(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        Register(builder);
        builder.Services.Configure<LiveLedgerOptions>(configuration);
        return builder;
    }

    /// <summary>Replaces the gift catalog the ledgers price gifts from (for example a fresher list over <see cref="GiftCatalog.BuiltIn"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder UseGiftCatalog(this ITikTokMonetizationBuilder builder, GiftCatalog catalog)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(catalog, nameof(catalog));
        builder.Services.Replace(ServiceDescriptor.Singleton(catalog));
        return builder;
    }

    private static OptionsBuilder<LiveLedgerOptions> Register(ITikTokMonetizationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(GiftCatalog.BuiltIn);
        services.TryAddSingleton<ILiveLedgerFactory, LiveLedgerFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveLedgerOptions>, LiveLedgerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveLedgerOptions>, LiveLedgerOptionsCrossValidator>());
        return services.AddOptions<LiveLedgerOptions>().ValidateOnStart();
    }
}
