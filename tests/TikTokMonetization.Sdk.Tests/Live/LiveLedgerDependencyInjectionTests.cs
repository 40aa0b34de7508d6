using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Tests;

/// <summary>Registering the ledger: one factory, the LIVE gifts model's rate card by default, options validated at start.</summary>
public sealed class LiveLedgerDependencyInjectionTests
{
    [Fact]
    public void AddLiveLedger_Twice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddLiveLedger().AddLiveLedger(o => o.LeaderboardSize = 5);

        Assert.Single(services, d => d.ServiceType == typeof(ILiveLedgerFactory));
        Assert.Single(services, d => d.ServiceType == typeof(GiftCatalog));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(5, provider.GetRequiredService<IOptions<LiveLedgerOptions>>().Value.LeaderboardSize);
    }

    [Fact]
    public void Ledger_ConvertsThroughTheLiveGiftsModelsRateCard_ByDefault()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts(o => o.RateCard = RateCardNames.UsScaledLiveRewards2025).AddLiveLedger());

        var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
        ledger.Record(LedgerTestKit.Lion(1));

        Assert.Equal(RateCardNames.UsScaledLiveRewards2025, ledger.RateCard.Name);
        Assert.Equal(Money.Usd(29_999m * 0.004m), ledger.GetSummary().Host.Cash);
    }

    [Fact]
    public void Ledger_WithoutTheLiveGiftsModel_ConvertsThroughTheDefaultCard()
    {
        using var provider = TestServices.With(b => b.AddLiveLedger());

        Assert.Equal(RateCardNames.Default, provider.GetRequiredService<ILiveLedgerFactory>().GetRateCard().Name);
    }

    [Fact]
    public void Ledger_FollowsAReloadOfTheLiveGiftsModelsRateCard_ForTheNextLedger()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RateCard"] = RateCardNames.Default }).Build();
        using var provider = TestServices.With(b => b.AddLiveGifts(configuration).AddLiveLedger());
        var factory = provider.GetRequiredService<ILiveLedgerFactory>();
        Assert.Equal(RateCardNames.Default, factory.Create().RateCard.Name);

        configuration["RateCard"] = RateCardNames.UsScaledLiveRewards2025;
        configuration.Reload();

        Assert.Equal(RateCardNames.UsScaledLiveRewards2025, factory.Create().RateCard.Name);
    }

    [Fact]
    public void LedgerFactory_DoesNotDependOnTheLiveGiftsModel()
    {
        // Issue 13: the LIVE gifts model's registration gives the ledger its default card, not the other way round.
        var parameters = Type.GetType("TikTokMonetization.Live.LiveLedgerFactory, TikTokMonetization.Sdk", throwOnError: true)!
            .GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType.ToString()).ToList();

        Assert.DoesNotContain(parameters, p => p.Contains("LiveGifts", StringComparison.Ordinal));
    }

    [Fact]
    public void Ledger_UsesItsOwnRateCard_WhenOneIsNamed()
    {
        using var provider = TestServices.With(b => b
            .ConfigureRateCard("eu", c => c.Currency = "EUR")
            .AddLiveGifts()
            .AddLiveLedger(o => o.RateCard = "eu"));

        var factory = provider.GetRequiredService<ILiveLedgerFactory>();

        Assert.Equal("eu", factory.GetRateCard().Name);
        Assert.Equal(Currency.FromCode("EUR"), factory.Create().GetSummary().Currency);
    }

    [Fact]
    public void UnknownRateCard_FailsAtStartUp_WithTheOptionPath()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => TestServices.With(b => b.AddLiveLedger(o => o.RateCard = "nope")));
        Assert.Contains("TikTokMonetization:LiveLedger:RateCard is 'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidOptions_FailAtStartUp_AllAtOnce()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => TestServices.With(b => b.AddLiveLedger(o =>
        {
            o.QuietPeriod = TimeSpan.FromHours(2);
            o.LeaderboardSize = 0;
            o.Goals.Add(new LiveGoal { Name = "x", Target = 0m });
        })));

        Assert.Contains("QuietPeriod", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LeaderboardSize", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Goals:0:Target", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveLedger:QuietPeriod"] = "00:00:20",
            ["LiveLedger:HostUserId"] = "42",
            ["LiveLedger:ConnectedAtLiveStart"] = "true",
            ["LiveLedger:Goals:0:Name"] = "lion",
            ["LiveLedger:Goals:0:Unit"] = "Diamonds",
            ["LiveLedger:Goals:0:Target"] = "29999",
        }).Build();

        using var provider = TestServices.With(b => b.AddLiveLedger(configuration.GetSection("LiveLedger")));
        var options = provider.GetRequiredService<IOptions<LiveLedgerOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(20), options.QuietPeriod);
        Assert.Equal(42, options.HostUserId);
        Assert.True(options.ConnectedAtLiveStart);
        Assert.Equal(29_999m, Assert.Single(options.Goals).Target);
        var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
        Assert.False(ledger.GetSummary().DataQuality.CountedSinceConnected);
    }

    [Fact]
    public void UseGiftCatalog_ReplacesTheBuiltInCatalog()
    {
        var catalog = new GiftCatalog([new GiftCatalogEntry(6369, "Lion", 30_000, 2)], new DateTime(2026, 1, 1), "mine");
        using var provider = TestServices.With(b => b.AddLiveLedger().UseGiftCatalog(catalog));

        var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
        ledger.Record(LedgerTestKit.Lion(1));

        Assert.Same(catalog, ledger.Catalog);
        Assert.Equal(new Coins(30_000), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public void Factory_RestoresCheckpoints()
    {
        using var provider = TestServices.With(b => b.AddLiveLedger());
        var factory = provider.GetRequiredService<ILiveLedgerFactory>();
        var ledger = factory.Create();
        ledger.Record(LedgerTestKit.Rose(1, 4));

        var restored = factory.Restore(ledger.SaveCheckpoint());

        Assert.Equal(new Coins(4), restored.GetSummary().Host.PendingCoins);
        Assert.NotSame(ledger, factory.Create());
    }
}
