using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class CreatorRewardsRegistrationTests
{
    private static readonly CreatorSnapshot HalfMillionQualifiedViews = new()
    {
        Profile = new CreatorProfile { Followers = 50_000, Age = 30, Region = "US", Niche = "finance" },
        Videos = new ShortVideoStats { VideosPosted = 10, LongVideosPosted = 5, Views = 1_000_000, QualifiedViews = 500_000, Likes = 40_000 },
    };

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddCreatorRewards_Twice_RegistersOnce()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddCreatorRewards();
            s.AddTikTokMonetization().AddCreatorRewards(o => o.Program = CreatorRewardsProgram.CreatorFund);
        });

        var model = Assert.Single(provider.GetServices<IRevenueModel>());
        Assert.Equal("creator-rewards", model.Name);
        Assert.Equal("Creator Fund (legacy)", model.DisplayName);
        Assert.Single(provider.GetRequiredService<IRevenueEngine>().Models);
        Assert.Equal(2, provider.GetServices<IValidateOptions<CreatorRewardsOptions>>().Count());
    }

    [Fact]
    public void InvalidOptions_FailAtStart_ListingEveryProblemWithItsPath()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddCreatorRewards(o =>
            {
                o.Program = (CreatorRewardsProgram)7;
                o.CreatorRewards.RpmLow = 2m;
                o.CreatorRewards.RpmHigh = 1m;
                o.CreatorRewards.MinimumAge = 200;
                o.CreatorRewards.EligibleRegions.Add("USA");
                o.CreatorFund.MinimumFollowers = -1;
                o.CreatorFund.MinimumAgeByRegion["Korea"] = 19;
                o.Scoring.NeutralScore = 1.5m;
                o.Scoring.OriginalityWeight = 0m;
                o.Scoring.PlayDurationWeight = 0m;
                o.Scoring.SearchValueWeight = 0m;
                o.Scoring.EngagementWeight = 0m;
                o.Scoring.TargetFinishRate = 0m;
                o.CountryMultipliers["XYZ"] = 1m;
                o.CountryMultipliers["US"] = -0.5m;
                o.NicheMultipliers[" "] = 1m;
                o.NicheMultipliers["finance"] = 500m;
            }));

        var failures = TestServices.StartupFailures(provider);
        string[] expected =
        [
            "TikTokMonetization:CreatorRewards:Program is 7",
            "TikTokMonetization:CreatorRewards:CreatorRewards has RpmLow 2 and RpmHigh 1",
            "MinimumAge",
            "TikTokMonetization:CreatorRewards:CreatorRewards:EligibleRegions:8 is 'USA'",
            "MinimumFollowers",
            "TikTokMonetization:CreatorRewards:CreatorFund:MinimumAgeByRegion:Korea is not a region code",
            "NeutralScore",
            "TargetFinishRate",
            "at least one must be greater than zero",
            "TikTokMonetization:CreatorRewards:CountryMultipliers:XYZ is not a region code",
            "TikTokMonetization:CreatorRewards:CountryMultipliers:US is -0.5",
            "TikTokMonetization:CreatorRewards:NicheMultipliers has an empty niche name",
            "TikTokMonetization:CreatorRewards:NicheMultipliers:finance is 500",
        ];
        Assert.All(expected, e => Assert.Contains(failures, f => f.Contains(e, StringComparison.Ordinal)));
    }

    [Fact]
    public void KeysDifferingOnlyInCase_AreRejected()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddCreatorRewards(o => o.NicheMultipliers = new Dictionary<string, decimal> { ["Finance"] = 1.2m, ["finance"] = 1.3m }));

        Assert.Contains(TestServices.StartupFailures(provider), f => f.Contains("NicheMultipliers:finance appears twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = Json("""
            {
              "TikTokMonetization": {
                "CreatorRewards": {
                  "Program": "CreatorRewards",
                  "CreatorRewards": { "RpmLow": 0.40, "RpmHigh": 0.40, "MinimumFollowers": 60000 },
                  "Scoring": { "EngagementWeight": 2 },
                  "CountryMultipliers": { "US": 1.0 },
                  "NicheMultipliers": { "finance": 1.25 }
                }
              }
            }
            """);
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddCreatorRewards(configuration.GetSection("TikTokMonetization:CreatorRewards")));
        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<CreatorRewardsOptions>>().Value;
        Assert.Equal(2m, options.Scoring.EngagementWeight);
        Assert.Equal(8, options.CreatorRewards.EligibleRegions.Count);

        // 50,000 followers is below the configured 60,000.
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var rule = Assert.Single(engine.Estimate(HalfMillionQualifiedViews)["creator-rewards"].Estimate.Eligibility.UnmetRules);
        Assert.StartsWith("needs 10,000 more followers", rule.Reason, StringComparison.Ordinal);

        // The calxo.ai example through configuration: 500 × 0.40 × 1.00 × 1.25 = 250.
        var enough = HalfMillionQualifiedViews with { Profile = HalfMillionQualifiedViews.Profile with { Followers = 60_000 } };
        Assert.Equal(Money.Usd(250m), engine.Estimate(enough).Total.Expected);
    }

    [Fact]
    public void ProgramSelectedInConfiguration_ChangesTheDisplayNameAndTheRate()
    {
        var configuration = Json("""{ "CreatorRewards": { "Program": "CreatorFund" } }""");
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddCreatorRewards(configuration.GetSection("CreatorRewards")));

        var stream = provider.GetRequiredService<IRevenueEngine>().Estimate(HalfMillionQualifiedViews)["creator-rewards"];

        // The fund pays all 1,000,000 views: 1,000 × 0.02 / 0.03 / 0.04 (every score 0.5; engagement 0.04 ÷ 0.08).
        Assert.Equal("Creator Fund (legacy)", stream.Estimate.DisplayName);
        Assert.Equal(new MoneyRange(new ValueRange(20m, 30m, 40m), Currency.Usd), stream.Range);
    }

    [Fact]
    public void AddCreatorRewards_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ITikTokMonetizationBuilder)null!).AddCreatorRewards());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTikTokMonetization().AddCreatorRewards((IConfiguration)null!));
    }
}
