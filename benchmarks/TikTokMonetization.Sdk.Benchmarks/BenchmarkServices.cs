using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.Benchmarks;

/// <summary>The service provider every benchmark measures: the SDK with the LIVE gifts model and its documented defaults.</summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddLiveGifts();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // No host runs ValidateOnStart here; validate now so a benchmark never measures a misconfigured SDK.
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
