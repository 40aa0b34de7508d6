using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds real service providers the way an application would.</summary>
internal static class TestServices
{
    /// <summary>A provider with every built-in model at its defaults, validated as at start-up.</summary>
    public static ServiceProvider BuiltIns(Action<ITikTokMonetizationBuilder>? extra = null, Action<RevenueEngineOptions>? engine = null)
    {
        var services = new ServiceCollection();
        var builder = engine is null ? services.AddTikTokMonetization() : services.AddTikTokMonetization(engine);
        builder.AddBuiltInModels();
        extra?.Invoke(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    /// <summary>A provider with exactly the models <paramref name="configure"/> adds, validated as at start-up.</summary>
    public static ServiceProvider With(Action<ITikTokMonetizationBuilder> configure)
    {
        var services = new ServiceCollection();
        configure(services.AddTikTokMonetization());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    public static IRevenueModel Model(this IServiceProvider provider, string name) =>
        provider.GetServices<IRevenueModel>().Single(m => m.Name == name);

    public static IRevenueModel LiveGifts(Action<LiveGiftsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddLiveGifts(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("live-gifts");
    }
}
