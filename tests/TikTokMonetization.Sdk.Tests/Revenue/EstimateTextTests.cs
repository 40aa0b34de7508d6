using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// What an estimate says in words, for the pieces a model author builds by hand: the eligibility rules' reasons, the
/// breakdown lines, where a number came from, and the refusals of an estimate that breaks the contract.
/// </summary>
public sealed class EstimateTextTests
{
    private static readonly LikesImpact NoLikes = new(false, LikesInfluence.None, LikesChannels.None, "None.");

    [Fact]
    public void AtLeast_WithAnUnknownValue_SaysTheValueIsNotGiven()
    {
        var rule = EligibilityRule.AtLeast("min-followers", 1_000, null, "followers");

        Assert.False(rule.IsMet);
        Assert.Null(rule.Shortfall);
        Assert.Equal("requires at least 1,000 followers; the value is not given", rule.Reason);
    }

    [Fact]
    public void Requirement_Unmet_SaysWhatTheCreatorHas_AndHasNoUnit()
    {
        var rule = EligibilityRule.Requirement("personal-account", "a personal account", false, "business account");

        Assert.Equal("requires a personal account; has business account", rule.Reason);
        Assert.Equal("meets 'a personal account' (has personal account)", EligibilityRule.Requirement("personal-account", "a personal account", true, "personal account").Reason);
        Assert.Equal(string.Empty, rule.Unit);
        Assert.Null(rule.Threshold);
    }

    [Fact]
    public void AShortfallOfOne_UsesTheSingular_AndAUnitWithoutAFinalS_StaysAsItIs()
    {
        Assert.Equal("needs 1 more follower (has 999; requires at least 1,000 followers)", EligibilityRule.AtLeast("min-followers", 1_000, 999, "followers").Reason);
        Assert.Equal("needs 1 more kg (has 4; requires at least 5 kg)", EligibilityRule.AtLeast("min-weight", 5, 4, "kg").Reason);
        Assert.Equal("needs 2 more kg (has 0; requires at least 2 kg)", EligibilityRule.AtLeast("min-weight", 2, 0, "kg").Reason);
        Assert.Equal("at least 1 kg", EligibilityRule.AtLeast("min-weight", 1, 0, "kg").Description);
        Assert.Equal("at least 1 follower", EligibilityRule.AtLeast("min-followers", 1, 0, "followers").Description);
    }

    [Fact]
    public void Checks_AtLeast_IsMetAtTheThresholdItself()
    {
        var rules = new EligibilityRule[1];

        Assert.True(EligibilityChecks.AtLeast("min-followers", 1_000, 1_000, "followers", rules, 0));
        Assert.True(rules[0].IsMet);
        Assert.False(EligibilityChecks.AtLeast("min-followers", 1_000, 999.99m, "followers", null, 0));
    }

    [Fact]
    public void Checks_Region_FailsARegionNotOnTheList()
    {
        var list = new RegionList("LIVE gifts", ["US", "GB"]);
        var rules = new EligibilityRule[1];

        Assert.False(EligibilityChecks.Region("available-region", list, new CreatorProfile { Region = "DE" }, rules, 0));
        Assert.Equal("requires a region where LIVE gifts is available: US, GB; has DE", rules[0].Reason);
        Assert.True(EligibilityChecks.Region("available-region", list, new CreatorProfile { Region = "GB" }, null, 0));
        Assert.False(EligibilityChecks.Region("available-region", list, new CreatorProfile(), null, 0));
    }

