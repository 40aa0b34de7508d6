using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Tests;

/// <summary><c>provider.ValidateOnStartNow()</c>: the start-up validation of a host, for apps without one.</summary>
public sealed class StartupValidationExtensionsTests
{
    [Fact]
    public void ValidateOnStartNow_WithValidOptions_Passes()
    {
        using var provider = new ServiceCollection().AddTikTokMonetization().AddBuiltInModels().Services.BuildServiceProvider();

        provider.ValidateOnStartNow();
    }

    [Fact]
    public void ValidateOnStartNow_ListsEveryProblem_OfEveryOptionsType()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBuiltInModels()
            .AddLiveGifts(o => o.AgencyShare = 2m)
            .ConfigureRateCard("mine", o => o.DiamondsPerCoin = 0m);
        using var provider = services.BuildServiceProvider();

        var thrown = Assert.ThrowsAny<Exception>(provider.ValidateOnStartNow);

        var failures = (thrown is AggregateException all ? all.InnerExceptions : [thrown]).OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(failures, f => f.Contains("AgencyShare", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DiamondsPerCoin", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateOnStartNow_OnNull_NamesTheParameter() =>
        Assert.Equal("provider", Assert.Throws<ArgumentNullException>(() => StartupValidationExtensions.ValidateOnStartNow(null!)).ParamName);
}
