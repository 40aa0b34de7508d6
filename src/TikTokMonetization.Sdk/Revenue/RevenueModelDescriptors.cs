using Microsoft.Extensions.DependencyInjection;

namespace TikTokMonetization.Revenue;

/// <summary>The registered models' descriptors in a service collection: one per name, for built-in and user models alike.</summary>
internal static class RevenueModelDescriptors
{
    /// <summary>
    /// Adds a model's descriptor, once per name: a later registration of the same model bound from a section updates
    /// the section; a name another model type holds is refused, whichever registered first.
    /// </summary>
    /// <returns><see langword="true"/> when the name was new; <see langword="false"/> when the same model was registered before.</returns>
    public static bool Add(IServiceCollection services, RevenueModelDescriptor descriptor, bool bound)
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

                return false;
            }
        }

        services.AddSingleton(descriptor);
        return true;
    }
}
