using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;

namespace TikTokMonetization;

// The reach model's registration, beside it; the class is documented in Revenue/TikTokMonetizationBuilderExtensions.cs.
public static partial class TikTokMonetizationBuilderExtensions
{
    /// <summary>Replaces the reach model the likes analysis uses (the default is a documented saturating curve).</summary>
    /// <typeparam name="TReachModel">The reach model; registered as a singleton, so it must be thread-safe.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder UseReachModel<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TReachModel>(this ITikTokMonetizationBuilder builder)
        where TReachModel : class, IReachModel
    {
        Guard.NotNull(builder, nameof(builder));
        builder.Services.Replace(ServiceDescriptor.Singleton<IReachModel, TReachModel>());
        return builder;
    }

    /// <summary>Configures the default reach model's curve in code.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets <see cref="ReachModelOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureReach(this ITikTokMonetizationBuilder builder, Action<ReachModelOptions> configure)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configure, nameof(configure));
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Binds the default reach model's curve from configuration (for example the <c>TikTokMonetization:Reach</c> section).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section holding <see cref="ReachModelOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder ConfigureReach(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        builder.Services.Configure<ReachModelOptions>(configuration);
        return builder;
    }
}
