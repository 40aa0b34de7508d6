namespace TikTokMonetization.Tests;

/// <summary>
/// <c>--rate-card</c> on the creator commands: the names the output and the settings file use, in any case; a wrong name
/// reported against the option with the names there are; and <c>estimate</c> stating the coin-to-diamond convention it used.
/// </summary>
public sealed class RateCardFlagTests
{
    [Fact]
    public void Estimate_StatesTheDefaultConvention_AndHowToGetTheOther()
    {
        var result = CliRunner.Run("estimate");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Coins to cash: rate card 'default', 1 diamond per coin and 0.005 USD per diamond, as of 2025-02-10.", Unwrapped(result.Output), StringComparison.Ordinal);
        Assert.Contains("--rate-card two-coins-per-diamond", Unwrapped(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_OnTheTwoCoinsCard_HalvesLiveGifts_AndSaysWhichCardItUsed()
    {
        var result = CliRunner.Run("estimate", "--rate-card", "Two-Coins-Per-Diamond", "--format", "json");
        var table = CliRunner.Run("estimate", "--rate-card", "two-coins-per-diamond");

        Assert.Equal(0, result.Exit);
        Assert.Contains("\"expected\": 331.00", result.Output, StringComparison.Ordinal);
        Assert.Contains("Coins to cash: rate card 'two-coins-per-diamond', 2 coins per diamond and 0.005 USD per diamond.", Unwrapped(table.Output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("estimate")]
    [InlineData("likes")]
    [InlineData("eligibility")]
    [InlineData("goal")]
    public void ACreatorCommand_WithAnUnknownCard_NamesTheOptionAndSuggests(string command)
    {
        string[] args = command == "goal" ? [command, "--target", "2000", "--rate-card", "two-coin-per-diamond"] : [command, "--rate-card", "two-coin-per-diamond"];

        var result = CliRunner.Run(args);

        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(
            "error: --rate-card is 'two-coin-per-diamond'; it must name a rate card: default, two-coins-per-diamond, us-scaled-live-rewards-2025. Did you mean 'two-coins-per-diamond'?" + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public void Estimate_TakesACardFromTheSettingsFile_ByItsName()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "RateCards": { "my-card": { "CashPerDiamond": { "Low": 0.001, "Expected": 0.001, "High": 0.001 }, "Source": "my statements" } } } }""");

        var result = CliRunner.Run("estimate", "--config", settings, "--rate-card", "MY-CARD");
        var unknown = CliRunner.Run("estimate", "--config", settings, "--rate-card", "their-card");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Coins to cash: rate card 'my-card', 1 diamond per coin and 0.001 USD per diamond.", Unwrapped(result.Output), StringComparison.Ordinal);
        Assert.Contains("it must name a rate card: default, my-card, two-coins-per-diamond, us-scaled-live-rewards-2025.", unknown.Error, StringComparison.Ordinal);
    }

    // The report wraps long lines at the console's width; the assertions read the text as one paragraph.
    private static string Unwrapped(string output) => string.Join(' ', output.Split(Environment.NewLine).Select(l => l.Trim()));
}
