using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.Benchmarks;

/// <summary>The service providers the benchmarks measure: the SDK with its documented defaults and one model or all six.</summary>
internal static class BenchmarkServices
{
    /// <summary>The engine with the LIVE gifts model only, as the first benchmarks measured it.</summary>
    public static ServiceProvider LiveGiftsOnly() => Build(builder => builder.AddLiveGifts());

    /// <summary>The engine with every built-in model (<c>AddBuiltInModels</c>), in report order.</summary>
    public static ServiceProvider AllBuiltInModels() => Build(builder => builder.AddBuiltInModels());

    /// <summary>Every built-in model and the projector (<c>AddProjections</c>).</summary>
    public static ServiceProvider AllBuiltInModelsWithProjections() => Build(builder => builder.AddBuiltInModels().AddProjections());

    private static ServiceProvider Build(Action<ITikTokMonetizationBuilder> addModels)
    {
        var services = new ServiceCollection();
        addModels(services.AddTikTokMonetization());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // No host runs ValidateOnStart here; validate now so a benchmark never measures a misconfigured SDK.
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
