using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds the Creator Rewards model the way an application would, validated as at start-up.</summary>
internal static class CreatorRewardsServices
{
    public static IRevenueModel Model(Action<CreatorRewardsOptions>? configure = null, Action<RevenueEngineOptions>? engine = null)
    {
        var services = new ServiceCollection();
        var builder = engine is null ? services.AddTikTokMonetization() : services.AddTikTokMonetization(engine);
        builder.AddCreatorRewards(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("creator-rewards");
    }

    public static IRevenueModel Fund(Action<CreatorRewardsOptions>? configure = null) => Model(o =>
    {
        o.Program = CreatorRewardsProgram.CreatorFund;
        configure?.Invoke(o);
    });

    /// <summary>The model over fixed options, without a container: for property tests that vary the options themselves.</summary>
    public static IRevenueModel Direct(CreatorRewardsOptions options) =>
        new CreatorRewardsModel(new FixedMonitor<CreatorRewardsOptions>(options), new FixedContext(RevenueModelSettings.From(new RevenueEngineOptions())));

    private sealed class FixedContext(RevenueModelSettings settings) : IRevenueModelContext
    {
        public RevenueModelSettings Settings { get; } = settings;
    }

    private sealed class FixedMonitor<T> : IOptionsMonitor<T>
    {
        public FixedMonitor(T value) => CurrentValue = value;

        public T CurrentValue { get; }

        public T Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
