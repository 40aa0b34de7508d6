using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds the affiliate model the way an application would: registered, configured and validated at start.</summary>
internal static class AffiliateServices
{
    public static IRevenueModel Model(Action<AffiliateOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddAffiliate(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("affiliate");
    }
}
