using System.Text.Json;
using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>--config</c> file: an app's appsettings works unchanged; a broken one is reported with the file, the option path, the value and what is allowed.</summary>
public sealed class SettingsFileTests
{
    [Fact]
    public void AnAppsAppsettings_WorksUnchanged_AndConfiguresTheSdk()
    {
        var (exit, output, error) = Run("estimate", "--config", TestData("cli", "appsettings.json"), "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("EUR", document.RootElement.GetProperty("currency").GetString());
        var live = document.RootElement.GetProperty("streams")[0];
        Assert.Equal("live-gifts", live.GetProperty("name").GetString());
        Assert.Contains(live.GetProperty("breakdown").EnumerateArray(), l => l.GetProperty("source").GetString()!.StartsWith("rate card 'us-scaled-live-rewards-2025'", StringComparison.Ordinal));
        Assert.Contains(live.GetProperty("breakdown").EnumerateArray(), l => l.GetProperty("label").GetString()!.Contains("agency", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CurrencyOption_OverridesTheSettingsFile()
    {
        var output = Run("estimate", "--config", TestData("cli", "appsettings.json"), "--currency", "GBP", "--format", "json").Output;

        using var document = JsonDocument.Parse(output);
        Assert.Equal("GBP", document.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void MisspeltOptionsAndWrongTypes_AreEachReportedWithThePathAndASuggestion()
    {
        var file = TestData("cli", "settings-typos.json");

        var (exit, output, error) = Run("estimate", "--config", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: {file}: TikTokMonetization:ReportingCurency is not an option. Did you mean 'ReportingCurrency'?", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:AgencyShar is not an option. Did you mean 'AgencyShare'?", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:MinimumAge is 'eighteen'; it must be a whole number.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:CoinsPerViewerHour is '50'; it must be an object", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:BrandDeals:Methods is 'Cpm'; it must be one or more of None, PerThousandFollowers, ViewsCpm", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:RateCards:uk-2025:Currenc is not an option. Did you mean 'Currency'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsTheSdkRejects_AreReportedWithThePathTheValueAndTheRule()
    {
        var file = TestData("cli", "settings-out-of-range.json");

        var (exit, _, error) = Run("likes", "--config", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:MinimumAge is 200; it must be between 0 and 130.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:CoinsPerViewerHour:Low is -1; it must be 0 or more.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:Reach:LikeWeight is -1; it must be between 0 and 1000.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: TikTokMonetization:LiveGifts:RateCard is 'uk-2025'; it must name a configured rate card", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_NamesTheFileLineAndPosition()
    {
        var file = TestData("cli", "settings-malformed.json");

        var (exit, _, error) = Run("eligibility", "--config", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal($"error: {file} (line 4, position 5): '\"' is invalid after a value. Expected either ',', '}}', or ']'.{Environment.NewLine}", error);
    }

    [Fact]
    public void FileWithoutTheSection_SaysWhereTheOptionsGo()
    {
        var (exit, _, error) = Run("estimate", "--config", TestData("cli", "settings-no-section.json"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("there is no \"TikTokMonetization\" section", error, StringComparison.Ordinal);
        Assert.Contains("tiktok-monetization sample", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_SaysSo()
    {
        var (exit, _, error) = Run("estimate", "--config", "no/such/settings.json");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("error: no/such/settings.json: no such file (--config).", error, StringComparison.Ordinal);
    }
}
