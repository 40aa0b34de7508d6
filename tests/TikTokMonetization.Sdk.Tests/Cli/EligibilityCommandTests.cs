using System.Text.Json;
using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>eligibility</c> command: every rule with its threshold, what the creator has, and the shortfall.</summary>
public sealed class EligibilityCommandTests
{
    [Fact]
    public void Eligibility_ForTheNewcomer_ListsWhatIsMissingPerStream()
    {
        var (exit, output, error) = Run("eligibility", "--sample", "newcomer");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Eligibility for sample-newcomer: 1 of 6 streams eligible", output, StringComparison.Ordinal);
        Assert.Matches(@"│ LIVE gifts\s+│ no\s+│\s+3 of 5 │ needs 1 more year of age", output);
        Assert.Matches(@"│ Merchandise\s+│ yes\s+│\s+0 of 0 │ nothing", output);
    }

    [Fact]
    public void Eligibility_ForTheNewcomer_ShowsEveryRuleWithThresholdActualAndShortfall()
    {
        var output = Run("eligibility", "--sample", "newcomer").Output;

        Assert.Matches(@"│ at least 1,000 followers\s+│ 700\s+│\s+300 │ no\s+│", output);
        Assert.Matches(@"│ at least 18 years of age\s+│ 17\s+│\s+1 │ no\s+│", output);
        Assert.Matches(@"│ an account in good standing\s+│ in good standing\s+│\s+│ yes │", output);
        Assert.Contains("No eligibility rules: every creator qualifies.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_AsJson_GivesEachRuleItsThresholdActualShortfallAndReason()
    {
        var (exit, output, _) = Run("eligibility", "--sample", "newcomer", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("eligibility", root.GetProperty("command").GetString());
        Assert.Equal(1, root.GetProperty("eligibleStreams").GetInt32());
        var live = root.GetProperty("streams").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "live-gifts");
        Assert.False(live.GetProperty("eligible").GetBoolean());
        var followers = live.GetProperty("eligibilityRules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "min-followers");
        Assert.False(followers.GetProperty("met").GetBoolean());
        Assert.Equal(1000m, followers.GetProperty("threshold").GetDecimal());
        Assert.Equal(700m, followers.GetProperty("actual").GetDecimal());
        Assert.Equal(300m, followers.GetProperty("shortfall").GetDecimal());
        Assert.Equal("needs 300 more followers (has 700; requires at least 1,000 followers)", followers.GetProperty("reason").GetString());
    }
}
