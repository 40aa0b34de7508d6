using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Common;

/// <summary>
/// Registers a built-in model the one way they are all registered: the model once (TryAddEnumerable), its
/// source-generated and cross-field validators once, what it reads of the likes once, and its options validated at start. Binding from configuration
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
        RevenueModelDescriptors.Add(services, configurationPath is null ? descriptor : descriptor.BoundFrom(configurationPath), configurationPath is not null);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRevenueModel, TModel>());
        if (!services.Any(d => d.ImplementationInstance is LikesInputsStatement known && known.ModelType == typeof(TModel)))
        {
            services.AddSingleton(new LikesInputsStatement(typeof(TModel), BuiltInModelsLikesInputs.Of(typeof(TModel))));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TAttributeValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TCrossValidator>());
        return services.AddOptions<TOptions>().ValidateOnStart();
    }
}
