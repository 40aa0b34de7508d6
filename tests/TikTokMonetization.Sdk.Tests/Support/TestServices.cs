using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds real service providers the way an application would.</summary>
internal static class TestServices
{
    /// <summary>A provider with every built-in model at its defaults, validated as at start-up.</summary>
    public static ServiceProvider BuiltIns(Action<ITikTokMonetizationBuilder>? extra = null, Action<RevenueEngineOptions>? engine = null) =>
        Validated(services =>
        {
            var builder = engine is null ? services.AddTikTokMonetization() : services.AddTikTokMonetization(engine);
            builder.AddBuiltInModels();
            extra?.Invoke(builder);
        });

    /// <summary>A provider with exactly the models <paramref name="configure"/> adds, validated as at start-up.</summary>
    public static ServiceProvider With(Action<ITikTokMonetizationBuilder> configure) =>
        Validated(services => configure(services.AddTikTokMonetization()));

    /// <summary>A provider from <paramref name="configure"/>, built with scope and build-time checks but not yet validated.</summary>
    public static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A provider from <paramref name="configure"/>, validated as at start-up.</summary>
    public static ServiceProvider Validated(Action<IServiceCollection> configure)
    {
        var provider = Build(configure);
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    /// <summary>Runs start-up validation and returns every failure, whether one options type failed or several.</summary>
    public static List<string> StartupFailures(IServiceProvider provider)
    {
        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var exceptions = ex is AggregateException aggregate ? aggregate.InnerExceptions : [ex];
        return exceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
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
