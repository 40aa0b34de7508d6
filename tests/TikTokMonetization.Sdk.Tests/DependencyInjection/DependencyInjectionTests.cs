using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class DependencyInjectionTests
{
    private static readonly CreatorSnapshot ThousandCoins = new()
    {
        Profile = new CreatorProfile { Followers = 5_000, Age = 30, Region = "US" },
        Live = new LiveStats { CoinsGifted = new Coins(1_000) },
    };

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddLiveGifts_Twice_RegistersOnce()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddLiveGifts();
            s.AddTikTokMonetization().AddLiveGifts(o => o.AgencyShare = 0.5m);
        });

        Assert.Single(provider.GetServices<IRevenueModel>());
        Assert.Single(provider.GetRequiredService<IRevenueEngine>().Models);
        Assert.Equal(2, provider.GetServices<IValidateOptions<LiveGiftsOptions>>().Count());
        Assert.Equal(0.5m, provider.GetRequiredService<IOptions<LiveGiftsOptions>>().Value.AgencyShare);
    }

    [Fact]
    public void AddRevenueModel_Twice_RegistersOnce_AndTheCustomModelAppearsInTheReport()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddLiveGifts().AddRevenueModel<FollowerBonusModel>().AddRevenueModel<FollowerBonusModel>());

        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);
        Assert.Equal(new[] { "live-gifts", "follower-bonus" }, report.Streams.Select(s => s.Name));
        Assert.True(report["follower-bonus"].Range.Expected.Amount > 0m);
    }

    [Fact]
    public void InvalidOptions_FailAtStart_ListingEveryProblemWithItsPath()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(o => o.ReportingCurrency = "ZZZ")
            .AddLiveGifts(o =>
            {
                o.AgencyShare = 1.5m;
                o.MinimumAge = -1;
                o.CoinsPerViewerHour = new RangeOptions(100, 50, 10);
                o.RateCard = "no-such-card";
                o.AvailableRegions = ["USA"];
            }));

        var failures = TestServices.StartupFailures(provider);
        Assert.Contains(failures, f => f.Contains("AgencyShare", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MinimumAge", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:LiveGifts:CoinsPerViewerHour is Low 100, Expected 50, High 10", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:LiveGifts:RateCard is 'no-such-card'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:LiveGifts:AvailableRegions:0 is 'USA'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:ReportingCurrency is 'ZZZ'", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidRateCard_FailsAtStart_WithItsName()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .ConfigureRateCard("eu-2025", o =>
            {
                o.Currency = "EURO";
                o.CashPerDiamond = new RangeOptions(0.006m, 0.004m, 0.005m);
                o.DiamondsPerCoin = 0m;
            }));

        var failures = TestServices.StartupFailures(provider);
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:RateCards:eu-2025:Currency is 'EURO'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:RateCards:eu-2025:CashPerDiamond", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DiamondsPerCoin", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = Json("""
            {
              "TikTokMonetization": {
                "ReportingCurrency": "GBP",
                "LiveGifts": { "AgencyShare": 0.2, "RateCard": "uk-2025", "CoinsPerViewerHour": { "Low": 1, "Expected": 2, "High": 3 } },
                "RateCards": { "uk-2025": { "Currency": "GBP", "CashPerDiamond": { "Low": 0.004, "Expected": 0.004, "High": 0.004 }, "Source": "test card" } }
              }
            }
            """);
        var section = configuration.GetSection("TikTokMonetization");
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(section)
            .ConfigureRateCard("uk-2025", section.GetSection("RateCards:uk-2025"))
            .AddLiveGifts(section.GetSection("LiveGifts")));
        provider.GetRequiredService<IStartupValidator>().Validate();

        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(ThousandCoins);
        Assert.Equal(Currency.Gbp, report.Currency);

        // 1,000 coins × 1 diamond × £0.004 = £4.00, minus 20% agency share = £3.20; no conversion needed.
        Assert.Equal(new Money(3.20m, Currency.Gbp), report.Total.Expected);
        Assert.Null(report.ExchangeRatesSource);
        Assert.Contains("test card", report["live-gifts"].Estimate.Breakdown.Single(l => l.Label == "LIVE rewards (cash)").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OneSection_ConfiguresTheEngine_RateCards_Reach_AndEveryModel()
    {
        var section = Json("""
            {
              "TikTokMonetization": {
                "ReportingCurrency": "EUR",
                "RateCards": {
                  "default": { "CashPerDiamond": { "Low": 0.004, "Expected": 0.004, "High": 0.004 }, "Source": "our contract" },
                  "eu-2025": { "Currency": "EUR", "Source": "EU card" }
                },
                "Reach": { "MaximumViewsUplift": 0.2 },
                "LiveGifts": { "AgencyShare": 0.5 },
                "Subscriptions": { "MinimumFollowers": 5000 },
                "BrandDeals": { "DefaultSponsoredPostsPer30Days": 2 }
              }
            }
            """).GetSection("TikTokMonetization");
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(section).AddBuiltInModels(section));
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("EUR", provider.GetRequiredService<IOptions<RevenueEngineOptions>>().Value.ReportingCurrency);
        var cards = provider.GetRequiredService<IRateCardProvider>();
        Assert.Equal(0.004m, cards.Get().CashPerDiamond.Expected);
        Assert.Equal("our contract", cards.Get().Source);
        Assert.Equal(Currency.Eur, cards.Get("eu-2025").Currency);
        Assert.Equal(0.2m, provider.GetRequiredService<IOptions<Likes.ReachModelOptions>>().Value.MaximumViewsUplift);
        Assert.Equal(0.5m, provider.GetRequiredService<IOptions<LiveGiftsOptions>>().Value.AgencyShare);
        Assert.Equal(6, provider.GetRequiredService<IRevenueEngine>().Models.Count);

        // 1,000 coins × 0.004 = 4.00 USD, half to the agency = 2.00 USD = 1.75 EUR at the ECB rate (2 / 1.1419 = 1.7515…).
        Assert.Equal(new Money(1.75m, Currency.Eur), provider.GetRequiredService<IRevenueEngine>().Estimate(ThousandCoins)["live-gifts"].Range.Expected);
    }

    [Fact]
    public void ConfigurationReload_TakesEffectOnTheNextEstimate()
    {
        var source = new ReloadableSource();
        source.Set("LiveGifts:AgencyShare", "0");
        source.Set("RateCards:default:CashPerDiamond:Low", "0.005");
        source.Set("RateCards:default:CashPerDiamond:Expected", "0.005");
        source.Set("RateCards:default:CashPerDiamond:High", "0.005");
        var configuration = new ConfigurationBuilder().Add(source).Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .ConfigureRateCard(RateCardNames.Default, configuration.GetSection("RateCards:default"))
            .AddLiveGifts(configuration.GetSection("LiveGifts")));
        var engine = provider.GetRequiredService<IRevenueEngine>();
        Assert.Equal(Money.Usd(5m), engine.Estimate(ThousandCoins).Total.Expected);

        source.Set("LiveGifts:AgencyShare", "0.5");
        source.Reload();
        Assert.Equal(Money.Usd(2.50m), engine.Estimate(ThousandCoins).Total.Expected);

        source.Set("RateCards:default:CashPerDiamond:Expected", "0.004");
        source.Set("RateCards:default:CashPerDiamond:Low", "0.004");
        source.Reload();
        Assert.Equal(Money.Usd(2.00m), engine.Estimate(ThousandCoins).Total.Expected);
    }

    [Fact]
    public void NamedRateCards_CanBeKeptSideBySide()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .ConfigureRateCard("legacy-2022", o => o.CashPerDiamond = new RangeOptions(0.004m, 0.005m, 0.005m))
            .AddLiveGifts(o => o.RateCard = "legacy-2022"));
        var cards = provider.GetRequiredService<IRateCardProvider>();

        Assert.Equal(0.005m, cards.Get().CashPerDiamond.Expected);
        Assert.Equal(0.004m, cards.Get(RateCardNames.UsScaledLiveRewards2025).CashPerDiamond.Expected);
        Assert.Equal(new ValueRange(0.004m, 0.005m, 0.005m), cards.Get("legacy-2022").CashPerDiamond);
        Assert.Equal(Money.Usd(4m), provider.GetRequiredService<IRevenueEngine>().Estimate(ThousandCoins).Total.Low);
    }

    [Fact]
    public void ChangedRates_AreNeverAttributedToOurSources()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .ConfigureRateCard(RateCardNames.Default, o => o.CashPerDiamond = new RangeOptions(0.004m, 0.004m, 0.004m))
            .ConfigureRateCard("mine", o => o.CashPerDiamond = new RangeOptions(0.003m, 0.003m, 0.003m)));
        var cards = provider.GetRequiredService<IRateCardProvider>();

        Assert.Equal("configured by the application (rates differ from the built-in card)", cards.Get().Source);
        Assert.Equal("configured by the application (no source given)", cards.Get("mine").Source);
        Assert.Null(cards.Get("mine").AsOf);
        Assert.Contains("Scaled LIVE rewards", cards.Get(RateCardNames.UsScaledLiveRewards2025).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingTheBaseCurrency_WithoutReplacingTheTable_FailsAtStart()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(o => o.ExchangeRates.BaseCurrency = "USD"));

        var failures = TestServices.StartupFailures(provider);
        Assert.Contains(failures, f => f.Contains("ExchangeRates:Rates:USD is 1.1419, but USD is the base currency", StringComparison.Ordinal));
    }

    [Fact]
    public void AddTikTokMonetization_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddTikTokMonetization());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTikTokMonetization().AddRevenueModel(null!));
    }

    /// <summary>An in-memory configuration source whose reload fires the change token, as a file provider would.</summary>
    private sealed class ReloadableSource : ConfigurationProvider, IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public void Reload() => OnReload();
    }
}
