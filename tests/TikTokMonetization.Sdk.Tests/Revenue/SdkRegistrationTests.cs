using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// What <c>AddTikTokMonetization</c> registers beyond the engine: each options type it validates at start (with both of
/// its validators), the built-in rate cards even when configured around the builder, and null arguments refused by name.
/// </summary>
public sealed class SdkRegistrationTests
{
    [Fact]
    public void ReachOptions_AreValidatedAtStart_ByBothValidators()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().ConfigureReach(o =>
        {
            o.MaximumViewsUplift = 1.5m;
            o.LikeWeight = -1m;
        }));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains(failures, f => f.StartsWith("TikTokMonetization:Reach:MaximumViewsUplift is 1.5; it must be from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("LikeWeight", StringComparison.Ordinal));
    }

    [Fact]
    public void ABuiltInRateCardConfiguredDirectly_IsStillValidatedAtStart_ByBothValidators()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization();
            s.Configure<RateCardOptions>(RateCardNames.UsScaledLiveRewards2025, o =>
            {
                o.Currency = "ZZZ";
                o.DiamondsPerCoin = 0m;
            });
        });

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains(failures, f => f.Contains("Currency is 'ZZZ'; it must be an ISO 4217 code such as 'USD'.", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DiamondsPerCoin", StringComparison.Ordinal));
    }

    [Fact]
    public void AddingTheSdkTwice_KeepsOneRateCardRegistry()
    {
        // A card configured between the two calls must still be known to the models (an unknown card fails at start).
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().ConfigureRateCard("mine", o => o.CashPerDiamond = new RangeOptions(0.003m, 0.003m, 0.003m));
            s.AddTikTokMonetization().AddLiveGifts(o => o.RateCard = "mine");
        });

        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        Assert.Equal(0.003m, provider.GetRequiredService<IRateCardProvider>().Get("mine").CashPerDiamond.Expected);
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        var services = new ServiceCollection();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddTikTokMonetization()).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddTikTokMonetization((Action<RevenueEngineOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddTikTokMonetization((IConfiguration)null!)).ParamName);
    }
}
