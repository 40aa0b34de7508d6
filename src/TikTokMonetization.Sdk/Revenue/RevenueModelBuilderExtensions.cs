using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization;

/// <summary>
/// Adds a configurable revenue model of your own, exactly as the SDK adds its built-in ones: the model, its own named
/// options instance (from code or from a configuration section, following reloads), validation when the application
/// starts with errors that name the section, and a <see cref="RevenueModelDescriptor"/>. One model class can be added
/// several times under different names, each with its own options.
/// </summary>
/// <remarks>
/// The model's constructor takes a <see cref="RevenueModelContext{TOptions}"/> (derive from
/// <see cref="RevenueModel{TOptions}"/> to have it handled) and any other registered service. Call during application
/// start-up; like <c>IServiceCollection</c>, registration is not thread-safe.
/// </remarks>
public static class RevenueModelBuilderExtensions
{
    private const string ReflectionBinding =
        "Binds TOptions from configuration by reflection, which trimming can break. In a trimmed or native AOT app, bind in code (the Action<TOptions> overload) or with the configuration binding source generator.";

    /// <summary>Adds a configurable revenue model configured in code. Adding the same name again adds configuration, not a second model.</summary>
    /// <typeparam name="TModel">The model type; a singleton, so it must be thread-safe. Its constructor takes a <see cref="RevenueModelContext{TOptions}"/>.</typeparam>
    /// <typeparam name="TOptions">The model's options type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The stream name, unique among the models: lower-case letters, digits and '-' (see <see cref="RevenueModelDescriptor.IsValidName"/>).</param>
    /// <param name="displayName">The name to show people.</param>
    /// <param name="configure">Configures this instance's options, or <see langword="null"/> for the options type's defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="displayName"/> is not valid.</exception>
    /// <exception cref="InvalidOperationException">Another model type or options type is already registered under <paramref name="name"/>.</exception>
    public static ITikTokMonetizationBuilder AddRevenueModel<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this ITikTokMonetizationBuilder builder, string name, string displayName, Action<TOptions>? configure = null)
        where TModel : class, IRevenueModel
        where TOptions : class
    {
        Register<TModel, TOptions>(builder, name, displayName, null);
        if (configure is not null)
        {
            builder.Services.Configure(name, configure);
        }

        return builder;
    }

    /// <summary>
    /// Adds a configurable revenue model configured in code, with a validator whose errors name the model's settings.
    /// Adding the same name again adds configuration, not a second model.
    /// </summary>
    /// <typeparam name="TModel">The model type; a singleton, so it must be thread-safe. Its constructor takes a <see cref="RevenueModelContext{TOptions}"/>.</typeparam>
    /// <typeparam name="TOptions">The model's options type.</typeparam>
    /// <typeparam name="TValidator">
    /// Validates the options: for example a source-generated <c>[OptionsValidator]</c> class over data-annotation
    /// attributes, or your own <see cref="IValidateOptions{TOptions}"/>. It runs when the application starts and on
    /// every reload; each error is prefixed with the section the options were bound from.
    /// </typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The stream name, unique among the models.</param>
    /// <param name="displayName">The name to show people.</param>
    /// <param name="configure">Configures this instance's options, or <see langword="null"/> for the options type's defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="displayName"/> is not valid.</exception>
    /// <exception cref="InvalidOperationException">Another model type or options type is already registered under <paramref name="name"/>.</exception>
    public static ITikTokMonetizationBuilder AddRevenueModel<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this ITikTokMonetizationBuilder builder, string name, string displayName, Action<TOptions>? configure = null)
        where TModel : class, IRevenueModel
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        AddRevenueModel<TModel, TOptions>(builder, name, displayName, configure);
        AddValidator<TOptions, TValidator>(builder.Services);
        return builder;
    }

    /// <summary>
    /// Adds a configurable revenue model bound from a configuration section; reloads take effect on the next estimate.
    /// Adding the same name again adds configuration, not a second model.
    /// </summary>
    /// <typeparam name="TModel">The model type; a singleton, so it must be thread-safe. Its constructor takes a <see cref="RevenueModelContext{TOptions}"/>.</typeparam>
    /// <typeparam name="TOptions">The model's options type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The stream name, unique among the models.</param>
    /// <param name="displayName">The name to show people.</param>
    /// <param name="configuration">The section holding the options; validation errors name its path.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="displayName"/> is not valid.</exception>
    /// <exception cref="InvalidOperationException">Another model type or options type is already registered under <paramref name="name"/>.</exception>
    [RequiresUnreferencedCode(ReflectionBinding)]