    [Fact]
    public void Checks_WithANullProfileOrList_AreRefusedByName()
    {
        var list = new RegionList("LIVE gifts", []);

        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.MinimumAge(null!, 18, null, null, 0)).ParamName);
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.Region("r", null!, new CreatorProfile(), null, 0)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.Region("r", list, null!, null, 0)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.GoodStanding(null!, null, 0)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.NotGovernmentOrPolitical(null!, null, 0)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => EligibilityChecks.PersonalAccount(null!, null, 0)).ParamName);
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => new RegionList(null!, [])).ParamName);
    }

    [Fact]
    public void Unconditional_IsEligible_WithNoRules()
    {
        Assert.True(Eligibility.Unconditional.IsEligible);
        Assert.Empty(Eligibility.Unconditional.Rules);
    }

    [Fact]
    public void Provenance_NamesTheDefaultsSource_OnlyForTheDefaultItself()
    {
        Assert.Equal("TikTok, 2025", Provenance.Of(new RangeOptions(1m, 2m, 3m), 1m, 2m, 3m, "TikTok, 2025"));
        Assert.Equal(Provenance.Configured, Provenance.Of(new RangeOptions(1m, 2.5m, 3m), 1m, 2m, 3m, "TikTok, 2025"));
        Assert.Equal(Provenance.Configured, Provenance.Of(null!, 1m, 2m, 3m, "TikTok, 2025"));
        Assert.Equal("TikTok, 2025", Provenance.Of(0.5m, 0.5m, "TikTok, 2025"));
        Assert.Equal(Provenance.Configured, Provenance.Of(0.6m, 0.5m, "TikTok, 2025"));
    }

    [Fact]
    public void BreakdownLine_KeepsItsUnits_AndMakesMissingOnesEmpty()
    {
        var line = new BreakdownLine("Diamonds", ValueRange.Exactly(10m), "coins", ValueRange.Exactly(0.5m), "diamonds per coin", ValueRange.Exactly(5m), "diamonds", "rate card");
        var bare = new BreakdownLine("Diamonds", ValueRange.Exactly(10m), null!, ValueRange.Exactly(0.5m), null!, ValueRange.Exactly(5m), null!, null!);

        Assert.Equal(("coins", "diamonds per coin", "diamonds", "rate card"), (line.QuantityUnit, line.RateUnit, line.AmountUnit, line.Source));
        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), (bare.QuantityUnit, bare.RateUnit, bare.AmountUnit, bare.Source));
        Assert.Equal(
            $"Diamonds: {ValueRange.Exactly(10m)} coins × {ValueRange.Exactly(0.5m)} diamonds per coin = {ValueRange.Exactly(5m)} diamonds [rate card]",
            line.ToString());
    }

    [Fact]
    public void BreakdownLineBuilder_RefusesANullUnitOrSource_ByName()
    {
        var builder = BreakdownLine.For("Diamonds").Quantity(10m, "coins").Times(0.5m, "diamonds per coin");

        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => builder.Gives(5m, null!, "rate card")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => builder.Gives(5m, "diamonds", null!)).ParamName);
    }

    [Fact]
    public void Estimate_KeepsTheBreakdownItWasGiven_OrNone()
    {
        var line = BreakdownLine.For("Pay").Quantity(1m, "hours").Times(2m, "USD per hour").Gives(2m, "USD", "test");
        var range = new MoneyRange(ValueRange.Exactly(2m), Currency.Usd);

        Assert.Empty(new RevenueEstimate("pay", "Pay", range, Eligibility.Unconditional, null, NoLikes).Breakdown);
        Assert.Same(line, Assert.Single(new RevenueEstimate("pay", "Pay", range, Eligibility.Unconditional, [line], NoLikes).Breakdown));
        Assert.Same(line, Assert.Single(new RevenueEstimate("pay", "Pay", range, Eligibility.Unconditional, new List<BreakdownLine> { line }, NoLikes).Breakdown));
        Assert.Equal($"Pay: {range}", new RevenueEstimate("pay", "Pay", range, Eligibility.Unconditional, null, NoLikes).ToString());
    }

    [Fact]
    public void Estimate_Negative_OrPayingAnIneligibleCreator_IsRefused_NamingTheModel()
    {
        var negative = new MoneyRange(new ValueRange(-1m, 0m, 1m), Currency.Usd);
        var positive = new MoneyRange(ValueRange.Exactly(1m), Currency.Usd);
        var ineligible = new Eligibility([EligibilityRule.AtLeast("min-followers", 1_000, 10, "followers")]);

        var ex = Assert.Throws<ArgumentException>(() => new RevenueEstimate("pay", "Pay", negative, Eligibility.Unconditional, null, NoLikes));
        Assert.StartsWith($"Revenue model 'pay' returned a negative range ({negative}); estimates are never negative.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentException>(() => new RevenueEstimate("pay", "Pay", positive, ineligible, null, NoLikes));
        Assert.StartsWith($"Revenue model 'pay' returned {positive} for an ineligible creator; an ineligible stream pays zero.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AskedForAStreamItDoesNotHave_ListsTheStreamsItHas()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<FollowerBonusModel>());
        var report = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IRevenueEngine>(provider).Estimate(SampleCreators.MidTierUs);

        var ex = Assert.Throws<KeyNotFoundException>(() => report["no-such-stream"]);

        Assert.Equal("The report has no stream named 'no-such-stream'. Streams: live-gifts, follower-bonus.", ex.Message);
    }
}
