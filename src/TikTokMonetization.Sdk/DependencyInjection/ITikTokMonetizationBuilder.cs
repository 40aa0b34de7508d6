using Microsoft.Extensions.DependencyInjection;

namespace TikTokMonetization;

/// <summary>
/// Configures the SDK's services: revenue models, rate cards and engine options. Returned by
/// <see cref="TikTokMonetizationServiceCollectionExtensions.AddTikTokMonetization(IServiceCollection)"/>; built-in
/// models hang off it as extension methods (<c>AddLiveGifts</c>, …).
/// </summary>
/// <remarks>Use during application start-up only; like <see cref="IServiceCollection"/>, it is not thread-safe.</remarks>
public interface ITikTokMonetizationBuilder
{
    /// <summary>Gets the service collection the SDK registers into.</summary>
    IServiceCollection Services { get; }
}
