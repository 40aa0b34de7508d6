using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class BrandDealsRegistrationTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddBrandDeals_Twice_RegistersOnce()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddBrandDeals();
            s.AddTikTokMonetization().AddBrandDeals(o => o.ContentType = "Campaign");
        });

        Assert.Equal("brand-deals", Assert.Single(provider.GetServices<IRevenueModel>()).Name);
        Assert.Single(provider.GetRequiredService<IRevenueEngine>().Models);
        Assert.Equal(2, provider.GetServices<IValidateOptions<BrandDealsOptions>>().Count());
        Assert.Equal("Campaign", provider.GetRequiredService<IOptions<BrandDealsOptions>>().Value.ContentType);
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddBuiltInModels_IncludesBrandDeals_AfterLiveGifts()
    {
        using var provider = TestServices.BuiltIns();
        var names = provider.GetServices<IRevenueModel>().Select(m => m.Name).ToList();

        Assert.True(names.IndexOf("live-gifts") < names.IndexOf("brand-deals"), string.Join(", ", names));
        Assert.Equal("Brand deals", provider.Model("brand-deals").DisplayName);
    }

    [Fact]
    public void InvalidOptions_FailAtStart_ListingEveryProblemWithItsPath()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(o =>
        {
            o.Currency = "DOLLARS";
            o.Methods = BrandDealPricingMethods.None;
            o.CpmPerThousandViews = new RangeOptions(20, 15, 10);
            o.CostPerEngagement = new RangeOptions(-1, 0, 0);
            o.UsageRightsPremium = new RangeOptions(0, 1, 20);
            o.ReferenceEngagementRate = 0m;
            o.MinimumEngagementMultiplier = 3m;
            o.FollowerTiers["Mega"].Price = new RangeOptions(100, 200, 300);
            o.FollowerTiers["Atom"] = new BrandDealTierOptions(1_000, new RangeOptions(20, 47.5m, 75));
            o.ContentType = "Billboard";
            o.ContentTypeMultipliers["Story"] = 0m;
            o.DefaultSponsoredPostsPer30Days = -1m;
            o.MinimumVideosPosted = 0;
            o.MinimumAgeByRegion["KOR"] = 19;
        }));

        var failures = TestServices.StartupFailures(provider);
        const string P = "TikTokMonetization:BrandDeals";
        Assert.Contains(failures, f => f.Contains($"{P}:Currency is 'DOLLARS'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:Methods is 'None'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:CpmPerThousandViews is Low 20, Expected 15, High 10", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("CostPerEngagement", StringComparison.Ordinal) && f.Contains("Low", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:UsageRightsPremium:High is 20; it must be at most 4", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ReferenceEngagementRate", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:MinimumEngagementMultiplier is 3 and {P}:MaximumEngagementMultiplier is 2.2", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:FollowerTiers:Mega:Price is Low 100, Expected 200, High 300, below tier 'Macro'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:FollowerTiers:Nano:MinimumFollowers is 1000, the same as tier 'Atom'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:ContentType is 'Billboard'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:ContentTypeMultipliers:Story is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DefaultSponsoredPostsPer30Days", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MinimumVideosPosted", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains($"{P}:MinimumAgeByRegion:KOR is not a region code", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyTierTable_IsRejected_OnlyWhileTheTierMethodIsOn()
    {
        using var broken = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(o => o.FollowerTiers.Clear()));
        Assert.Contains(TestServices.StartupFailures(broken), f => f.Contains("FollowerTiers is empty", StringComparison.Ordinal));

        using var fine = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(o =>
        {
            o.FollowerTiers.Clear();
            o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement;
        }));
        fine.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = Json("""
            {
              "TikTokMonetization": {
                "BrandDeals": {
                  "Methods": "ViewsCpm, FollowerTiers",
                  "CpmPerThousandViews": { "Low": 12, "Expected": 16, "High": 24 },
                  "FollowerTiers": { "micro": { "Price": { "Low": 100, "Expected": 250, "High": 400 } } },
                  "ContentType": "Reel",
                  "ContentTypeMultipliers": { "Reel": 1.25 },
                  "UsageRightsPremium": { "Low": 0.5, "Expected": 1, "High": 2 },
                  "DefaultSponsoredPostsPer30Days": 2,
                  "MinimumAge": 16
                }
              }
            }
            """);
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(configuration.GetSection("TikTokMonetization:BrandDeals")));
        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<BrandDealsOptions>>().Value;
        Assert.Equal(BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.FollowerTiers, options.Methods);
        Assert.Equal(5, options.FollowerTiers.Count);
        Assert.Equal(10_000, options.FollowerTiers["Micro"].MinimumFollowers); // a partial entry keeps the rest of the default tier
        Assert.Equal(5, options.ContentTypeMultipliers.Count);
        Assert.Equal(16, options.MinimumAge);

        // 40,000 followers, 30,000 views per video. CPM: 30 × 12 / 16 / 24 = 360 / 480 / 720. Micro tier (configured): 100 / 250 / 400.
        // Low 100, high 720, expected median (480, 250) = 365. × Reel 1.25 = 125 / 456.25 / 900; × (1.5, 2, 3) = 187.5 / 912.5 / 2,700;
        // × 2 posts per 30 days = 375 / 1,825 / 5,400.
        var estimate = provider.GetRequiredService<IRevenueEngine>().Estimate(BrandDealsTestServices.Creator(age: 16))["brand-deals"].Estimate;
        Assert.Equal(new ValueRange(375m, 1_825m, 5_400m), estimate.Range.Amounts);
        Assert.Equal("configured by the application", estimate.Breakdown.Single(l => l.Label == "Method: follower tier 'Micro'").Source);
    }

    [Fact]
    public void AddBrandDeals_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ITikTokMonetizationBuilder)null!).AddBrandDeals());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTikTokMonetization().AddBrandDeals((IConfiguration)null!));
    }
}
