using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class MerchandiseRegistrationTests
{
    private static readonly CreatorSnapshot HundredOrders = new()
    {
        Profile = new CreatorProfile { Followers = 5_000, Age = 30, Region = "US" },
        Merchandise = new MerchandiseInputs { ObservedOrders = 100, AverageOrderValue = Money.Usd(20m) },
    };

    [Fact]
    public void AddMerchandise_Twice_RegistersOnce()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddMerchandise();
            s.AddTikTokMonetization().AddMerchandise(o => o.Currency = "EUR");
        });

        var model = Assert.Single(provider.GetServices<IRevenueModel>());
        Assert.Equal("merchandise", model.Name);
        Assert.Equal("Merchandise", model.DisplayName);
        Assert.Equal(2, provider.GetServices<IValidateOptions<MerchandiseOptions>>().Count());
        Assert.Equal("EUR", provider.GetRequiredService<IOptions<MerchandiseOptions>>().Value.Currency);
    }

    [Fact]
    public void InvalidOptions_FailAtStart_ListingEveryProblemWithItsPath()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddMerchandise(o =>
        {
            o.Currency = "DOLLARS";
            o.ProductViewShare = new RangeOptions(0.1m, 0.2m, 1.5m);
            o.ClickThroughRate = new RangeOptions(0.05m, 0.01m, 0.02m);
            o.ConversionRate = null!;
            o.GrossMargin = new RangeOptions(-0.1m, 0.5m, 0.7m);
            o.AffiliateCommissionRate = new RangeOptions(0.1m, 0.5m, 0.9m);
        }));

        var failures = TestServices.StartupFailures(provider);
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:Currency is 'DOLLARS'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:ProductViewShare:High is 1.5; it must be at most 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:ClickThroughRate is Low 0.05, Expected 0.01, High 0.02", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:ConversionRate is null", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:GrossMargin:Low is -0.1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Merchandise:AffiliateCommissionRate:High is 0.9; it must be at most 0.80", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "TikTokMonetization": {
                "Merchandise": {
                  "GrossMargin": { "Low": 0.4, "Expected": 0.4, "High": 0.4 },
                  "PerOrderFee": { "Low": 1, "Expected": 1, "High": 1 }
                }
              }
            }
            """))).Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddMerchandise(configuration.GetSection("TikTokMonetization:Merchandise")));
        provider.GetRequiredService<IStartupValidator>().Validate();

        // 100 orders × (US$20 × 0.40 − US$1) = US$700 at every point.
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(HundredOrders);
        Assert.Equal(new MoneyRange(ValueRange.Exactly(700m), Currency.Usd), report["merchandise"].Range);
    }
}