#if NET
    [RequiresDynamicCode(ReflectionBinding)]
#endif
    public static ITikTokMonetizationBuilder AddRevenueModel<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this ITikTokMonetizationBuilder builder, string name, string displayName, IConfiguration configuration)
        where TModel : class, IRevenueModel
        where TOptions : class
    {
        Guard.NotNull(configuration, nameof(configuration));
        Register<TModel, TOptions>(builder, name, displayName, (configuration as IConfigurationSection)?.Path ?? string.Empty);
        // What Configure<TOptions>(name, configuration) registers, spelled out: the binding source generator cannot bind a
        // generic TOptions and would refuse the call, while reflection binding is what this overload declares.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(new ConfigurationChangeTokenSource<TOptions>(name, configuration));
        builder.Services.AddSingleton<IConfigureOptions<TOptions>>(new NamedConfigureFromConfigurationOptions<TOptions>(name, configuration));
        return builder;
    }

    /// <summary>
    /// Adds a configurable revenue model bound from a configuration section, with a validator whose errors name the
    /// section; reloads take effect on the next estimate. Adding the same name again adds configuration, not a second model.
    /// </summary>
    /// <typeparam name="TModel">The model type; a singleton, so it must be thread-safe. Its constructor takes a <see cref="RevenueModelContext{TOptions}"/>.</typeparam>
    /// <typeparam name="TOptions">The model's options type.</typeparam>
    /// <typeparam name="TValidator">Validates the options (see the overload configured in code).</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The stream name, unique among the models.</param>
    /// <param name="displayName">The name to show people.</param>
    /// <param name="configuration">The section holding the options; validation errors name its path.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="displayName"/> is not valid.</exception>
    /// <exception cref="InvalidOperationException">Another model type or options type is already registered under <paramref name="name"/>.</exception>
    [RequiresUnreferencedCode(ReflectionBinding)]
#if NET
    [RequiresDynamicCode(ReflectionBinding)]
#endif
    public static ITikTokMonetizationBuilder AddRevenueModel<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this ITikTokMonetizationBuilder builder, string name, string displayName, IConfiguration configuration)
        where TModel : class, IRevenueModel
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        AddRevenueModel<TModel, TOptions>(builder, name, displayName, configuration);
        AddValidator<TOptions, TValidator>(builder.Services);
        return builder;
    }

    private static void Register<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        ITikTokMonetizationBuilder builder, string name, string displayName, string? configurationPath)
        where TModel : class, IRevenueModel
        where TOptions : class
    {
        Guard.NotNull(builder, nameof(builder));
        var services = builder.Services;
        var descriptor = new RevenueModelDescriptor(name, displayName, typeof(TModel), typeof(TOptions), name, configurationPath);
        if (!RevenueModelDescriptors.Add(services, descriptor, configurationPath is not null))
        {
            return; // the same model again: more configuration
        }

        services.AddSingleton<IRevenueModel>(provider =>
        {
            var current = provider.GetServices<RevenueModelDescriptor>().First(d => string.Equals(d.Name, name, StringComparison.Ordinal));
            var context = new RevenueModelContext<TOptions>(current, provider.GetRequiredService<IOptionsMonitor<TOptions>>(), provider.GetRequiredService<IRevenueModelContext>());
            return ActivatorUtilities.CreateInstance<TModel>(provider, context);
        });
        services.AddOptions<TOptions>(name).ValidateOnStart();
    }

    private static void AddValidator<TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddSingleton<TValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ModelOptionsValidator<TOptions, TValidator>>());
    }
}
