using TikTokMonetization.Cli;

namespace TikTokMonetization.Tests;

/// <summary>Runs <c>live replay</c> in-process on the sample session, as a user would from a shell.</summary>
public sealed class LiveReplayTests
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Replay_PrintsTotalsLeaderboardAndDataQuality()
    {
        var (exit, output, error) = Run("live", "replay", SamplePath);

        Assert.Equal(0, exit);
        Assert.Equal(
            "warning: skipped sample-session.jsonl: line 21: Expected start of a property name or value, but instead reached end of data. (at $, character 59)\n"
            + "warning: skipped sample-session.jsonl: line 24: 'senderId' is missing\n",
            error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("Observed 2025-03-01 20:00:00Z to 2025-03-01 20:06:00Z (6.0 minutes), 33 events; 2 malformed line(s) skipped.", output, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+30,525\s+30,525\s+152\.62", output);
        Assert.Contains("Co-host 7002 (kept apart): 3 coins", output, StringComparison.Ordinal);
        Assert.Matches(@"1\. ben\s+11\s+0\s+30,299", output);
        Assert.True(output.IndexOf("1. ben", StringComparison.Ordinal) < output.IndexOf("2. ana", StringComparison.Ordinal));
        Assert.Matches(@"Lion\s+6369\s+29,999\s+catalog", output);
        Assert.Matches(@"Mystery Box\s+999001\s+\?\s+unknown", output);
        Assert.Contains("Counted since connected", output, StringComparison.Ordinal);
        Assert.Contains("1 streak(s) closed by timeout", output, StringComparison.Ordinal);
        Assert.Contains("2 gift(s) have no price", output, StringComparison.Ordinal);
        Assert.Contains("2 duplicate and 1 out-of-order gift frame(s) ignored", output, StringComparison.Ordinal);
        Assert.Contains("2 line(s) skipped; each is listed on standard error.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("senderId", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_Json_CarriesTheLedgersTotals()
    {
        var (exit, output, _) = Run("live", "replay", SamplePath, "--format", "json");

        Assert.Equal(0, exit);
        var root = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("live replay", root.GetProperty("command").GetString());
        Assert.Equal(33, root.GetProperty("eventsRecorded").GetInt64());
        Assert.Equal(30_525m, root.GetProperty("host").GetProperty("coins").GetDecimal());
        Assert.Equal(152.625m, root.GetProperty("host").GetProperty("cash").GetDecimal());
        Assert.Equal("ben", root.GetProperty("topGifters")[0].GetProperty("senderName").GetString());
        Assert.Equal(2, root.GetProperty("skippedLines").GetArrayLength());
        Assert.Equal(24, root.GetProperty("skippedLines")[1].GetProperty("line").GetInt64());
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage\n{\"x\":1}\n")]
    public void Replay_AFileWithNoUsableEvent_IsAnInputError_NotEmptyTotals(string content)
    {
        using var directory = new TempDirectory();
        var session = Path.Combine(directory.Path, "session.jsonl");
        File.WriteAllText(session, content);

        var (exit, output, error) = Run("live", "replay", session);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: {session}: no usable event in", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_Config_ReadsTheLedgersSectionOfTheSettingsFile_AndFlagsGoOnTop()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "LiveLedger": { "RateCard": "us-scaled-live-rewards-2025", "Goals": [ { "Name": "night goal", "Unit": "Diamonds", "Target": 40000 } ] } } }""");

        var (exit, output, error) = Run("live", "replay", SamplePath, "--config", settings, "--goal-diamonds", "1000");

        Assert.Equal(0, exit);
        Assert.Contains("Rate card: rate card 'us-scaled-live-rewards-2025'", output, StringComparison.Ordinal);
        Assert.Contains("Goal 'night goal': 30,525 of 40,000 diamonds", output, StringComparison.Ordinal);
        Assert.Contains("Goal 'diamond goal': 30,525 of 1,000 diamonds", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ConfigWithAMisspelledLedgerOption_NamesItsPath()
    {
        using var directory = new TempDirectory();
        var settings = Path.Combine(directory.Path, "settings.json");
        File.WriteAllText(settings, """{ "TikTokMonetization": { "LiveLedger": { "QuietPeriod": "ten seconds" } } }""");

        var (exit, _, error) = Run("live", "replay", SamplePath, "--config", settings);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("TikTokMonetization:LiveLedger:QuietPeriod is 'ten seconds'; it must be a duration as hh:mm:ss", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithTopAndAGoal_ListsFewerGiftersAndTheProgress()
    {
        var (exit, output, _) = Run("live", "replay", SamplePath, "--top", "2", "--goal-diamonds", "50000");

        Assert.Equal(0, exit);
        Assert.Contains("Top gifters (2 of 4)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("3. cara", output, StringComparison.Ordinal);
        Assert.Contains("Goal 'diamond goal': 30,525 of 50,000 diamonds", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAMissingFile_FailsWithAnError()
    {
        var (exit, _, error) = Run("live", "replay", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jsonl"));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithAnUnknownRateCard_NamesTheOptionTyped_AndTheCardsThereAre()
    {
        var (exit, output, error) = Run("live", "replay", SamplePath, "--rate-card", "nope");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: --rate-card is 'nope'; it must name a rate card: default, two-coins-per-diamond, us-scaled-live-rewards-2025." + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("default", "rate card 'default'")]
    [InlineData("DEFAULT", "rate card 'default'")]
    [InlineData("Two-Coins-Per-Diamond", "rate card 'two-coins-per-diamond'")]
    public void Replay_TakesTheCardNamesTheOutputShows_InAnyCase(string typed, string shown)
    {
        var (exit, output, _) = Run("live", "replay", SamplePath, "--rate-card", typed);

        Assert.Equal(0, exit);
        Assert.Contains("Rate card: " + shown, output, StringComparison.Ordinal);
    }
}
