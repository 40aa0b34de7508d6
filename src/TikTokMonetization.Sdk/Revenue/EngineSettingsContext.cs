using Microsoft.Extensions.Options;

namespace TikTokMonetization.Revenue;

/// <summary>The SDK's <see cref="IRevenueModelContext"/>: settings made once per version of the engine's options.</summary>
internal sealed class EngineSettingsContext : IRevenueModelContext
{
    private readonly CurrentOptions<RevenueEngineOptions> _options;
    private readonly PerOptionsCache<RevenueEngineOptions, RevenueModelSettings> _settings = new(RevenueModelSettings.From);

    public EngineSettingsContext(IOptionsMonitor<RevenueEngineOptions> options) => _options = new(options);

    public RevenueModelSettings Settings => _settings.Get(_options.Value);
}
