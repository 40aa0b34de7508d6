using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class EligibilityRuleTests
{
    [Fact]
    public void AtLeast_ReportsThresholdActualAndShortfall_InWords()
    {
        var rule = EligibilityRule.AtLeast("min-followers", 10_000, 7_700, "followers");

        Assert.False(rule.IsMet);
        Assert.Equal(2_300m, rule.Shortfall);
        Assert.Equal("at least 10,000 followers", rule.Description);
        Assert.Equal("needs 2,300 more followers (has 7,700; requires at least 10,000 followers)", rule.Reason);
    }

    [Fact]
    public void AtLeast_UsesTheSingular_ForOne()
    {
        Assert.Equal("at least 1 video", EligibilityRule.AtLeast("min-videos", 1, 0, "videos").Description);
        Assert.StartsWith("needs 1 more year of age ", EligibilityRule.AtLeast("min-age", 18, 17, "years of age", "year of age").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AtLeast_WithAnUnknownValue_IsNotMet_AndSaysSo()
    {
        var rule = EligibilityRule.AtLeast("min-age", 18, null, "years of age");

        Assert.False(rule.IsMet);
        Assert.Null(rule.Shortfall);
        Assert.Equal("not given", rule.ActualText);
        Assert.Equal("requires at least 18 years of age; the value is not given", rule.Reason);
    }

    [Fact]
    public void AMetRule_SaysWhatSatisfiedIt() =>
        Assert.Equal("meets 'at least 1,000 followers' (has 85,000)", EligibilityRule.AtLeast("min-followers", 1_000, 85_000, "followers").Reason);

    [Fact]
    public void Eligibility_IsEligibleOnlyWhenEveryRuleIsMet()
    {
        var eligibility = new Eligibility([
            EligibilityRule.AtLeast("a", 1, 1, "things"),
            EligibilityRule.Requirement("b", "a personal account", false, "business account"),
        ]);

        Assert.False(eligibility.IsEligible);
        Assert.Equal("b", Assert.Single(eligibility.UnmetRules).Id);
        Assert.True(Eligibility.Unconditional.IsEligible);
    }
}
