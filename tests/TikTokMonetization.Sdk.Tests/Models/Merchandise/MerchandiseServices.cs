using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds the merchandise model the way an application would: registered, configured and validated at start.</summary>
internal static class MerchandiseServices
{
    public static IRevenueModel Model(Action<MerchandiseOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddMerchandise(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("merchandise");
    }
}
