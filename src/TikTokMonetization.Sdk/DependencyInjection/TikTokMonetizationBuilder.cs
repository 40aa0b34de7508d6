using Microsoft.Extensions.DependencyInjection;

namespace TikTokMonetization.DependencyInjection;

internal sealed class TikTokMonetizationBuilder : ITikTokMonetizationBuilder
{
    public TikTokMonetizationBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }
}
