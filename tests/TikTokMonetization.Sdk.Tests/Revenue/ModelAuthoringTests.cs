using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>The public tools a model is written with: the breakdown builder, the shared checks, region lists, provenance and the per-options cache.</summary>
public sealed class ModelAuthoringTests
{
    [Fact]
    public void BreakdownBuilder_GivesTheLineTheConstructorGives()
    {
        var built = BreakdownLine.For("Diamonds collected")
            .Quantity(new ValueRange(10m, 20m, 30m), "coins").Times(0.5m, "diamonds per coin")
            .Gives(new ValueRange(5m, 10m, 15m), "diamonds", "rate card");
        var constructed = new BreakdownLine("Diamonds collected", new ValueRange(10m, 20m, 30m), "coins", ValueRange.Exactly(0.5m), "diamonds per coin", new ValueRange(5m, 10m, 15m), "diamonds", "rate card");

        Assert.Equal(constructed.ToString(), built.ToString());
        Assert.Equal(constructed.Rate, built.Rate);
        Assert.Equal(constructed.AmountUnit, built.AmountUnit);
    }

    [Fact]
    public void BreakdownBuilder_ALineWithoutARate_IsRefusedNamingTheLine()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BreakdownLine.For("Gross").Quantity(1m, "orders").Gives(2m, "USD", "source"));

        Assert.Contains("'Gross' has no rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakdownBuilder_ALineWithoutAQuantity_OrNotStartedWithFor_IsRefused()
    {
        Assert.Contains("has no quantity", Assert.Throws<InvalidOperationException>(() => BreakdownLine.For("Gross").Times(1m, "x").Gives(2m, "USD", "s")).Message, StringComparison.Ordinal);
        Assert.Contains("BreakdownLine.For", Assert.Throws<InvalidOperationException>(() => default(BreakdownLineBuilder).Quantity(1m, "a").Times(1m, "b").Gives(1m, "c", "s")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BreakdownLine.For(null!));
        Assert.Throws<ArgumentNullException>(() => BreakdownLine.For("x").Quantity(1m, null!));
    }

    [Fact]
    public void Checks_RecordTheRuleOnlyWhenAskedTo_AndTheVerdictIsTheRulesVerdict()
    {
        var profile = new CreatorProfile { Followers = 9_999, Age = 17, Region = "gb" };
        var rules = new EligibilityRule[3];
        var regions = new RegionList("Example", ["US", "GB"]);

        var age = EligibilityChecks.MinimumAge(profile, 18, new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["GB"] = 16 }, rules, 0);
        var followers = EligibilityChecks.AtLeast("min-followers", 10_000m, profile.Followers, "followers", rules, 1);
        var region = EligibilityChecks.Region("available-region", regions, profile, rules, 2);

        Assert.True(age);
        Assert.False(followers);
        Assert.True(region);
        Assert.Equal([age, followers, region], rules.Select(r => r.IsMet));
        Assert.Equal(1m, rules[1].Shortfall);
        Assert.False(EligibilityChecks.AtLeast("min-followers", 10_000m, profile.Followers, "followers", null, 0));
        Assert.Equal("a region where Example is available: US, GB", regions.Description);
        Assert.False(new RegionList("Example", []).Contains("US"));
    }

    [Fact]
    public void Provenance_NamesTheDefaultsSourceOnlyForTheDefault()
    {
        Assert.Equal("ECB 2025", Provenance.Of(0.5m, 0.5m, "ECB 2025"));
        Assert.Equal(Provenance.Configured, Provenance.Of(0.6m, 0.5m, "ECB 2025"));
    }

    [Fact]
    public void PerOptionsCache_DerivesOncePerOptionsInstance()
    {
        var calls = 0;
        var cache = new PerOptionsCache<RevenueEngineOptions, string>(o => { calls++; return o.ReportingCurrency; });
        var first = new RevenueEngineOptions();
        var second = new RevenueEngineOptions { ReportingCurrency = "EUR" };

        Assert.Equal("USD", cache.Get(first));
        Assert.Equal("USD", cache.Get(first));
        Assert.Equal("EUR", cache.Get(second));
        Assert.Equal(2, calls);
        Assert.Throws<ArgumentNullException>(() => cache.Get(null!));
    }
}
