using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Common;

/// <summary>
/// Registers a built-in model the one way they are all registered: the model once (TryAddEnumerable), its
/// source-generated and cross-field validators once, and its options validated at start. Binding from configuration
/// stays in each model's own extension method, where the configuration binding source generator sees the concrete type.
/// </summary>
internal static class ModelRegistration
{
    public static OptionsBuilder<TOptions> Register<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TModel,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TAttributeValidator,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCrossValidator>(ITikTokMonetizationBuilder builder, RevenueModelDescriptor descriptor, string? configurationPath)
        where TModel : class, IRevenueModel
        where TOptions : class
        where TAttributeValidator : class, IValidateOptions<TOptions>
        where TCrossValidator : class, IValidateOptions<TOptions>
    {
        var services = builder.Services;
        Describe(services, configurationPath is null ? descriptor : descriptor.BoundFrom(configurationPath), configurationPath is not null);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRevenueModel, TModel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TAttributeValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TCrossValidator>());
        return services.AddOptions<TOptions>().ValidateOnStart();
    }

    /// <summary>
    /// Adds a model's descriptor, once per name: a later registration of the same model bound from a section updates
    /// the section; a name another model type holds is refused, whichever registered first.
    /// </summary>
    public static void Describe(IServiceCollection services, RevenueModelDescriptor descriptor, bool bound)
    {
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(RevenueModelDescriptor) && services[i].ImplementationInstance is RevenueModelDescriptor existing
                && string.Equals(existing.Name, descriptor.Name, StringComparison.Ordinal))
            {
                if (existing.ModelType != descriptor.ModelType || existing.OptionsType != descriptor.OptionsType)
                {
                    throw new InvalidOperationException(
                        $"A revenue model named '{descriptor.Name}' is already registered ({existing.ModelType.Name} with {existing.OptionsType.Name}); every model needs a unique name, so choose another for {descriptor.ModelType.Name}.");
                }

                if (bound && existing.ConfigurationPath != descriptor.ConfigurationPath)
                {
                    services[i] = ServiceDescriptor.Singleton(descriptor);
                }

                return;
            }
        }

        services.AddSingleton(descriptor);
    }
}
