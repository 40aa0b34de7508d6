using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class AffiliateRegistrationTests
{
    private static readonly CreatorSnapshot BeautyAffiliate = new()
    {
        Profile = new CreatorProfile { Followers = 5_000, Age = 30, Region = "US", Niche = "beauty" },
        Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(1_000m) },
    };

    [Fact]
    public void AddAffiliate_Twice_RegistersOnce()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddAffiliate();
            s.AddTikTokMonetization().AddAffiliate(o => o.MinimumFollowers = 5_000);
        });

        var model = Assert.Single(provider.GetServices<IRevenueModel>());
        Assert.Equal("affiliate", model.Name);
        Assert.Equal("TikTok Shop affiliate", model.DisplayName);
        Assert.Equal(2, provider.GetServices<IValidateOptions<AffiliateOptions>>().Count());
        Assert.Equal(5_000, provider.GetRequiredService<IOptions<AffiliateOptions>>().Value.MinimumFollowers);
    }

    [Fact]
    public void InvalidOptions_FailAtStart_ListingEveryProblemWithItsPath()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddAffiliate(o =>
        {
            o.Currency = "ZZZ";
            o.MinimumAge = -1;
            o.MinimumFollowers = -5;
            o.ShoppableViewShare = new RangeOptions(0.5m, 0.25m, 0.1m);
            o.CommissionRate = new RangeOptions(0.1m, 0.2m, 0.95m);
            o.CommissionRateByNiche["pets"] = new RangeOptions(0.3m, 0.2m, 0.1m);
            o.MinimumFollowersByRegion["VNM"] = 300;
            o.AvailableRegions = ["US", "USA"];
            o.PilotProgramRegions = ["U1"];
        }));

        var failures = TestServices.StartupFailures(provider);
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:Currency is 'ZZZ'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MinimumAge", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MinimumFollowers", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:ShoppableViewShare is Low 0.5, Expected 0.25, High 0.1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:CommissionRate:High is 0.95; it must be at most 0.80", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:CommissionRateByNiche:pets is Low 0.3", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:MinimumFollowersByRegion:VNM is not a region code", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:AvailableRegions:1 is 'USA'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("TikTokMonetization:Affiliate:PilotProgramRegions:0 is 'U1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_BindFromConfiguration_AddingToTheCommissionTable()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "TikTokMonetization": {
                "Affiliate": {
                  "MinimumFollowers": 5000,
                  "CommissionRateByNiche": { "pets": { "Low": 0.05, "Expected": 0.1, "High": 0.15 } }
                }
              }
            }
            """))).Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddAffiliate(configuration.GetSection("TikTokMonetization:Affiliate")));
        provider.GetRequiredService<IStartupValidator>().Validate();
        var engine = provider.GetRequiredService<IRevenueEngine>();

        // The default beauty entry stays (US$1,000 × 10/20/30%); the bound pets entry is added (US$1,000 × 5/10/15%).
        Assert.Equal(new ValueRange(100m, 200m, 300m), engine.Estimate(BeautyAffiliate)["affiliate"].Range.Amounts);
        var pets = BeautyAffiliate with { Profile = BeautyAffiliate.Profile with { Niche = "Pets" } };
        Assert.Equal(new ValueRange(50m, 100m, 150m), engine.Estimate(pets)["affiliate"].Range.Amounts);
        Assert.Equal(5_000m, engine.Estimate(pets)["affiliate"].Estimate.Eligibility.Rules.Single(r => r.Id == "min-followers").Threshold);
    }
}
