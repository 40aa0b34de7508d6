using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>estimate</c> command on the sample creators and on files.</summary>
public sealed class EstimateCommandTests
{
    [Fact]
    public void Estimate_OnTheSampleCreator_PrintsEveryStreamWithRangeEligibilityBreakdownAndSources()
    {
        var (exit, output, error) = Run("estimate");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Revenue estimate for sample-mid-tier-us over 30 days, in USD", output, StringComparison.Ordinal);
        Assert.Matches(@"│ LIVE gifts\s+│ yes\s+│\s+132\.40 │\s+661\.99 │\s+1,985\.98 │\s+16\.7 % │", output);
        Assert.Matches(@"│ Total\s+│\s+│\s+942\.67 │\s+3,961\.96 │\s+13,797\.08 │", output);
        Assert.Contains("Expected income by stream (USD)", output, StringComparison.Ordinal);
        Assert.Matches(@"Brand deals\s+█+ 1,250\.00", output);
        Assert.Contains("── LIVE gifts ─", output, StringComparison.Ordinal);
        Assert.Contains("Eligible. 132.40..1,985.98 USD, expected 661.99: 16.7 % of the expected total.", output, StringComparison.Ordinal);
        Assert.Matches(@"│ at least 1,000 followers\s+│ 85,000\s+│\s+│ yes │", output);
        Assert.Matches(@"│ LIVE rewards \(cash\)\s+│ .* × 0\.005 USD per diamond =\s+│ \[4\]", output);
        Assert.Contains("[4]   rate card 'default' (2025-02-10): 1 diamond per coin", output, StringComparison.Ordinal);
        Assert.Contains("Likes: no money per like", output, StringComparison.Ordinal);
        Assert.Contains("Unofficial: not affiliated with TikTok.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_OutputNotToATerminal_IsPlainTextAtTheFixedWidth()
    {
        var output = Run("estimate").Output;

        Assert.DoesNotContain('\u001b', output);
        var lines = output.Split(Environment.NewLine);
        Assert.All(lines, line => Assert.True(line.Length <= ConsoleOutput.FixedWidth, $"{line.Length} characters: {line}"));
        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void Estimate_TwiceOnTheSameInput_PrintsTheSameText() =>
        Assert.Equal(Run("estimate", "--sample", "newcomer").Output, Run("estimate", "--sample", "newcomer").Output);

    [Fact]
    public void Estimate_ForTheNewcomer_SaysWhyEachIneligibleStreamPaysNothing()
    {
        var (exit, output, _) = Run("estimate", "--sample", "newcomer");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("── Why some streams pay nothing", output, StringComparison.Ordinal);
        Assert.Contains("LIVE gifts: needs 300 more followers (has 700; requires at least 1,000 followers)", output, StringComparison.Ordinal);
        Assert.Contains("Creator Rewards Program: needs 92,000 more views in 30 days", output, StringComparison.Ordinal);
        Assert.Contains("Not eligible: pays 0.00 USD until the unmet rules below are met.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_InEuros_ConvertsAndNamesTheExchangeRates()
    {
        var (exit, output, _) = Run("estimate", "--currency", "eur");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("over 30 days, in EUR", output, StringComparison.Ordinal);
        // 1 / 1.1419 USD per euro (the ECB's rate of 2 June 2025), to six significant digits.
        Assert.Contains("Amounts converted to EUR at 1 USD = 0.875733 EUR, from the European Central Bank", output, StringComparison.Ordinal);
        Assert.Matches(@"\(as of\s+2025-06-02\)\.", output);
    }

    [Theory]
    [InlineData(0.875733012, "0.875733")]
    [InlineData(142.72701, "142.727")]
    [InlineData(0.0000389012345, "0.0000389012")]
    [InlineData(1, "1")]
    [InlineData(1234567.89, "1234568")]
    public void Rates_ShowSixSignificantDigits(double rate, string shown)
    {
        Assert.Equal(shown, Formats.Rate((decimal)rate));
    }

    [Fact]
    public void Estimate_InACurrencyWithoutARate_FailsWithTheOptionPath()
    {
        var (exit, output, error) = Run("estimate", "--currency", "CLP");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: TikTokMonetization:ReportingCurrency is 'CLP', which has no rate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_OnAFullCreatorFileWithComments_ReportsThatCreator()
    {
        var (exit, output, error) = Run("estimate", "--input", TestData("creators", "valid-full.json"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Revenue estimate for @example.creator over 28 days", output, StringComparison.Ordinal);
        Assert.Contains("observed (snapshot Live.CoinsGifted)", output, StringComparison.Ordinal);
    }
}
